package io.servicecatalog.console.bench.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds wide parameter schemas (many properties of mixed kinds) for the form benchmarks. */
public final class WideSchemas {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private WideSchemas() {
    }

    /**
     * A draft-07 object schema with {@code count} top-level properties cycling through text (with pattern),
     * integer with bounds, boolean, enum, password, textarea, a nested object of three fields, and an array
     * of strings; every fourth is required.
     */
    public static ObjectNode wide(int count) {
        ObjectNode root = N.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        ArrayNode required = root.putArray("required");
        for (int i = 0; i < count; i++) {
            String name = "param" + i;
            ObjectNode p = props.putObject(name);
            p.put("description", "Parameter number " + i + " of the benchmark schema.");
            switch (i % 8) {
                case 0 -> p.put("type", "string").put("pattern", "^[a-z0-9-]+$").put("maxLength", 63);
                case 1 -> p.put("type", "integer").put("minimum", 1).put("maximum", 1000).put("default", 10);
                case 2 -> p.put("type", "boolean").put("default", false);
                case 3 -> {
                    p.put("type", "string");
                    p.putArray("enum").add("small").add("medium").add("large").add("xlarge");
                }
                case 4 -> p.put("type", "string").put("format", "password").put("minLength", 8);
                case 5 -> p.put("type", "string").put("format", "textarea");
                case 6 -> {
                    p.put("type", "object").put("title", "Group " + i);
                    ObjectNode inner = p.putObject("properties");
                    inner.putObject("host").put("type", "string").put("format", "hostname");
                    inner.putObject("port").put("type", "integer").put("minimum", 1).put("maximum", 65535);
                    inner.putObject("tls").put("type", "boolean");
                }
                default -> {
                    p.put("type", "array").put("maxItems", 5);
                    p.putObject("items").put("type", "string");
                }
            }
            if (i % 4 == 0) {
                required.add(name);
            }
        }
        return root;
    }
}
