package io.servicecatalog.console.ui.schemaform;

import io.servicecatalog.console.model.schema.FieldError;
import io.servicecatalog.console.ui.editor.CodeEditor;
import io.servicecatalog.console.ui.editor.EditorLanguage;
import io.servicecatalog.console.ui.editor.EditorMark;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Skin of {@link SchemaForm}: a Form/JSON/YAML toggle, an error summary, and either the generated fields or
 * a {@link CodeEditor} with the same parameters as text.
 */
final class SchemaFormSkin extends SkinBase<SchemaForm> {

    private final ScrollPane scroll = new ScrollPane();
    private final StackPane center;
    /**
     * The JSON/YAML editor, made the first time a text view is chosen: most forms are only ever filled in as a
     * form, and the editor's skin (a virtualised text area) was a tenth of a form's first screen.
     */
    private CodeEditor code;
    private final VBox summary = new VBox();
    private final ToggleGroup modes = new ToggleGroup();
    private FormRenderer renderer;
    private boolean dirty = true;
    private boolean writingText;

    SchemaFormSkin(SchemaForm form) {
        super(form);
        ToggleButton formButton = modeButton("Form", ViewMode.FORM, "sf-mode-form");
        ToggleButton jsonButton = modeButton("JSON", ViewMode.JSON, "sf-mode-json");
        ToggleButton yamlButton = modeButton("YAML", ViewMode.YAML, "sf-mode-yaml");
        formButton.getStyleClass().add("left-pill");
        jsonButton.getStyleClass().add("center-pill");
        yamlButton.getStyleClass().add("right-pill");
        HBox segmented = new HBox(formButton, jsonButton, yamlButton);
        segmented.getStyleClass().add("sf-modes");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label status = new Label();
        status.getStyleClass().add("sf-status");
        status.setId("sf-status");
        HBox toolbar = new HBox(segmented, spacer, status);
        toolbar.getStyleClass().add("sf-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);

        summary.getStyleClass().add("sf-summary");
        summary.setId("sf-summary");
        summary.setVisible(false);
        summary.setManaged(false);

        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("sf-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        center = new StackPane(scroll);
        VBox top = new VBox(toolbar, summary);
        top.getStyleClass().add("sf-top");
        BorderPane root = new BorderPane(center);
        root.setTop(top);
        getChildren().add(root);

        // registered through the skin so that dispose() removes them: a replaced skin must not keep reacting
        registerChangeListener(form.rebuildCountProperty(), o -> {
            dirty = true;
            if (form.getViewMode() == ViewMode.FORM) {
                rebuild();
            }
        });
        registerListChangeListener(form.getVisibleErrors(), c -> {
            showErrors();
            if (form.getViewMode() != ViewMode.FORM) {
                markText();
            }
        });
        registerChangeListener(form.viewModeProperty(), o -> applyMode());
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                modes.selectToggle(a);
                return;
            }
            ViewMode wanted = (ViewMode) b.getUserData();
            if (wanted != form.getViewMode() && !form.switchTo(wanted)) {
                modes.selectToggle(a);
            }
        });
        Runnable updateStatus = () -> {
            if (form.isUpdateMode() && form.getOriginalValue() != null) {
                int n = form.changedValues().size();
                status.setText(n == 0 ? "No changes" : n == 1 ? "1 parameter changed" : n + " parameters changed");
            } else {
                status.setText("");
            }
        };
        registerChangeListener(form.valueProperty(), o -> updateStatus.run());
        registerChangeListener(form.updateModeProperty(), o -> updateStatus.run());
        updateStatus.run();
        applyMode();
    }

    @Override
    public void dispose() {
        if (renderer != null) {
            renderer.dispose();
            renderer = null;
        }
        super.dispose();
    }

    private ToggleButton modeButton(String text, ViewMode mode, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setUserData(mode);
        b.setToggleGroup(modes);
        b.setId(id);
        b.getStyleClass().add("sf-mode");
        b.setFocusTraversable(false);
        return b;
    }

    private void applyMode() {
        SchemaForm form = getSkinnable();
        ViewMode mode = form.getViewMode();
        for (var t : modes.getToggles()) {
            if (t.getUserData() == mode && modes.getSelectedToggle() != t) {
                modes.selectToggle(t);
            }
        }
        boolean text = mode != ViewMode.FORM;
        scroll.setVisible(!text);
        if (code != null) {
            code.setVisible(text);
        }
        if (text) {
            CodeEditor editor = code();
            editor.setLanguage(mode == ViewMode.YAML ? EditorLanguage.YAML : EditorLanguage.JSON);
            writingText = true;
            try {
                // secrets stay masked in the text views too; an unchanged mask keeps the real value
                editor.setText(ParameterText.write(form.maskedValue(), mode));
            } finally {
                writingText = false;
            }
            markText();
        } else if (dirty) {
            rebuild();
        }
        showErrors();
    }

    private void rebuild() {
        if (renderer != null) {
            renderer.dispose();
        }
        renderer = new FormRenderer(getSkinnable());
        Node content = renderer.render();
        scroll.setContent(content);
        dirty = false;
        showErrors();
    }

    /** The text editor, made and put in place on first use. */
    private CodeEditor code() {
        if (code == null) {
            code = new CodeEditor();
            code.setId("sf-code");
            code.getStyleClass().add("sf-code");
            code.textProperty().addListener((o, a, b) -> {
                if (!writingText) {
                    getSkinnable().textEdited(b);
                    markText();
                }
            });
            center.getChildren().add(code);
        }
        return code;
    }

    /** The renderer of the current form view, or null before the first build. */
    FormRenderer renderer() {
        return renderer;
    }

    private void markText() {
        SchemaForm form = getSkinnable();
        CodeEditor editor = code();
        ParameterText.Parsed problem = form.textProblem();
        if (problem != null) {
            editor.getMarks().setAll(new EditorMark(problem.line(), problem.error()));
            return;
        }
        List<EditorMark> marks = new ArrayList<>();
        for (FieldError e : form.getVisibleErrors()) {
            if (!"syntax".equals(e.keyword())) {
                String where = e.pointer().isEmpty() ? "" : e.pointer() + ": ";
                marks.add(new EditorMark(ParameterText.lineOf(editor.getText(), e.pointer(), form.getViewMode()),
                        where + e.message()));
            }
        }
        editor.getMarks().setAll(marks);
    }

    private void showErrors() {
        SchemaForm form = getSkinnable();
        List<FieldError> errors = new ArrayList<>(form.getVisibleErrors());
        if (renderer != null && form.getViewMode() == ViewMode.FORM) {
            renderer.showErrors(errors);
        }
        summary.getChildren().clear();
        if (errors.isEmpty()) {
            summary.setVisible(false);
            summary.setManaged(false);
            return;
        }
        Label head = new Label(errors.size() == 1 ? "Fix 1 problem before you continue:"
                : "Fix " + errors.size() + " problems before you continue:");
        head.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        head.getStyleClass().add("sf-summary-title");
        summary.getChildren().add(head);
        int shown = 0;
        for (FieldError e : errors) {
            if (shown++ == 8) {
                Label more = new Label("… and " + (errors.size() - 8) + " more.");
                more.getStyleClass().add("sf-summary-more");
                summary.getChildren().add(more);
                break;
            }
            String title = renderer == null || "syntax".equals(e.keyword()) && e.pointer().isEmpty()
                    ? (e.pointer().isEmpty() ? "" : e.pointer()) : renderer.titleFor(e.pointer());
            Hyperlink link = new Hyperlink(title.isEmpty() ? e.message() : title + ": " + e.message());
            link.getStyleClass().add("sf-summary-item");
            link.setWrapText(true);
            link.setOnAction(a -> {
                if (form.getViewMode() == ViewMode.FORM && renderer != null) {
                    renderer.focus(e.pointer());
                }
            });
            summary.getChildren().add(link);
        }
        summary.setVisible(true);
        summary.setManaged(true);
    }
}
