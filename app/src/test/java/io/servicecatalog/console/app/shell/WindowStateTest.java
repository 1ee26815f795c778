package io.servicecatalog.console.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.app.settings.InMemorySettings;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowStateTest {

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new Pane(), 300, 200));
    stage.show();
  }

  @Test
  @DisplayName("the window comes back at the size and place it had; a place on no screen is ignored")
  void remembersBounds(FxRobot robot) {
    InMemorySettings settings = new InMemorySettings();
    robot.interact(() -> {
      stage.setX(40);
      stage.setY(60);
      stage.setWidth(900);
      stage.setHeight(700);
      WindowState.save(stage, settings);
      stage.setWidth(400);
      stage.setHeight(300);
      stage.setX(0);
      stage.setY(0);
      WindowState.restore(stage, settings);
    });
    assertThat(stage.getWidth()).isEqualTo(900);
    assertThat(stage.getHeight()).isEqualTo(700);
    assertThat(stage.getX()).isEqualTo(40);
    assertThat(stage.getY()).isEqualTo(60);

    settings.put(WindowState.X, "90000");
    robot.interact(() -> {
      stage.setX(10);
      WindowState.restore(stage, settings);
    });
    assertThat(stage.getX()).isEqualTo(10);
  }
}
