package io.servicecatalog.console.app.shell;

import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.controller.CatalogController;
import io.servicecatalog.console.controller.ControllerOptions;
import io.servicecatalog.console.controller.ControllerPresence;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.concurrent.Executor;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a cluster that has the Service Catalog's CRDs but no controller serving them, a banner offers to run the
 * console's own catalog controller while the console is connected. It looks for another controller first and
 * never starts one unasked, so it cannot fight a real controller.
 */
final class ControllerOffer extends HBox implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ControllerOffer.class);

  private final KubernetesClient client;
  private final BackgroundExecutor background;
  private final Executor fx;
  private final Label text = new Label();
  private final Button action = new Button();
  private CatalogController controller;
  private boolean closed;

  ControllerOffer(KubernetesClient client, BackgroundExecutor background, Executor fx) {
    this.client = client;
    this.background = background;
    this.fx = fx;
    setId("controller-offer");
    getStyleClass().add("controller-offer");
    setSpacing(12);
    setAlignment(Pos.CENTER_LEFT);
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    action.setMinWidth(Region.USE_PREF_SIZE);
    getChildren().addAll(text, action);
    hide();
  }

  /** Looks for another controller in the background and offers ours only if none is found. */
  void check() {
    background
        .supply(() -> ControllerPresence.detect(client))
        .whenCompleteAsync(
            (presence, error) -> {
              if (closed) {
                return;
              }
              if (error != null) {
                // Without an answer, say nothing: offering a second controller on a guess could make two run.
                LOG.info("Could not tell whether a catalog controller runs: {}", ConnectionErrors.rootMessage(error));
              } else if (!presence.active()) {
                offer();
              } else {
                LOG.info("A catalog controller serves this cluster: {}", presence.evidence());
              }
            },
            fx);
  }

  private void offer() {
    text.setText(I18n.t("controller.offer"));
    action.setText(I18n.t("controller.run"));
    action.setId("run-controller");
    action.setDisable(false);
    action.setOnAction(e -> confirmAndStart());
    show();
  }

  private void confirmAndStart() {
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("controller.confirm.message"), ButtonType.CANCEL, ButtonType.OK);
    confirm.setTitle(I18n.t("controller.confirm.title"));
    confirm.setHeaderText(I18n.t("controller.confirm.header"));
    confirm.getDialogPane().setId("controller-confirm");
    confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> start());
  }

  private void start() {
    action.setDisable(true);
    background
        .supply(() -> CatalogController.start(client, ControllerOptions.defaults()))
        .whenCompleteAsync(
            (started, error) -> {
              if (error != null) {
                LOG.warn("Starting the console's controller failed", error);
                text.setText(I18n.t("controller.failed", ConnectionErrors.rootMessage(error)));
                action.setDisable(false);
                return;
              }
              if (closed) {
                background.run(started::close);
                return;
              }
              controller = started;
              LOG.info("The console's catalog controller is running for this connection");
              text.setText(I18n.t("controller.running"));
              action.setText(I18n.t("controller.stop"));
              action.setId("stop-controller");
              action.setDisable(false);
              action.setOnAction(e -> stop());
            },
            fx);
  }

  private void stop() {
    CatalogController running = controller;
    controller = null;
    if (running != null) {
      background.run(running::close);
    }
    offer();
  }

  /** Whether the console's controller runs for this connection. */
  boolean running() {
    return controller != null;
  }

  private void show() {
    setVisible(true);
    setManaged(true);
  }

  private void hide() {
    setVisible(false);
    setManaged(false);
  }

  @Override
  public void close() {
    closed = true;
    if (controller != null) {
      controller.close();
      controller = null;
    }
  }
}
