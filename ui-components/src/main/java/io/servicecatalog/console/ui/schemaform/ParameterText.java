package io.servicecatalog.console.ui.schemaform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.servicecatalog.console.model.schema.JsonPointers;
import java.util.List;

/**
 * Converts parameters to and from JSON or YAML text for the raw view, and turns a parse failure into a
 * line and a plain message for the editor's error mark.
 */
public final class ParameterText {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** Reads one plain scalar back, to see whether it would stay a string. */
    private static final YAMLMapper PLAIN_READER = new YAMLMapper();
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .stringQuotingChecker(new RoundTripQuoting())
            .build());

    static {
        YAML.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        YAML.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * Minimal quotes, but never for a string that would read back as something else: Jackson's own check
     * misses YAML 1.1 forms such as {@code 0x1F}, {@code 1_000}, {@code 1e3} or {@code .inf}, which the
     * parser then turns into numbers (or rejects), so every unquoted value is tried as a plain scalar.
     */
    private static final class RoundTripQuoting extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || !readsBackAs(value);
        }

        private static boolean readsBackAs(String value) {
            if (value.isEmpty() || !value.strip().equals(value)) {
                return false;
            }
            try {
                JsonNode read = PLAIN_READER.readTree(value);
                return read != null && read.isTextual() && read.asText().equals(value);
            } catch (JsonProcessingException e) {
                // not even a valid plain scalar: quoting is what makes it safe
                return false;
            }
        }
    }

    /** The result of parsing: a value or an error with its 1-based line. */
    public record Parsed(JsonNode value, int line, String error) {

        /** Whether the text parsed. */
        public boolean ok() {
            return error == null;
        }
    }

    private ParameterText() {
    }

    /** Pretty text of a value in the given mode (JSON for {@link ViewMode#FORM}). */
    public static String write(JsonNode value, ViewMode mode) {
        try {
            if (value == null || value.isMissingNode()) {
                return mode == ViewMode.YAML ? "" : "{ }";
            }
            if (mode == ViewMode.YAML) {
                return value.isObject() && value.isEmpty() ? "" : YAML.writeValueAsString(value);
            }
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JsonNode tree could not be written as text", e);
        }
    }

    /** Parses JSON or YAML; blank text is an empty object for the whole parameters. */
    public static Parsed parse(String text, ViewMode mode) {
        String language = mode == ViewMode.YAML ? "YAML" : "JSON";
        if (text == null || text.isBlank()) {
            return new Parsed(JSON.createObjectNode(), 0, null);
        }
        try {
            JsonNode node = mode == ViewMode.YAML ? YAML.readTree(text) : JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                node = JSON.createObjectNode();
            }
            return new Parsed(node, 0, null);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
            String message = e.getOriginalMessage();
            int nl = message == null ? -1 : message.indexOf('\n');
            if (nl > 0) {
                message = message.substring(0, nl);
            }
            if (message != null && message.startsWith("Duplicate field '")) {
                String key = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
                return new Parsed(null, line, "The key '" + key + "' appears twice (line " + line + "). Keep one"
                        + " of them before going back to the form.");
            }
            return new Parsed(null, line, "The text is not valid " + language + " (line " + line + "): " + message
                    + ". Fix it before going back to the form.");
        }
    }

    /**
     * The 1-based line of the value at {@code pointer} in text written by {@link #write} (or typed alike):
     * each key is looked for at its own nesting depth (JSON) or indentation (YAML) after the previous one.
     * Returns the line of the deepest key found, 1 when none is.
     */
    public static int lineOf(String text, String pointer, ViewMode mode) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        List<String> tokens = JsonPointers.tokens(pointer);
        int pos = mode == ViewMode.YAML ? yamlPosition(text, tokens) : jsonPosition(text, tokens);
        int line = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int jsonPosition(String text, List<String> tokens) {
        int pos = 0;
        for (int level = 0; level < tokens.size(); level++) {
            String token = tokens.get(level);
            if (isIndex(token)) {
                continue;
            }
            int found = findJsonKey(text, "\"" + token + "\"", pos, level + 1);
            if (found < 0) {
                break;
            }
            pos = found;
        }
        return pos;
    }

    private static int findJsonKey(String text, String needle, int from, int wantedDepth) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                if (i >= from && depth == wantedDepth && text.startsWith(needle, i)
                        && text.substring(i + needle.length()).stripLeading().startsWith(":")) {
                    return i;
                }
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return -1;
    }

    private static int yamlPosition(String text, List<String> tokens) {
        int pos = 0;
        int parentIndent = -1;
        for (String token : tokens) {
            if (isIndex(token)) {
                continue;
            }
            int found = -1;
            int lineStart = pos;
            while (lineStart < text.length()) {
                int lineEnd = text.indexOf('\n', lineStart);
                String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
                String body = line.stripLeading();
                int indent = line.length() - body.length();
                if (body.startsWith("- ")) {
                    body = body.substring(2).stripLeading();
                    indent = line.length() - body.length();
                }
                if (indent > parentIndent && (body.startsWith(token + ":") || body.startsWith("\"" + token + "\":"))) {
                    found = lineStart;
                    parentIndent = indent;
                    break;
                }
                if (lineEnd < 0) {
                    break;
                }
                lineStart = lineEnd + 1;
            }
            if (found < 0) {
                break;
            }
            pos = found;
        }
        return pos;
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    /** Parses the whole parameters: like {@link #parse} but the value must be an object. */
    public static Parsed parseParameters(String text, ViewMode mode) {
        Parsed p = parse(text, mode);
        if (p.ok() && !(p.value() instanceof ObjectNode)) {
            return new Parsed(null, 1, "The parameters must be a JSON object ({ … }) with one entry per"
                    + " parameter.");
        }
        return p;
    }
}
