package io.servicecatalog.console.app.shell;

import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.StackTraces;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * Shows a {@link ConsoleException} the way a person reads it: a headline, what happened, what to do, and
 * the technical details folded away.
 *
 * <p>Hidden until there is something to show, and built then: a pane that waits on every screen for an error
 * that seldom comes costs nothing to style and lay out (the connection chooser is the console's first frame).
 */
public final class MessagePane extends VBox {

  private final String id;
  private Label title;
  private Label message;
  private Label action;
  private TextArea details;
  private TitledPane detailsPane;

  public MessagePane(String id) {
    this.id = id;
    setId(id);
    getStyleClass().add("message-pane");
    setSpacing(6);
    show(null);
  }

  private void build() {
    title = new Label();
    message = new Label();
    action = new Label();
    title.getStyleClass().add("message-title");
    title.setId(id + "-title");
    message.setWrapText(true);
    message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    message.setId(id + "-message");
    action.setWrapText(true);
    action.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    action.getStyleClass().add("message-action");
    action.setId(id + "-action");
    getChildren().addAll(title, message, action);
  }

  private void showDetails(String text) {
    if (detailsPane == null) {
      details = new TextArea();
      details.setEditable(false);
      details.setPrefRowCount(8);
      detailsPane = new TitledPane(I18n.t("error.details"), details);
      detailsPane.setExpanded(false);
      detailsPane.setAnimated(false);
      getChildren().add(detailsPane);
    }
    detailsPane.setVisible(text != null);
    detailsPane.setManaged(text != null);
    details.setText(text == null ? "" : text);
  }

  /** Shows {@code error}, or hides the pane when it is null. */
  public void show(ConsoleException error) {
    boolean visible = error != null;
    setVisible(visible);
    setManaged(visible);
    if (!visible) {
      return;
    }
    if (title == null) {
      build();
    }
    title.setText(error.title());
    message.setText(error.message());
    action.setText(error.action());
    Throwable cause = error.getCause();
    if (cause != null || detailsPane != null) {
      showDetails(cause == null ? null : StackTraces.of(cause));
    }
  }
}
