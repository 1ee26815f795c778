package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(new Label("window")), 400, 300));
    stage.show();
  }

  @Test
  @DisplayName("an unhandled exception on a worker thread becomes one dialog naming the log folder, details folded away")
  void showsDialog(FxRobot robot) throws InterruptedException {
    ErrorReporter reporter = new ErrorReporter();
    Thread worker = new Thread(() -> reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("boom")), "worker");
    worker.start();
    worker.join();
    await().until(() -> robot.lookup("#unexpected-error").tryQuery().isPresent());
    DialogPane pane = robot.lookup("#unexpected-error").queryAs(DialogPane.class);
    String text = ((Label) pane.getContent()).getText();
    assertThat(text).contains("boom").contains(DataDirectory.logs().toString());
    assertThat(pane.isExpanded()).isFalse();
    assertThat(pane.getExpandableContent()).isNotNull();
    robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.OK)).fire());
    await().until(() -> robot.lookup("#unexpected-error").tryQuery().isEmpty());
  }
}
