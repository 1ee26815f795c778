package io.servicecatalog.console.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A text field for instant search: a magnifier on the left, a clear button on the right, Escape clears. */
public class SearchField extends CustomTextField {

  public SearchField(String prompt) {
    getStyleClass().add(Controls.SEARCH_FIELD);
    setPromptText(prompt);
    FontIcon magnifier = new FontIcon(Material2MZ.SEARCH);
    magnifier.getStyleClass().add("search-icon");
    setLeft(magnifier);
    FontIcon clear = new FontIcon(Material2AL.CLOSE);
    clear.getStyleClass().add("clear-icon");
    clear.setCursor(Cursor.HAND);
    clear.visibleProperty().bind(Bindings.isNotEmpty(textProperty()));
    clear.setOnMouseClicked(e -> clear());
    setRight(clear);
    addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE && !getText().isEmpty()) {
        clear();
        e.consume();
      }
    });
  }

  @Override
  public String getUserAgentStylesheet() {
    return Controls.STYLESHEET;
  }
}
