package io.servicecatalog.console.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A JSON/YAML text editor (RichTextFX {@code CodeArea}) with syntax highlighting, line numbers, error marks
 * per line and a read-only mode. Bind {@link #textProperty()} to read or set the text; put
 * {@link EditorMark}s into {@link #getMarks()} to flag lines.
 */
public class CodeEditor extends Control {

    /** Style class of the control. */
    public static final String STYLE_CLASS = "code-editor";

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<EditorLanguage> language =
            new SimpleObjectProperty<>(this, "language", EditorLanguage.JSON);
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final ObservableList<EditorMark> marks = FXCollections.observableArrayList();

    /** An empty JSON editor. */
    public CodeEditor() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(false);
    }

    /** An editor for {@code language} holding {@code text}. */
    public CodeEditor(EditorLanguage language, String text) {
        this();
        setLanguage(language);
        setText(text);
    }

    /** The text; setting it replaces the editor's content (undo history included). */
    public final StringProperty textProperty() {
        return text;
    }

    public final String getText() {
        return text.get();
    }

    public final void setText(String value) {
        text.set(value == null ? "" : value);
    }

    /** Which language to highlight. */
    public final ObjectProperty<EditorLanguage> languageProperty() {
        return language;
    }

    public final EditorLanguage getLanguage() {
        return language.get();
    }

    public final void setLanguage(EditorLanguage value) {
        language.set(value == null ? EditorLanguage.JSON : value);
    }

    /** False makes the editor read-only (text can still be selected and copied). */
    public final BooleanProperty editableProperty() {
        return editable;
    }

    public final boolean isEditable() {
        return editable.get();
    }

    public final void setEditable(boolean value) {
        editable.set(value);
    }

    /** Error marks shown in the gutter and as line styles. */
    public final ObservableList<EditorMark> getMarks() {
        return marks;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CodeEditorSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return CodeEditor.class.getResource("code-editor.css").toExternalForm();
    }
}
