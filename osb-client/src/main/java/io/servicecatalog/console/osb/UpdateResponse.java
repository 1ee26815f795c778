package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.Optional;

/**
 * A successful update answer: 200 (applied, or nothing to change) or 202 (accepted; poll {@code last_operation}).
 * A null {@link #dashboardUrl()} means "keep the previous one".
 */
public record UpdateResponse(int httpStatus, String dashboardUrl, String operation, InstanceMetadata metadata) {

    static UpdateResponse fromJson(int status, ObjectNode body) {
        String path = "update response";
        return new UpdateResponse(status,
                Json.optionalString(body, "dashboard_url", path).orElse(null),
                Json.optionalString(body, "operation", path).orElse(null),
                InstanceMetadata.fromJson(body, path));
    }

    public boolean async() {
        return httpStatus == 202;
    }

    public Optional<String> dashboardUrlIfAny() {
        return Optional.ofNullable(dashboardUrl);
    }

    public Optional<String> operationIfAny() {
        return Optional.ofNullable(operation);
    }
}
