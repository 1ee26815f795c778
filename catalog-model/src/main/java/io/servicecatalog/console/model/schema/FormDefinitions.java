package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads OpenShift's {@code openshift_form_definition} (plan metadata) for the property order it lists:
 * entries are property names, objects with a {@code key}, or fieldsets with {@code items}.
 */
public final class FormDefinitions {

    private FormDefinitions() {
    }

    /**
     * The form definition for one schema in a plan's metadata, e.g. {@code schemaPath}
     * {@code "service_instance.create"} looks at {@code schemas.service_instance.create.openshift_form_definition};
     * returns null when absent.
     */
    public static JsonNode find(JsonNode planMetadata, String schemaPath) {
        if (planMetadata == null) {
            return null;
        }
        JsonNode node = planMetadata.path("schemas");
        for (String part : schemaPath.split("\\.")) {
            node = node.path(part);
        }
        JsonNode def = node.get("openshift_form_definition");
        return def == null || def.isNull() ? null : def;
    }

    /** Top-level property names in the order the definition lists them (nested keys use their first segment). */
    public static List<String> keys(JsonNode formDefinition) {
        Set<String> out = new LinkedHashSet<>();
        collect(formDefinition, out);
        return new ArrayList<>(out);
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isTextual()) {
            add(node.asText(), out);
        } else if (node.isObject()) {
            JsonNode key = node.get("key");
            if (key != null && key.isTextual()) {
                add(key.asText(), out);
            } else if (key != null && key.isArray() && !key.isEmpty()) {
                add(key.get(0).asText(), out);
            }
            collect(node.get("items"), out);
        }
    }

    private static void add(String key, Set<String> out) {
        String first = key.split("[.\\[]", 2)[0];
        if (!first.isBlank() && !"*".equals(first)) {
            out.add(first);
        }
    }
}
