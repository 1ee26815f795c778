package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import io.servicecatalog.console.osb.internal.Redaction;
import java.util.List;
import java.util.Optional;

/**
 * A fetched binding ({@code GET …/service_bindings/:id}, for offerings with {@code bindings_retrievable}), the way
 * to get credentials after an asynchronous bind. Credentials and parameters never appear in {@link #toString()}.
 */
public final class ServiceBindingResource {

    private final BindingDetails details;
    private final ObjectNode parameters;

    private ServiceBindingResource(BindingDetails details, ObjectNode parameters) {
        this.details = details;
        this.parameters = parameters;
    }

    static ServiceBindingResource fromJson(ObjectNode body) {
        String path = "binding";
        return new ServiceBindingResource(new BindingDetails(body, path),
                Json.optionalObject(body, "parameters", path).orElse(null));
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

    /** The binding's parameters as the broker reports them (a copy); they may hold secrets. */
    public Optional<ObjectNode> parameters() {
        return Optional.ofNullable(parameters).map(ObjectNode::deepCopy);
    }

    @Override
    public String toString() {
        return "ServiceBindingResource[credentials=" + details.credentials + ", metadata=" + details.metadata
                + ", parameters=" + Redaction.keysOnly(parameters) + ", endpoints=" + details.endpoints + "]";
    }
}
