package io.servicecatalog.console.osb.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one Jackson mapper of the OSB client and small typed readers over JSON trees that fail with a message
 * naming the offending field.
 */
public final class Json {

    /** Decimal numbers stay exact so that catalog costs and broker payloads survive a round trip unchanged. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    /** A fresh empty object node. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Requires {@code node} to be a JSON object. */
    public static ObjectNode requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(path + " must be a JSON object" + found(node));
        }
        return (ObjectNode) node;
    }

    /** A required non-empty string field. */
    public static String requiredString(ObjectNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(path + "." + field + " is required but missing");
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(path + "." + field + " must be a string" + found(value));
        }
        return value.textValue();
    }

    /** An optional string field; JSON null counts as absent. */
    public static Optional<String> optionalString(ObjectNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(path + "." + field + " must be a string" + found(value));
        }
        return Optional.of(value.textValue());
    }

    /** An optional boolean field; JSON null counts as absent. */
    public static Optional<Boolean> optionalBoolean(ObjectNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(path + "." + field + " must be true or false" + found(value));
        }
        return Optional.of(value.booleanValue());
    }

    /** An optional integral number field. */
    public static Optional<Long> optionalLong(ObjectNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(path + "." + field + " must be a whole number" + found(value));
        }
        return Optional.of(value.longValue());
    }

    /** An optional object field, returned as a deep copy; JSON null counts as absent. */
    public static Optional<ObjectNode> optionalObject(ObjectNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(requireObject(value, path + "." + field).deepCopy());
    }

    /** An optional array of strings; absent or null gives an empty list. */
    public static List<String> stringList(ObjectNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(path + "." + field + " must be an array of strings" + found(value));
        }
        List<String> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw new IllegalArgumentException(path + "." + field + "[" + i + "] must be a string" + found(item));
            }
            result.add(item.textValue());
        }
        return List.copyOf(result);
    }

    /** The fields of {@code node} whose names are not in {@code known}, in document order, as copies. */
    public static Map<String, JsonNode> unknownFields(ObjectNode node, Set<String> known) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (!known.contains(e.getKey())) {
                result.put(e.getKey(), e.getValue().deepCopy());
            }
        });
        return Collections.unmodifiableMap(result);
    }

    /** A read-only view of an object's fields as copies. */
    public static Map<String, JsonNode> fields(ObjectNode node) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        node.properties().forEach(e -> result.put(e.getKey(), e.getValue().deepCopy()));
        return Collections.unmodifiableMap(result);
    }

    private static String found(JsonNode node) {
        return node == null ? "" : " (found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
