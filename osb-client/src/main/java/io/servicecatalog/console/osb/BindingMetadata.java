package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A binding's {@code metadata}: when it expires and when it should be renewed (rotated). The raw strings are kept;
 * the instants are empty when a broker's timestamp does not parse as ISO 8601.
 */
public record BindingMetadata(String expiresAt, String renewBefore) {

    /** No metadata. */
    public static final BindingMetadata EMPTY = new BindingMetadata(null, null);

    static BindingMetadata fromJson(ObjectNode response, String path) {
        return Json.optionalObject(response, "metadata", path)
                .map(m -> new BindingMetadata(Json.optionalString(m, "expires_at", path + ".metadata").orElse(null),
                        Json.optionalString(m, "renew_before", path + ".metadata").orElse(null)))
                .orElse(EMPTY);
    }

    public Optional<Instant> expiresAtInstant() {
        return parse(expiresAt);
    }

    public Optional<Instant> renewBeforeInstant() {
        return parse(renewBefore);
    }

    private static Optional<Instant> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
