package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of JSON Schemas of the kinds brokers send and break (types, nesting up to depth 6,
 * combinators, internal, recursive and remote refs, junk keywords) and of instances that try to satisfy
 * them. Robustness tests of the model and the form, and the benchmarks, draw from it.
 */
public final class RandomSchemas {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final List<String> DIALECTS = List.of("", "http://json-schema.org/draft-04/schema#",
            "http://json-schema.org/draft-06/schema#", "http://json-schema.org/draft-07/schema#",
            "https://json-schema.org/draft/2019-09/schema", "https://json-schema.org/draft/2020-12/schema",
            "urn:not-a-dialect");
    private static final List<String> FORMATS = List.of("email", "uri", "date", "date-time", "hostname", "ipv4",
            "password", "textarea", "no-such-format");

    private final Random random;

    public RandomSchemas(Random random) {
        this.random = random;
    }

    /** A root object schema with definitions that properties may refer to (also recursively). */
    public ObjectNode schema() {
        ObjectNode root = N.objectNode();
        String dialect = DIALECTS.get(random.nextInt(DIALECTS.size()));
        if (!dialect.isEmpty()) {
            root.put("$schema", dialect);
        }
        root.put("type", "object");
        ObjectNode defs = root.putObject(random.nextBoolean() ? "definitions" : "$defs");
        String defsKey = root.has("definitions") ? "definitions" : "$defs";
        int defCount = random.nextInt(3);
        for (int i = 0; i < defCount; i++) {
            defs.set("d" + i, node(3, defsKey, defCount));
        }
        ObjectNode props = root.putObject("properties");
        int n = 1 + random.nextInt(6);
        ArrayNode required = N.arrayNode();
        for (int i = 0; i < n; i++) {
            String name = name(i);
            props.set(name, node(6, defsKey, defCount));
            if (random.nextInt(4) == 0) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            root.set("required", required);
        }
        if (random.nextInt(8) == 0) {
            root.set("oneOf", N.arrayNode().add(objectBranch("a")).add(objectBranch("b")));
        }
        if (random.nextInt(10) == 0) {
            root.putObject("dependencies").set(name(0), N.objectNode().set("properties",
                    N.objectNode().set("dep", N.objectNode().put("type", "string"))));
        }
        if (random.nextInt(20) == 0) {
            root.put("frobnicate", 3).putObject("x-ui").put("order", 1);
        }
        return root;
    }

    private ObjectNode objectBranch(String key) {
        ObjectNode b = N.objectNode();
        b.putObject("properties").set("branch_" + key, N.objectNode().put("type", "string"));
        b.set("required", N.arrayNode().add("branch_" + key));
        return b;
    }

    private String name(int i) {
        String[] names = {"name", "size", "admin-password", "apiKey", "tier", "replicas", "options", "x"};
        return names[random.nextInt(names.length)] + i;
    }

    private JsonNode node(int depth, String defsKey, int defCount) {
        int pick = random.nextInt(depth <= 0 ? 7 : 17);
        switch (pick) {
            case 0: {
                ObjectNode s = N.objectNode().put("type", "string");
                if (random.nextBoolean()) {
                    s.put("maxLength", 1 + random.nextInt(400));
                }
                if (random.nextInt(3) == 0) {
                    s.put("format", FORMATS.get(random.nextInt(FORMATS.size())));
                }
                if (random.nextInt(4) == 0) {
                    s.put("pattern", "^[a-z]+$");
                }
                if (random.nextInt(3) == 0) {
                    s.put("default", "abc");
                }
                return s;
            }
            case 1: {
                ObjectNode s = N.objectNode().put("type", random.nextBoolean() ? "integer" : "number");
                if (random.nextBoolean()) {
                    s.put("minimum", random.nextInt(10));
                }
                if (random.nextBoolean()) {
                    s.put("maximum", 10 + random.nextInt(100));
                }
                if (random.nextInt(4) == 0) {
                    s.put("exclusiveMinimum", random.nextBoolean());
                }
                if (random.nextInt(5) == 0) {
                    s.put("multipleOf", 2);
                }
                return s;
            }
            case 2:
                return N.objectNode().put("type", "boolean").put("default", random.nextBoolean());
            case 3: {
                ObjectNode s = N.objectNode();
                s.set("enum", N.arrayNode().add("a").add("b").add("c"));
                if (random.nextBoolean()) {
                    s.set("enumNames", N.arrayNode().add("Alpha").add("Beta").add("Gamma"));
                }
                return s;
            }
            case 4:
                return N.objectNode().put("const", "fixed");
            case 5:
                return random.nextBoolean() ? N.booleanNode(true) : N.objectNode();
            case 6:
                return N.objectNode().put("description", "junk").put("type", random.nextBoolean() ? "wat" : "string")
                        .put("placeholder", "p");
            case 7:
            case 8: {
                ObjectNode s = N.objectNode().put("type", "object").put("title", "Group");
                ObjectNode props = s.putObject("properties");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    props.set(name(i), node(depth - 1, defsKey, defCount));
                }
                if (random.nextInt(4) == 0) {
                    s.put("additionalProperties", false);
                }
                return s;
            }
            case 9: {
                ObjectNode s = N.objectNode().put("type", "array");
                s.set("items", node(depth - 1, defsKey, defCount));
                if (random.nextBoolean()) {
                    s.put("maxItems", 1 + random.nextInt(5));
                }
                if (random.nextInt(3) == 0) {
                    s.put("uniqueItems", true);
                }
                return s;
            }
            case 10: {
                ObjectNode s = N.objectNode();
                ArrayNode arr = s.putArray(random.nextBoolean() ? "oneOf" : "anyOf");
                arr.add(node(depth - 1, defsKey, defCount)).add(node(depth - 1, defsKey, defCount));
                return s;
            }
            case 11: {
                ObjectNode s = N.objectNode();
                s.putArray("allOf").add(node(depth - 1, defsKey, defCount)).add(N.objectNode().put("title", "T"));
                return s;
            }
            case 12:
                if (defCount > 0) {
                    return N.objectNode().put("$ref", "#/" + defsKey + "/d" + random.nextInt(defCount));
                }
                return N.objectNode().put("$ref", "#/nowhere");
            case 13:
                return N.objectNode().put("$ref", random.nextBoolean() ? "http://example.invalid/s.json" : "#");
            case 14:
                return N.objectNode().put("type", "object").set("additionalProperties",
                        node(depth - 1, defsKey, defCount));
            case 15: {
                ObjectNode s = N.objectNode().put("type", "object");
                s.putObject("properties").set("k", N.objectNode().put("type", "string"));
                s.putObject("weird").put("nested", true);
                return s;
            }
            default: {
                ObjectNode s = N.objectNode();
                s.set("type", N.arrayNode().add("string").add("null"));
                return s;
            }
        }
    }

    /** An instance that tries to satisfy {@code schema} (it may fail; callers check with the validator). */
    public JsonNode instance(JsonNode schema, JsonNode root, int depth) {
        if (depth > 8 || schema == null || !schema.isObject()) {
            return N.textNode("v");
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return N.objectNode();
            }
            return instance(root.at(ref.substring(1)), root, depth + 1);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            JsonNode e = schema.get("enum");
            return e.get(random.nextInt(e.size()));
        }
        if (schema.has("default") && random.nextBoolean()) {
            return schema.get("default");
        }
        if (schema.has("allOf")) {
            return instance(schema.get("allOf").get(0), root, depth + 1);
        }
        if (schema.has("oneOf") && !schema.has("properties")) {
            return instance(schema.get("oneOf").get(0), root, depth + 1);
        }
        if (schema.has("anyOf")) {
            return instance(schema.get("anyOf").get(0), root, depth + 1);
        }
        String type = schema.path("type").isTextual() ? schema.path("type").asText()
                : schema.path("type").isArray() ? schema.path("type").get(0).asText() : "object";
        switch (type) {
            case "string": {
                String format = schema.path("format").asText("");
                String v = switch (format) {
                    case "email" -> "dba@example.com";
                    case "uri" -> "https://example.com/x";
                    case "date" -> "2024-01-31";
                    case "date-time" -> "2024-01-31T13:45:00Z";
                    case "hostname" -> "db.example.com";
                    case "ipv4" -> "10.0.0.1";
                    default -> random.nextInt(5) == 0 ? "" : "abc";
                };
                return N.textNode(v);
            }
            case "integer":
                return N.numberNode(schema.path("minimum").asInt(0) + 2);
            case "number":
                return N.numberNode(schema.path("minimum").asDouble(0) + 2.0);
            case "boolean":
                return N.booleanNode(random.nextBoolean());
            case "array": {
                ArrayNode a = N.arrayNode();
                if (random.nextBoolean()) {
                    a.add(instance(schema.get("items"), root, depth + 1));
                }
                return a;
            }
            default: {
                ObjectNode o = N.objectNode();
                JsonNode props = schema.get("properties");
                if (props != null) {
                    props.fields().forEachRemaining(e -> {
                        if (random.nextInt(3) > 0) {
                            o.set(e.getKey(), instance(e.getValue(), root, depth + 1));
                        }
                    });
                }
                JsonNode req = schema.get("required");
                if (req != null && props != null) {
                    req.forEach(r -> {
                        if (!o.has(r.asText()) && props.has(r.asText())) {
                            o.set(r.asText(), instance(props.get(r.asText()), root, depth + 1));
                        }
                    });
                }
                if (schema.has("oneOf") && schema.get("oneOf").get(0).has("required")) {
                    o.put("branch_a", "abc");
                }
                if (random.nextInt(6) == 0) {
                    o.put("unknownExtra", 42);
                }
                return o;
            }
        }
    }
}
