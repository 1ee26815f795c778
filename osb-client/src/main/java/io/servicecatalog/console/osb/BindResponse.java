package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.List;
import java.util.Optional;

/**
 * A successful bind answer: 201 (created), 200 (an identical binding existed) with credentials and the other
 * binding fields, or 202 (accepted; poll the binding's {@code last_operation}, then fetch the binding for its
 * credentials). Credentials never appear in {@link #toString()}.
 */
public final class BindResponse {

    private final int httpStatus;
    private final String operation;
    private final BindingDetails details;

    private BindResponse(int httpStatus, String operation, BindingDetails details) {
        this.httpStatus = httpStatus;
        this.operation = operation;
        this.details = details;
    }

    static BindResponse fromJson(int status, ObjectNode body) {
        String path = "bind response";
        return new BindResponse(status, Json.optionalString(body, "operation", path).orElse(null),
                new BindingDetails(body, path));
    }

    public int httpStatus() {
        return httpStatus;
    }

    public boolean async() {
        return httpStatus == 202;
    }

    public boolean alreadyExisted() {
        return httpStatus == 200;
    }

    /** The broker's operation token of a 202, or null. */
    public String operation() {
        return operation;
    }

    public Optional<String> operationIfAny() {
        return Optional.ofNullable(operation);
    }

    public BindingCredentials credentials() {
        return details.credentials;
    }

    public BindingMetadata metadata() {
        return details.metadata;
    }

    public Optional<String> syslogDrainUrl() {
        return Optional.ofNullable(details.syslogDrainUrl);
    }

    public Optional<String> routeServiceUrl() {
        return Optional.ofNullable(details.routeServiceUrl);
    }

    public List<VolumeMount> volumeMounts() {
        return details.volumeMounts;
    }

    public List<Endpoint> endpoints() {
        return details.endpoints;
    }

    @Override
    public String toString() {
        return "BindResponse[httpStatus=" + httpStatus + ", operation=" + operation + ", credentials="
                + details.credentials + ", metadata=" + details.metadata + ", endpoints=" + details.endpoints
                + ", volumeMounts=" + details.volumeMounts + "]";
    }
}
