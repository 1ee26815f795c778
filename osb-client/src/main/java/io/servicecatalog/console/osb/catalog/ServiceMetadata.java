package io.servicecatalog.console.osb.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The metadata blob of a service offering with the display conventions of the OSB profile read out. The blob is
 * opaque by spec, so a convention field of the wrong type is treated as absent rather than as an error.
 */
public final class ServiceMetadata {

    private final ObjectNode json;

    ServiceMetadata(ObjectNode json) {
        this.json = json;
    }

    public Optional<String> displayName() {
        return text(json, "displayName");
    }

    /** A URL or a data URL of the offering's image. */
    public Optional<String> imageUrl() {
        return text(json, "imageUrl");
    }

    public Optional<String> longDescription() {
        return text(json, "longDescription");
    }

    public Optional<String> providerDisplayName() {
        return text(json, "providerDisplayName");
    }

    public Optional<String> documentationUrl() {
        return text(json, "documentationUrl");
    }

    public Optional<String> supportUrl() {
        return text(json, "supportUrl");
    }

    /** Any metadata field, conventional or not. */
    public Optional<JsonNode> get(String field) {
        return Optional.ofNullable(json.get(field)).map(JsonNode::deepCopy);
    }

    /** The whole blob (a copy). */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    static Optional<String> text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    @Override
    public String toString() {
        return "ServiceMetadata" + json.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }
}
