package io.servicecatalog.console.ui.schemaform;

/** What the {@link SchemaForm} shows: the generated fields, or the same parameters as JSON or YAML text. */
public enum ViewMode {
    FORM,
    JSON,
    YAML
}
