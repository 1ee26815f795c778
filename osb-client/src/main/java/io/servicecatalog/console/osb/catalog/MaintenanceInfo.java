package io.servicecatalog.console.osb.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's maintenance information: a semantic version (required) and a description of what the maintenance
 * changes. Also sent back in provision and update requests so the broker can detect a stale catalog.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceInfo(@JsonProperty("version") String version,
        @JsonProperty("description") String description) {

    public MaintenanceInfo {
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("maintenance_info.version must not be empty");
        }
    }

    /** Maintenance info with only a version. */
    public static MaintenanceInfo of(String version) {
        return new MaintenanceInfo(version, null);
    }

    /**
     * Reads a {@code maintenance_info} object from a broker answer (catalog plan or fetched instance);
     * {@code path} names it in the {@link IllegalArgumentException} thrown when it is not valid.
     */
    public static MaintenanceInfo fromJson(ObjectNode node, String path) {
        String version = Json.requiredString(node, "version", path);
        if (version.isBlank()) {
            throw new IllegalArgumentException(path + ".version must not be empty");
        }
        return new MaintenanceInfo(version, Json.optionalString(node, "description", path).orElse(null));
    }

    /** The description, when the broker gave one. */
    public Optional<String> describedAs() {
        return Optional.ofNullable(description);
    }
}
