package io.servicecatalog.console.app;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an exception nobody handled is logged once and shown as a dialog that says
 * something went wrong, where the log is, with the technical details folded away. The window keeps working.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

  private boolean showing;

  private static final ErrorReporter INSTANCE = new ErrorReporter();

  /** Installs this reporter for every thread. */
  public static void install() {
    Thread.setDefaultUncaughtExceptionHandler(INSTANCE);
  }

  /**
   * Installs the reporter on the calling thread too; called on the FX thread at start-up, so that an
   * exception thrown by an event handler reaches it even if a library set another default meanwhile.
   */
  public static void installOnCurrentThread() {
    Thread.currentThread().setUncaughtExceptionHandler(INSTANCE);
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    LOG.error("Unexpected error on thread {}", thread.getName(), error);
    if (Platform.isFxApplicationThread()) {
      show(error);
    } else {
      try {
        Platform.runLater(() -> show(error));
      } catch (IllegalStateException toolkitGone) {
        // The FX toolkit is not running (start-up or shutdown): the log has it.
      }
    }
  }

  private void show(Throwable error) {
    // One dialog at a time: a failure repeating on every pulse must not bury the window in dialogs.
    if (showing) {
      return;
    }
    showing = true;
    try {
      Alert alert = new Alert(Alert.AlertType.ERROR);
      alert.setTitle(I18n.t("unexpected.title"));
      alert.setHeaderText(I18n.t("unexpected.header"));
      Label text = new Label(I18n.t("unexpected.message", String.valueOf(error.getMessage()), LogFiles.shown()));
      text.setWrapText(true);
      alert.getDialogPane().setContent(text);
      TextArea details = new TextArea(StackTraces.of(error));
      details.setEditable(false);
      details.setWrapText(false);
      VBox.setVgrow(details, Priority.ALWAYS);
      alert.getDialogPane().setExpandableContent(new VBox(details));
      alert.getDialogPane().setId("unexpected-error");
      alert.showAndWait();
    } finally {
      showing = false;
    }
  }
}
