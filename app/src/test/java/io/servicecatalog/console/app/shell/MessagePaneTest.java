package io.servicecatalog.console.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.app.ConsoleException;
import java.io.IOException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MessagePaneTest {

  private final MessagePane pane = new MessagePane("test-error");

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(pane), 600, 400));
    stage.show();
  }

  @Test
  @DisplayName("hidden and empty until there is an error; then headline, what happened, what to do and the details")
  void buildsOnFirstError(FxRobot robot) {
    assertThat(pane.isVisible()).isFalse();
    assertThat(pane.getChildren()).isEmpty();

    robot.interact(() -> pane.show(new ConsoleException("Cannot reach the API server", "Nothing answered.",
        "Check the address.", new IOException("Connection refused"))));
    assertThat(pane.isVisible()).isTrue();
    assertThat(robot.lookup("#test-error-title").queryAs(Label.class).getText()).isEqualTo("Cannot reach the API server");
    assertThat(robot.lookup("#test-error-message").queryAs(Label.class).getText()).isEqualTo("Nothing answered.");
    assertThat(robot.lookup("#test-error-action").queryAs(Label.class).getText()).isEqualTo("Check the address.");
    TitledPane details = robot.from(pane).lookup(".titled-pane").queryAs(TitledPane.class);
    assertThat(details.isVisible()).isTrue();
    assertThat(details.isExpanded()).isFalse();
    assertThat(((TextArea) details.getContent()).getText()).contains("Connection refused");

    // An error without a cause has no details to fold away; the next one with a cause shows them again.
    robot.interact(() -> pane.show(new ConsoleException("Forbidden", "No.", "Ask an admin.", null)));
    assertThat(details.isVisible()).isFalse();
    assertThat(robot.lookup("#test-error-title").queryAs(Label.class).getText()).isEqualTo("Forbidden");
    robot.interact(() -> pane.show(new ConsoleException("Again", "Still.", "Wait.", new IOException("timed out"))));
    assertThat(details.isVisible()).isTrue();
    assertThat(((TextArea) details.getContent()).getText()).contains("timed out").doesNotContain("Connection refused");

    robot.interact(() -> pane.show(null));
    assertThat(pane.isVisible()).isFalse();
    assertThat(pane.isManaged()).isFalse();
  }
}
