package io.servicecatalog.console.app.bindings;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** A strip under the bindings list that follows the latest unbind: a spinner while it runs, then the outcome. */
final class UnbindStatus extends HBox {

  private final ProgressIndicator spinner = new ProgressIndicator();
  private final Label message = new Label();
  private Unbinder current;
  private final ChangeListener<Unbinder.Progress> listener = (o, a, now) -> show(now);

  UnbindStatus() {
    super(10);
    setId("unbind-status");
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(8, 20, 8, 20));
    spinner.setPrefSize(16, 16);
    spinner.setMaxSize(16, 16);
    message.setId("unbind-message");
    message.setWrapText(true);
    message.setMinWidth(0);
    message.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(message, Priority.ALWAYS);
    Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
    close.setId("unbind-dismiss");
    close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    close.setTooltip(new Tooltip(io.servicecatalog.console.app.I18n.t("unbind.dismiss")));
    close.setOnAction(e -> hide());
    getChildren().addAll(spinner, message, close);
    hide();
  }

  void follow(Unbinder unbinder) {
    if (current != null) {
      current.progress().removeListener(listener);
    }
    current = unbinder;
    unbinder.progress().addListener(listener);
    if (unbinder.progress().get() != null) {
      show(unbinder.progress().get());
    }
  }

  private void show(Unbinder.Progress progress) {
    setVisible(true);
    setManaged(true);
    spinner.setVisible(!progress.finished());
    spinner.setManaged(!progress.finished());
    message.setText(progress.message());
    message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
    if (progress.step() == Unbinder.Step.FAILED) {
      message.getStyleClass().add(Styles.DANGER);
    } else if (progress.step() == Unbinder.Step.DONE) {
      message.getStyleClass().add(Styles.SUCCESS);
    }
  }

  private void hide() {
    setVisible(false);
    setManaged(false);
  }
}
