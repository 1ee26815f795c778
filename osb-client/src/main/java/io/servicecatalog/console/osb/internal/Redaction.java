package io.servicecatalog.console.osb.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Describes JSON payloads that may hold secrets without revealing their values. */
public final class Redaction {

    private Redaction() {
    }

    /** For {@code toString()}: the top-level keys of an object, never its values. */
    public static String keysOnly(JsonNode node) {
        if (node == null || node.isNull()) {
            return "none";
        }
        if (!node.isObject()) {
            return "(hidden " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return "keys" + keys + " (values hidden)";
    }
}
