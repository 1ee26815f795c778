package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The conventional display fields of an OSB service's {@code metadata} (the class's {@code spec.externalMetadata}), read
 * leniently: a missing or non-text field is simply empty.
 *
 * @param displayName the name to show instead of the external name
 * @param imageUrl an icon address (often a {@code data:} URL)
 * @param longDescription a longer description
 * @param providerDisplayName who provides the service
 * @param documentationUrl where the documentation is
 * @param supportUrl where to get support
 */
public record ServiceClassDisplay(Optional<String> displayName, Optional<String> imageUrl, Optional<String> longDescription,
    Optional<String> providerDisplayName, Optional<String> documentationUrl, Optional<String> supportUrl) {

  /** Reads the display fields from raw external metadata; {@code null} or a non-object gives all-empty fields. */
  public static ServiceClassDisplay of(JsonNode externalMetadata) {
    return new ServiceClassDisplay(text(externalMetadata, "displayName"), text(externalMetadata, "imageUrl"),
        text(externalMetadata, "longDescription"), text(externalMetadata, "providerDisplayName"),
        text(externalMetadata, "documentationUrl"), text(externalMetadata, "supportUrl"));
  }

  static Optional<String> text(JsonNode node, String field) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }
}
