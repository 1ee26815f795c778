package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form model of a broker's parameter schema: a tree of {@link FormField}s in the broker's property
 * order, the draft it declares, where the form falls back to raw JSON and why, and which values are
 * secrets. Build it with {@link #build(JsonNode, Options)}; building never throws.
 */
public final class SchemaFormModel {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaFormModel.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode schema;
    private final SchemaDraft draft;
    private final FormField root;
    private final List<String> notes;
    private final List<String> sensitivePaths;

    private SchemaFormModel(JsonNode schema, SchemaDraft draft, FormField root, List<String> notes) {
        this.schema = schema;
        this.draft = draft;
        this.root = root;
        this.notes = List.copyOf(notes);
        // array items, map values and oneOf/anyOf branches have no name but hold secrets all the same
        java.util.Set<String> sensitive = new java.util.LinkedHashSet<>();
        walk(root, f -> {
            if (f.sensitive() && !f.pointer().isEmpty()) {
                sensitive.add(f.pointer());
            }
        });
        this.sensitivePaths = List.copyOf(sensitive);
    }

    /**
     * Options for building a form model.
     *
     * @param order top-level property names to show first, in this order (from
     *     {@code openshift_form_definition}); the rest follow in schema order
     * @param maxSchemaBytes schemas larger than this (serialised) are shown as raw JSON
     * @param maxDepth nesting deeper than this is shown as raw JSON
     */
    public record Options(List<String> order, int maxSchemaBytes, int maxDepth) {

        /** 64 kB, 12 levels, schema order. */
        public static Options defaults() {
            return new Options(List.of(), 64 * 1024, 12);
        }

        public Options {
            order = List.copyOf(Objects.requireNonNull(order, "order"));
        }

        /** These options with a property order. */
        public Options withOrder(List<String> newOrder) {
            return new Options(newOrder, maxSchemaBytes, maxDepth);
        }

        /** These options with the order of an {@code openshift_form_definition} (null leaves them as they are). */
        public Options withFormDefinition(JsonNode formDefinition) {
            List<String> keys = FormDefinitions.keys(formDefinition);
            return keys.isEmpty() ? this : withOrder(keys);
        }
    }

    /** Builds the model of a schema with default options. */
    public static SchemaFormModel build(JsonNode schema) {
        return build(schema, Options.defaults());
    }

    /**
     * Builds the model of a schema. A null, malformed, oversized or otherwise unreadable schema gives a
     * model whose root is {@link FieldKind#RAW} with a note saying why.
     */
    public static SchemaFormModel build(JsonNode schema, Options options) {
        Options opts = options == null ? Options.defaults() : options;
        List<String> notes = new ArrayList<>();
        SchemaDraft draft = SchemaDraft.of(schema);
        if (schema == null || schema.isNull() || schema.isMissingNode()) {
            return new SchemaFormModel(schema, draft, raw("The broker sent no parameter schema; enter the"
                    + " parameters as JSON.", notes), notes);
        }
        if (!schema.isObject()) {
            return new SchemaFormModel(schema, draft, raw("The parameter schema is not a JSON object; enter"
                    + " the parameters as JSON.", notes), notes);
        }
        int size = sizeOf(schema);
        if (size > opts.maxSchemaBytes()) {
            return new SchemaFormModel(schema, draft, raw("The parameter schema is " + (size / 1024)
                    + " kB, more than the form shows (" + (opts.maxSchemaBytes() / 1024)
                    + " kB); enter the parameters as JSON.", notes), notes);
        }
        FormField root;
        try {
            root = new SchemaMapper(schema, draft, opts, notes).map(schema, "", null, false, 0);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Could not build a form from a parameter schema; falling back to JSON", e);
            notes.clear();
            root = raw("The parameter schema could not be read (" + e.getClass().getSimpleName()
                    + "); enter the parameters as JSON.", notes);
        }
        if (root.kind() != FieldKind.OBJECT && root.kind() != FieldKind.RAW && root.kind() != FieldKind.MAP
                && root.kind() != FieldKind.CHOICE) {
            root = raw("The parameters must be a JSON object, but the schema describes a "
                    + root.kind().name().toLowerCase(java.util.Locale.ROOT) + "; enter them as JSON.", notes);
        }
        return new SchemaFormModel(schema, draft, root, notes);
    }

    private static FormField raw(String note, List<String> notes) {
        FormField f = new FormField();
        f.kind = FieldKind.RAW;
        f.type = "object";
        f.note = note;
        notes.add(note);
        return f;
    }

    private static int sizeOf(JsonNode schema) {
        try {
            return JSON.writeValueAsString(schema).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JsonNode tree could not be serialised", e);
        }
    }

    /** The schema this model was built from (unchanged). */
    public JsonNode schema() {
        return schema;
    }

    /** The draft the schema declares ({@code $schema}; draft-04 when absent). */
    public SchemaDraft draft() {
        return draft;
    }

    /** The root field: an object (or a raw editor when the schema cannot be shown as a form). */
    public FormField root() {
        return root;
    }

    /** Plain-words notes for every part shown as raw JSON, with the pointer of that part. */
    public List<String> notes() {
        return notes;
    }

    /** Whether the whole form is a raw editor. */
    public boolean isRaw() {
        return root.kind() == FieldKind.RAW;
    }

    /**
     * JSON pointers of secret values (password format, or names like password/secret/token/key); array
     * items use {@code -} for the index. Wizards put these into a parameters Secret.
     */
    public List<String> sensitivePaths() {
        return sensitivePaths;
    }

    /** Whether a concrete pointer (real array indexes allowed) addresses a secret value. */
    public boolean isSensitive(String pointer) {
        List<String> tokens = JsonPointers.tokens(pointer);
        for (String candidate : sensitivePaths) {
            List<String> c = JsonPointers.tokens(candidate);
            if (c.size() != tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < c.size() && match; i++) {
                match = c.get(i).equals(tokens.get(i)) || "-".equals(c.get(i));
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** The field at a model pointer (use {@code -} for array items), or null; owners come before their branches. */
    public FormField find(String pointer) {
        for (FormField f : allFields()) {
            if (f.pointer().equals(pointer)) {
                return f;
            }
        }
        return null;
    }

    /** Visits every field, depth first, including branches, conditional fields, items and map values. */
    public static void walk(FormField field, Consumer<FormField> visitor) {
        visitor.accept(field);
        for (FormField p : field.properties()) {
            walk(p, visitor);
        }
        for (Choice c : field.choices()) {
            for (FormField b : c.branches()) {
                walk(b, visitor);
            }
        }
        for (Conditional c : field.conditionals()) {
            c.thenFields().forEach(f -> walk(f, visitor));
            c.elseFields().forEach(f -> walk(f, visitor));
        }
        if (field.items() != null) {
            walk(field.items(), visitor);
        }
        if (field.additionalValues() != null) {
            walk(field.additionalValues(), visitor);
        }
    }

    /**
     * The parameters a new form starts with: every {@code default} of the fixed properties (nested
     * objects included), in schema order. Empty when no property has a default.
     */
    public ObjectNode defaults() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        collectDefaults(root, out);
        if (root.defaultValue() instanceof ObjectNode rootDefault) {
            rootDefault.fields().forEachRemaining(e -> {
                if (!out.has(e.getKey())) {
                    out.set(e.getKey(), e.getValue().deepCopy());
                }
            });
        }
        return out;
    }

    private static void collectDefaults(FormField obj, ObjectNode target) {
        for (FormField p : obj.properties()) {
            if (p.kind() == FieldKind.OBJECT) {
                ObjectNode nested = JsonNodeFactory.instance.objectNode();
                collectDefaults(p, nested);
                if (p.defaultValue() instanceof ObjectNode d) {
                    d.fields().forEachRemaining(e -> nested.putIfAbsent(e.getKey(), e.getValue().deepCopy()));
                }
                if (!nested.isEmpty()) {
                    target.set(p.name(), nested);
                }
            } else if (p.defaultValue() != null && !p.defaultValue().isNull()) {
                target.set(p.name(), p.defaultValue().deepCopy());
            } else if (p.kind() == FieldKind.CONST && p.required() && p.constValue() != null) {
                target.set(p.name(), p.constValue().deepCopy());
            }
        }
    }

    /** All fields flattened, for tests and summaries. */
    public List<FormField> allFields() {
        List<FormField> out = new ArrayList<>();
        walk(root, out::add);
        return Collections.unmodifiableList(out);
    }
}
