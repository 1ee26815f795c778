package io.servicecatalog.console.ui.schemaform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Converts parameters to and from JSON or YAML text for the raw view, and turns a parse failure into a
 * line and a plain message for the editor's error mark.
 */
public final class ParameterText {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    static {
        YAML.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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
            return new Parsed(null, line, "The text is not valid " + language + " (line " + line + "): " + message
                    + ". Fix it before going back to the form.");
        }
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
