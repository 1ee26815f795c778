package io.servicecatalog.console.ui.schemaform;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The parts of one rendered field that errors and focus requests reach. */
final class FieldRow {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    final String pointer;
    final String title;
    final Node control;
    final Label error;

    FieldRow(String pointer, String title, Node control, Label error) {
        this.pointer = pointer;
        this.title = title;
        this.control = control;
        this.error = error;
    }

    void showError(String message) {
        boolean has = message != null && !message.isEmpty();
        error.setText(has ? message : "");
        error.setVisible(has);
        error.setManaged(has);
        if (control != null) {
            control.pseudoClassStateChanged(INVALID, has);
        }
    }
}
