package io.servicecatalog.console.ui.editor;

/**
 * An error mark in a {@link CodeEditor}: the line (1-based) gets a marker in the gutter and an error style,
 * and the message shows as the marker's tooltip.
 *
 * @param line 1-based line number
 * @param message what is wrong, in plain words
 */
public record EditorMark(int line, String message) {
}
