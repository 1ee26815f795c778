package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {

  private Button broken;

  @Start
  void start(Stage stage) {
    broken = new Button("broken");
    broken.setId("broken");
    stage.setScene(new Scene(new StackPane(new Label("window"), broken), 400, 300));
    stage.show();
  }

  private static void dismiss(FxRobot robot) {
    DialogPane pane = robot.lookup("#unexpected-error").queryAs(DialogPane.class);
    robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
    await().until(() -> robot.lookup("#unexpected-error").tryQuery().isEmpty());
  }

  @Test
  @DisplayName("an unhandled exception on a worker thread becomes one dialog naming the log file, details folded away")
  void showsDialog(FxRobot robot) throws InterruptedException {
    ErrorReporter reporter = new ErrorReporter();
    Thread worker = new Thread(() -> reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("boom")), "worker");
    worker.start();
    worker.join();
    await().until(() -> robot.lookup("#unexpected-error").tryQuery().isPresent());
    DialogPane pane = robot.lookup("#unexpected-error").queryAs(DialogPane.class);
    String text = ((Label) pane.getContent()).getText();
    assertThat(text).contains("boom").contains(LogFiles.shown().toString());
    assertThat(pane.isExpanded()).isFalse();
    assertThat(pane.getExpandableContent()).isNotNull();
    dismiss(robot);
  }

  @Test
  @DisplayName("an exception thrown by a button's handler on the FX thread gets the dialog and lands in the log file it names")
  void fxThreadExceptionIsLoggedToTheNamedFile(FxRobot robot) throws Exception {
    String marker = "unexpected-" + UUID.randomUUID();
    robot.interact(() -> {
      ErrorReporter.installOnCurrentThread();
      broken.setOnAction(e -> {
        throw new IllegalArgumentException(marker);
      });
    });
    Platform.runLater(broken::fire);
    await().until(() -> robot.lookup("#unexpected-error").tryQuery().isPresent());
    DialogPane pane = robot.lookup("#unexpected-error").queryAs(DialogPane.class);
    Path log = LogFiles.current().orElseThrow();
    assertThat(((Label) pane.getContent()).getText()).contains(marker).contains(log.toString());
    await().untilAsserted(() -> assertThat(Files.readString(log)).contains("Unexpected error on thread JavaFX Application Thread")
        .contains("java.lang.IllegalArgumentException: " + marker));
    // The window survives: the dialog goes, the button is still there and works.
    dismiss(robot);
    robot.interact(() -> broken.setOnAction(null));
    assertThat(robot.lookup("#broken").tryQuery()).isPresent();
  }

  @Test
  @DisplayName("the log file rotates: at most 5 MB, five old files kept, in the folder the launcher points at the data directory")
  void logFileRotates() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    var appender = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
    assertThat(appender).isInstanceOf(RollingFileAppender.class);
    RollingFileAppender<?> rolling = (RollingFileAppender<?>) appender;
    assertThat(Path.of(rolling.getFile()).getFileName()).hasToString("console.log");
    assertThat(rolling.getTriggeringPolicy()).isInstanceOfSatisfying(SizeBasedTriggeringPolicy.class,
        size -> assertThat(size.getMaxFileSize().getSize()).isEqualTo(5L * 1024 * 1024));
    assertThat(rolling.getRollingPolicy()).isInstanceOfSatisfying(FixedWindowRollingPolicy.class,
        window -> assertThat(window.getMaxIndex() - window.getMinIndex() + 1).isEqualTo(5));
    // Tests log to target/logs; the launcher sets console.logDir to the per-user data directory first.
    assertThat(LogFiles.current()).contains(Path.of(rolling.getFile()).toAbsolutePath());
  }
}
