package io.servicecatalog.console.ui.schemaform;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The parts of one rendered field that errors and focus requests reach. The error label is created on the
 * first error only, which keeps large forms light.
 */
final class FieldRow {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    final String pointer;
    final String title;
    final Node control;
    private final Pane container;
    private final boolean errorFirst;
    private final String id;
    private Label error;

    FieldRow(String pointer, String title, Node control, Pane container, boolean errorFirst, String id) {
        this.pointer = pointer;
        this.title = title;
        this.control = control;
        this.container = container;
        this.errorFirst = errorFirst;
        this.id = id;
    }

    void showError(String message) {
        boolean has = message != null && !message.isEmpty();
        if (!has && error == null) {
            return;
        }
        if (error == null) {
            error = new Label();
            error.getStyleClass().add("sf-error");
            error.setWrapText(true);
            error.setMnemonicParsing(false);
            error.setId(id + "-error");
            error.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
            if (errorFirst) {
                container.getChildren().add(0, error);
            } else {
                container.getChildren().add(error);
            }
        }
        error.setText(has ? message : "");
        error.setVisible(has);
        error.setManaged(has);
        if (control != null) {
            control.pseudoClassStateChanged(INVALID, has);
        }
    }
}
