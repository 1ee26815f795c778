package io.servicecatalog.console.model.schema;

/** How a form field is edited; each kind maps to one kind of control in the rendered form. */
public enum FieldKind {
    /** A one-line text field. */
    TEXT,
    /** A multi-line text area (long {@code maxLength} or {@code format: textarea}). */
    TEXTAREA,
    /** A masked text field with a reveal toggle ({@code format: password}). */
    PASSWORD,
    /** A spinner for a decimal number. */
    NUMBER,
    /** A spinner for a whole number. */
    INTEGER,
    /** A check box. */
    BOOLEAN,
    /** One choice out of fixed values (combo box or radio buttons). */
    ENUM,
    /** Several choices out of fixed values (an array with {@code uniqueItems} and an enum of items). */
    MULTI_SELECT,
    /** A fixed value shown read-only. */
    CONST,
    /** A titled, collapsible group of properties. */
    OBJECT,
    /** A key/value editor for {@code additionalProperties} without fixed properties. */
    MAP,
    /** A list with add, remove and reorder. */
    ARRAY,
    /** A selector between {@code oneOf}/{@code anyOf} branches. */
    CHOICE,
    /** A raw JSON editor for a subtree the form cannot show as fields, with a note saying why. */
    RAW
}
