package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.Map;

/** The {@code metadata} a broker returns for an instance: {@code labels} and broker-generated {@code attributes}. */
public record InstanceMetadata(Map<String, JsonNode> labels, Map<String, JsonNode> attributes) {

    /** No labels, no attributes. */
    public static final InstanceMetadata EMPTY = new InstanceMetadata(Map.of(), Map.of());

    static InstanceMetadata fromJson(ObjectNode response, String path) {
        return Json.optionalObject(response, "metadata", path).map(m -> new InstanceMetadata(
                Json.optionalObject(m, "labels", path + ".metadata").map(Json::fields).orElse(Map.of()),
                Json.optionalObject(m, "attributes", path + ".metadata").map(Json::fields).orElse(Map.of())))
                .orElse(EMPTY);
    }
}
