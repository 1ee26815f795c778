package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates parameters against a broker's schema with networknt json-schema-validator, using the draft the
 * schema declares (draft-04 when absent), and reports each problem in plain words at the pointer of the
 * value it is about. Remote {@code $ref}s are never fetched (they accept anything). A schema that cannot
 * be compiled yields no errors and a {@link #problem()}, so it never blocks the user.
 */
public final class ParameterValidator {

    private static final Logger LOG = LoggerFactory.getLogger(ParameterValidator.class);

    private final SchemaDraft draft;
    private final JsonNode prepared;
    private Schema compiled;
    private String problem;

    private ParameterValidator(SchemaDraft draft, JsonNode prepared, Schema compiled, String problem) {
        this.draft = draft;
        this.prepared = prepared;
        this.compiled = compiled;
        this.problem = problem;
    }

    /** How many compiled schemas {@link #cached} keeps (a console shows a handful of plans at a time). */
    static final int CACHE_SIZE = 16;

    private static final Map<JsonNode, ParameterValidator> CACHE = new java.util.LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<JsonNode, ParameterValidator> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * Like {@link #forSchema} but reuses the validator compiled for an equal schema (the last
     * {@value #CACHE_SIZE} are kept): compiling is the slow part, and a form recompiles on every schema set.
     */
    public static ParameterValidator cached(JsonNode schema) {
        if (schema == null) {
            return forSchema(null);
        }
        synchronized (CACHE) {
            ParameterValidator hit = CACHE.get(schema);
            if (hit != null) {
                return hit;
            }
        }
        ParameterValidator compiled = forSchema(schema);
        synchronized (CACHE) {
            CACHE.put(schema.deepCopy(), compiled);
        }
        return compiled;
    }

    /** Compiles a schema for repeated validation; never throws. */
    public static ParameterValidator forSchema(JsonNode schema) {
        SchemaDraft draft = SchemaDraft.of(schema);
        if (schema == null || !schema.isObject()) {
            return new ParameterValidator(draft, schema, null,
                    schema == null || schema.isNull() ? null : "The schema is not a JSON object, so values are not checked.");
        }
        ObjectNode prepared = ((ObjectNode) schema).deepCopy();
        prepared.put("$schema", draft.dialectId());
        prepared.remove("$id");
        prepared.remove("id");
        dropRemoteRefs(prepared);
        try {
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(draft.specificationVersion(),
                    b -> b.schemaRegistryConfig(config));
            Schema compiled = registry.getSchema(prepared);
            compiled.initializeValidators();
            return new ParameterValidator(draft, prepared, compiled, null);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("A parameter schema could not be compiled; values will not be checked in the form", e);
            return new ParameterValidator(draft, prepared, null, "The schema could not be read by the validator ("
                    + e.getMessage() + "), so values are not checked here; the broker still checks them.");
        }
    }

    /** The draft used. */
    public SchemaDraft draft() {
        return draft;
    }

    /** Why values cannot be checked, or null when they can. */
    public String problem() {
        return problem;
    }

    /** Validates {@code value}; returns the problems in document order, empty when valid. Never throws. */
    public List<FieldError> validate(JsonNode value) {
        if (compiled == null || value == null) {
            return List.of();
        }
        List<Error> errors;
        try {
            errors = compiled.validate(value);
        } catch (RuntimeException e) {
            LOG.warn("Validating parameters failed inside the validator; treating them as unchecked", e);
            return List.of();
        } catch (StackOverflowError e) {
            // a $ref cycle that never consumes any of the value (e.g. a definition that refers to itself)
            LOG.warn("The parameter schema has a $ref cycle; values will not be checked in the form");
            compiled = null;
            problem = "The schema refers to itself in a loop, so values are not checked here; the broker still"
                    + " checks them.";
            return List.of();
        }
        Set<FieldError> out = new LinkedHashSet<>();
        for (Error error : errors) {
            // why each branch of a failed oneOf/anyOf failed ("Enter text." and "Enter a whole number." for
            // one value) contradicts itself: one message for the combinator stands in for all of them
            String combinator = enclosingCombinator(error);
            if (combinator != null) {
                String keyword = combinator.substring(combinator.lastIndexOf('/') + 1);
                JsonNode branches = prepared.at(combinator);
                out.add(new FieldError(pointerOf(error), keyword, ValidationMessages.get(keyword,
                        branchList(branches.isMissingNode() ? null : branches))));
                continue;
            }
            FieldError fe = toFieldError(error);
            if (fe != null) {
                out.add(fe);
            }
        }
        return new ArrayList<>(out);
    }

    private static final Set<String> DESCENDING = Set.of("properties", "items", "additionalProperties",
            "patternProperties", "prefixItems", "additionalItems", "contains", "propertyNames",
            "unevaluatedProperties", "unevaluatedItems");

    /**
     * The schema pointer of the innermost oneOf/anyOf whose branch reported this error about the same value the
     * combinator applies to (no properties/items step after the branch), or null.
     */
    private static String enclosingCombinator(Error error) {
        if (error.getSchemaLocation() == null) {
            return null;
        }
        String s = error.getSchemaLocation().toString();
        int hash = s.indexOf('#');
        if (hash < 0) {
            return null;
        }
        List<String> tokens = JsonPointers.tokens(s.substring(hash + 1));
        for (int i = tokens.size() - 2; i >= 0; i--) {
            String t = tokens.get(i);
            if (DESCENDING.contains(t)) {
                return null;
            }
            if (("oneOf".equals(t) || "anyOf".equals(t)) && tokens.get(i + 1).chars().allMatch(Character::isDigit)
                    && (i == 0 || isKeywordPosition(tokens, i))) {
                StringBuilder pointer = new StringBuilder();
                tokens.subList(0, i + 1).forEach(x -> pointer.append('/').append(x.replace("~", "~0")
                        .replace("/", "~1")));
                return pointer.toString();
            }
        }
        return null;
    }

    /** Whether token {@code i} is a keyword, not a property named like one ({@code properties/oneOf}). */
    private static boolean isKeywordPosition(List<String> tokens, int i) {
        return !"properties".equals(tokens.get(i - 1)) && !"patternProperties".equals(tokens.get(i - 1));
    }

    private static String pointerOf(Error error) {
        String pointer = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        return "/".equals(pointer) ? "" : pointer;
    }

    /** The options of a oneOf/anyOf in words: each branch's title, else its type, else "option n". */
    private static String branchList(JsonNode branches) {
        if (branches == null || !branches.isArray() || branches.isEmpty()) {
            return "the listed options";
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            JsonNode b = branches.get(i);
            String title = b.path("title").asText("");
            String type = b.path("type").isTextual() ? b.path("type").asText() : "";
            out.add(!title.isBlank() ? title : !type.isEmpty() ? typeWord(type) : "option " + (i + 1));
        }
        return String.join(", ", out);
    }

    private static String typeWord(String type) {
        return switch (type) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "yes or no";
            case "object" -> "a group of values";
            case "array" -> "a list";
            default -> type;
        };
    }

    private FieldError toFieldError(Error error) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String pointer = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        if ("/".equals(pointer)) {
            pointer = "";
        }
        JsonNode keywordValue = keywordValue(error.getSchemaLocation());
        String property = error.getProperty();
        String message;
        switch (keyword) {
            case "required" -> {
                if (property != null) {
                    pointer = JsonPointers.append(pointer, property);
                }
                message = ValidationMessages.get("required");
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                if (property != null) {
                    pointer = JsonPointers.append(pointer, property);
                }
                message = ValidationMessages.get("additionalProperties", property == null ? "This" : "'" + property + "'");
            }
            case "type" -> {
                if (!declaresKnownType(keywordValue)) {
                    // a malformed "type" in the broker's schema is not the user's mistake
                    return null;
                }
                message = typeMessage(keywordValue);
            }
            case "format" -> {
                String format = keywordValue != null ? keywordValue.asText() : "";
                String specific = ValidationMessages.find("format." + format);
                message = specific != null ? specific : ValidationMessages.get("format", format);
            }
            case "enum" -> message = ValidationMessages.get("enum", listOf(keywordValue));
            case "const" -> message = ValidationMessages.get("const", display(keywordValue));
            case "pattern" -> message = ValidationMessages.get("pattern", keywordValue == null ? "" : keywordValue.asText());
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf" ->
                    message = boundMessage(keyword, error, keywordValue);
            case "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties" ->
                    message = ValidationMessages.get(keyword, keywordValue == null ? "?" : keywordValue.asText());
            case "dependencies", "dependentRequired" -> message = ValidationMessages.get("dependencies",
                    property == null ? "another field" : "'" + property + "'");
            case "oneOf", "anyOf" -> message = ValidationMessages.get(keyword, branchList(keywordValue));
            case "uniqueItems", "not", "contains", "false" -> message = ValidationMessages.get(keyword);
            default -> message = ValidationMessages.get("fallback", error.getMessage());
        }
        return new FieldError(pointer, keyword, message);
    }

    private String boundMessage(String keyword, Error error, JsonNode keywordValue) {
        if ("minimum".equals(keyword) || "maximum".equals(keyword)) {
            // draft-04 reports a failed exclusive bound under minimum/maximum with a boolean flag beside it
            JsonNode owner = ownerOf(error.getSchemaLocation());
            String flag = "minimum".equals(keyword) ? "exclusiveMinimum" : "exclusiveMaximum";
            if (owner != null && owner.path(flag).asBoolean(false) && keywordValue != null) {
                return ValidationMessages.get(flag, keywordValue.asText());
            }
        }
        if (keywordValue != null && keywordValue.isBoolean()) {
            // draft-04: exclusiveMinimum is a flag beside minimum
            JsonNode owner = ownerOf(error.getSchemaLocation());
            String bound = "exclusiveMinimum".equals(keyword) ? "minimum" : "maximum";
            return ValidationMessages.get(keyword, owner == null ? "?" : owner.path(bound).asText());
        }
        return ValidationMessages.get(keyword, keywordValue == null ? "?" : keywordValue.asText());
    }

    private static boolean declaresKnownType(JsonNode keywordValue) {
        Set<String> known = Set.of("string", "integer", "number", "boolean", "object", "array", "null");
        if (keywordValue == null) {
            return false;
        }
        if (keywordValue.isTextual()) {
            return known.contains(keywordValue.asText());
        }
        if (keywordValue.isArray()) {
            for (JsonNode t : keywordValue) {
                if (!t.isTextual() || !known.contains(t.asText())) {
                    return false;
                }
            }
            return !keywordValue.isEmpty();
        }
        return false;
    }

    private String typeMessage(JsonNode keywordValue) {
        List<String> types = new ArrayList<>();
        if (keywordValue != null && keywordValue.isArray()) {
            keywordValue.forEach(t -> types.add(t.asText()));
        } else if (keywordValue != null) {
            types.add(keywordValue.asText());
        }
        types.remove("null");
        if (types.size() == 1) {
            String specific = ValidationMessages.find("type." + types.get(0));
            if (specific != null) {
                return specific;
            }
        }
        return ValidationMessages.get("type", String.join(" or ", types));
    }

    private JsonNode keywordValue(SchemaLocation location) {
        if (location == null) {
            return null;
        }
        String s = location.toString();
        int hash = s.indexOf('#');
        if (hash < 0) {
            return null;
        }
        JsonNode n = prepared.at(s.substring(hash + 1));
        return n.isMissingNode() ? null : n;
    }

    private JsonNode ownerOf(SchemaLocation location) {
        if (location == null) {
            return null;
        }
        String s = location.toString();
        int hash = s.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String pointer = s.substring(hash + 1);
        JsonNode n = prepared.at(JsonPointers.parent(pointer));
        return n.isMissingNode() ? null : n;
    }

    private static String listOf(JsonNode values) {
        if (values == null || !values.isArray()) {
            return "the listed values";
        }
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(display(v)));
        return String.join(", ", out);
    }

    private static String display(JsonNode v) {
        return v == null ? "?" : SchemaMapper.label(v);
    }

    private static void dropRemoteRefs(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            JsonNode ref = obj.get("$ref");
            if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
                obj.remove("$ref");
            }
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                dropRemoteRefs(it.next().getValue());
            }
        } else if (node instanceof ArrayNode arr) {
            arr.forEach(ParameterValidator::dropRemoteRefs);
        }
    }
}
