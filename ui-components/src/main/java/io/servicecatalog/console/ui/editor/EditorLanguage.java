package io.servicecatalog.console.ui.editor;

/** The languages the {@link CodeEditor} highlights. */
public enum EditorLanguage {
    JSON,
    YAML
}
