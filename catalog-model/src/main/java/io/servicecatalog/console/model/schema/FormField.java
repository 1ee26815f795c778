package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One node of the form model: what to show for one value of the parameters (label, help, kind of control,
 * constraints, default) and, for containers, its children. Built by {@link SchemaFormModel#build}; read-only
 * for everyone else.
 *
 * <p>The {@link #pointer()} is the JSON pointer of the value inside the parameters object. Inside array
 * items the index token is {@code -}; renderers substitute the real index.
 */
public final class FormField {

    String pointer = "";
    String name;
    String title;
    String description;
    FieldKind kind = FieldKind.RAW;
    String type;
    boolean required;
    boolean readOnly;
    boolean sensitive;
    JsonNode defaultValue;
    JsonNode constValue;
    List<EnumOption> options = List.of();
    Integer minLength;
    Integer maxLength;
    String pattern;
    String format;
    BigDecimal minimum;
    BigDecimal maximum;
    boolean exclusiveMinimum;
    boolean exclusiveMaximum;
    BigDecimal multipleOf;
    Integer minItems;
    Integer maxItems;
    boolean uniqueItems;
    FormField items;
    final List<FormField> properties = new ArrayList<>();
    FormField additionalValues;
    boolean additionalAllowed = true;
    final List<Choice> choices = new ArrayList<>();
    final List<Conditional> conditionals = new ArrayList<>();
    String note;
    JsonNode schema;

    FormField() {
    }

    /** JSON pointer of the value ({@code ""} for the root, {@code -} for "each array item"). */
    public String pointer() {
        return pointer;
    }

    /** The property name, or null for the root, array items and branches. */
    public String name() {
        return name;
    }

    /** The label: the schema's {@code title}, else the property name humanised. */
    public String title() {
        return title;
    }

    /** Help text from {@code description}, or null. */
    public String description() {
        return description;
    }

    /** Which control edits this value. */
    public FieldKind kind() {
        return kind;
    }

    /** The JSON type the field writes ({@code string}, {@code number}, …), or null when open. */
    public String type() {
        return type;
    }

    /** Whether the owning object lists this property in {@code required}. */
    public boolean required() {
        return required;
    }

    /** Whether the schema marks the value {@code readOnly}. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether the value is a secret (password format or a password/secret/token/key name). */
    public boolean sensitive() {
        return sensitive;
    }

    /** The schema's {@code default}, or null. */
    public JsonNode defaultValue() {
        return defaultValue;
    }

    /** The schema's {@code const}, or null. */
    public JsonNode constValue() {
        return constValue;
    }

    /** Allowed values with labels for {@link FieldKind#ENUM} and {@link FieldKind#MULTI_SELECT}. */
    public List<EnumOption> options() {
        return options;
    }

    /** {@code minLength}, or null. */
    public Integer minLength() {
        return minLength;
    }

    /** {@code maxLength}, or null. */
    public Integer maxLength() {
        return maxLength;
    }

    /** {@code pattern}, or null. */
    public String pattern() {
        return pattern;
    }

    /** {@code format}, or null. */
    public String format() {
        return format;
    }

    /** Lower bound ({@code minimum} or {@code exclusiveMinimum}), or null. */
    public BigDecimal minimum() {
        return minimum;
    }

    /** Upper bound ({@code maximum} or {@code exclusiveMaximum}), or null. */
    public BigDecimal maximum() {
        return maximum;
    }

    /** Whether {@link #minimum()} itself is excluded. */
    public boolean exclusiveMinimum() {
        return exclusiveMinimum;
    }

    /** Whether {@link #maximum()} itself is excluded. */
    public boolean exclusiveMaximum() {
        return exclusiveMaximum;
    }

    /** {@code multipleOf}, or null; spinners step by it. */
    public BigDecimal multipleOf() {
        return multipleOf;
    }

    /** {@code minItems}, or null. */
    public Integer minItems() {
        return minItems;
    }

    /** {@code maxItems}, or null. */
    public Integer maxItems() {
        return maxItems;
    }

    /** {@code uniqueItems}. */
    public boolean uniqueItems() {
        return uniqueItems;
    }

    /** The field used for each item of an {@link FieldKind#ARRAY}, or null. */
    public FormField items() {
        return items;
    }

    /** The properties of an {@link FieldKind#OBJECT} in display order. */
    public List<FormField> properties() {
        return Collections.unmodifiableList(properties);
    }

    /**
     * The field for each value of extra keys ({@code additionalProperties} as a schema) of an
     * {@link FieldKind#OBJECT} or {@link FieldKind#MAP}, or null when extra keys have no editor.
     */
    public FormField additionalValues() {
        return additionalValues;
    }

    /** Whether keys other than the listed properties are allowed. */
    public boolean additionalAllowed() {
        return additionalAllowed;
    }

    /** {@code oneOf}/{@code anyOf} selectors of an object, or the single one of a {@link FieldKind#CHOICE}. */
    public List<Choice> choices() {
        return Collections.unmodifiableList(choices);
    }

    /** Conditionally shown fields of an object. */
    public List<Conditional> conditionals() {
        return Collections.unmodifiableList(conditionals);
    }

    /** Why the field is shown raw, or a remark about ignored keywords; null when nothing to say. */
    public String note() {
        return note;
    }

    /** The subschema (after {@code $ref} and {@code allOf} resolution) this field was built from. */
    public JsonNode schema() {
        return schema;
    }

    /** Whether this field is a scalar input (text, number, boolean, enum, const). */
    public boolean isScalar() {
        return switch (kind) {
            case TEXT, TEXTAREA, PASSWORD, NUMBER, INTEGER, BOOLEAN, ENUM, CONST -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return "FormField[" + kind + " " + pointer + "]";
    }
}
