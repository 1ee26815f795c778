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
 */
public final class MessagePane extends VBox {

  private final Label title = new Label();
  private final Label message = new Label();
  private final Label action = new Label();
  private final TextArea details = new TextArea();
  private final TitledPane detailsPane = new TitledPane(I18n.t("error.details"), details);

  public MessagePane(String id) {
    setId(id);
    getStyleClass().add("message-pane");
    setSpacing(6);
    title.getStyleClass().add("message-title");
    title.setId(id + "-title");
    message.setWrapText(true);
    message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    message.setId(id + "-message");
    action.setWrapText(true);
    action.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    action.getStyleClass().add("message-action");
    action.setId(id + "-action");
    details.setEditable(false);
    details.setPrefRowCount(8);
    detailsPane.setExpanded(false);
    detailsPane.setAnimated(false);
    getChildren().addAll(title, message, action, detailsPane);
    show(null);
  }

  /** Shows {@code error}, or hides the pane when it is null. */
  public void show(ConsoleException error) {
    boolean visible = error != null;
    setVisible(visible);
    setManaged(visible);
    if (!visible) {
      return;
    }
    title.setText(error.title());
    message.setText(error.message());
    action.setText(error.action());
    Throwable cause = error.getCause();
    detailsPane.setVisible(cause != null);
    detailsPane.setManaged(cause != null);
    if (cause != null) {
      details.setText(StackTraces.of(cause));
    }
  }
}
