package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.Optional;

/**
 * A successful deprovision or unbind answer: 200 (deleted), 410 (already gone, which the spec counts as success)
 * or 202 (accepted; poll {@code last_operation}, where 410 also means done).
 */
public record DeleteResponse(int httpStatus, String operation) {

    static DeleteResponse fromJson(int status, ObjectNode body, String path) {
        return new DeleteResponse(status, Json.optionalString(body, "operation", path).orElse(null));
    }

    public boolean async() {
        return httpStatus == 202;
    }

    /** True for 410: the broker did not know the resource any more. */
    public boolean alreadyGone() {
        return httpStatus == 410;
    }

    public Optional<String> operationIfAny() {
        return Optional.ofNullable(operation);
    }
}
