package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.Optional;

/**
 * A successful provision answer: 201 (created), 200 (an identical instance already existed) or 202 (accepted;
 * poll {@code last_operation} with {@link #operation()}).
 */
public record ProvisionResponse(int httpStatus, String dashboardUrl, String operation, InstanceMetadata metadata) {

    static ProvisionResponse fromJson(int status, ObjectNode body) {
        String path = "provision response";
        return new ProvisionResponse(status,
                Json.optionalString(body, "dashboard_url", path).orElse(null),
                Json.optionalString(body, "operation", path).orElse(null),
                InstanceMetadata.fromJson(body, path));
    }

    /** True for 202: the broker works on it and must be polled. */
    public boolean async() {
        return httpStatus == 202;
    }

    /** True for 200: the instance already existed with the same attributes. */
    public boolean alreadyExisted() {
        return httpStatus == 200;
    }

    public Optional<String> dashboardUrlIfAny() {
        return Optional.ofNullable(dashboardUrl);
    }

    public Optional<String> operationIfAny() {
        return Optional.ofNullable(operation);
    }
}
