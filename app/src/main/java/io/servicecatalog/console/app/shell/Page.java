package io.servicecatalog.console.app.shell;

import javafx.scene.Node;

/** One main view as the shell drives it: its node and what the keyboard shortcuts do in it. */
public interface Page {

  Node node();

  /** Closes an open detail; false when there was nothing to go back from. */
  default boolean back() {
    return false;
  }

  /** Moves the focus to the view's search field, if it has one. */
  default void focusSearch() {}
}
