package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6901 JSON pointer helpers used to address a form field's value inside the parameters document,
 * and to derive stable control ids from those pointers.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** Appends one reference token (escaped) to a pointer; the root pointer is the empty string. */
    public static String append(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /** Appends an array index to a pointer. */
    public static String append(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** Splits a pointer into its unescaped reference tokens. */
    public static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return out;
        }
        String[] parts = pointer.substring(1).split("/", -1);
        for (String p : parts) {
            out.add(p.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** The pointer of the parent container, or the empty string for top-level values. */
    public static String parent(String pointer) {
        int i = pointer.lastIndexOf('/');
        return i <= 0 ? "" : pointer.substring(0, i);
    }

    /** The value at a pointer, or {@code null} when any step is missing. */
    public static JsonNode get(JsonNode root, String pointer) {
        if (root == null) {
            return null;
        }
        JsonNode node = root.at(pointer == null ? "" : pointer);
        return node.isMissingNode() ? null : node;
    }

    /**
     * Sets the value at a pointer, creating missing parent objects (or arrays, for numeric tokens under
     * an array) on the way.
     */
    public static void set(ObjectNode root, String pointer, JsonNode value) {
        List<String> tokens = tokens(pointer);
        if (tokens.isEmpty()) {
            if (value instanceof ObjectNode obj) {
                root.removeAll();
                root.setAll(obj);
            }
            return;
        }
        JsonNode current = root;
        for (int i = 0; i < tokens.size() - 1; i++) {
            current = child(current, tokens.get(i), tokens.get(i + 1));
        }
        String last = tokens.get(tokens.size() - 1);
        if (current instanceof ObjectNode obj) {
            obj.set(last, value);
        } else if (current instanceof ArrayNode arr) {
            int index = indexOf(last);
            if (index >= 0 && index < arr.size()) {
                arr.set(index, value);
            } else {
                while (index > arr.size()) {
                    arr.addNull();
                }
                arr.add(value);
            }
        }
    }

    /** Removes the value at a pointer; does nothing when it is absent. */
    public static void remove(ObjectNode root, String pointer) {
        List<String> tokens = tokens(pointer);
        if (tokens.isEmpty()) {
            root.removeAll();
            return;
        }
        JsonNode parent = get(root, parent(pointer));
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode obj) {
            obj.remove(last);
        } else if (parent instanceof ArrayNode arr) {
            int index = indexOf(last);
            if (index >= 0 && index < arr.size()) {
                arr.remove(index);
            }
        }
    }

    /**
     * A control id derived from a pointer: {@code prefix} plus the tokens joined by '-'. Inside a token ASCII
     * letters and digits stay, '_' becomes {@code __} and any other character {@code _<hex code>_}, so ids stay
     * CSS-safe and different pointers never share one ({@code /backup/retention-days} becomes
     * {@code sf-backup-retention_2d_days}, {@code /a_b} becomes {@code sf-a__b}).
     */
    public static String toId(String prefix, String pointer) {
        StringBuilder sb = new StringBuilder(prefix);
        List<String> tokens = tokens(pointer);
        if (tokens.isEmpty()) {
            return sb.append("-root").toString();
        }
        for (String t : tokens) {
            sb.append('-');
            t.codePoints().forEach(c -> {
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    sb.appendCodePoint(c);
                } else if (c == '_') {
                    sb.append("__");
                } else {
                    sb.append('_').append(Integer.toHexString(c)).append('_');
                }
            });
        }
        return sb.toString();
    }

    private static JsonNode child(JsonNode current, String token, String nextToken) {
        JsonNode fresh = indexOf(nextToken) >= 0 ? JsonNodeFactory.instance.arrayNode()
                : JsonNodeFactory.instance.objectNode();
        if (current instanceof ObjectNode obj) {
            JsonNode existing = obj.get(token);
            if (existing == null || !existing.isContainerNode()) {
                obj.set(token, fresh);
                return fresh;
            }
            return existing;
        }
        if (current instanceof ArrayNode arr) {
            int index = indexOf(token);
            if (index >= 0 && index < arr.size() && arr.get(index).isContainerNode()) {
                return arr.get(index);
            }
            if (index >= 0 && index < arr.size()) {
                arr.set(index, fresh);
            } else {
                arr.add(fresh);
            }
            return fresh;
        }
        return fresh;
    }

    private static int indexOf(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }
}
