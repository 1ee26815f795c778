package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.shell.Themes;
import io.servicecatalog.console.icons.AppIcons;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowSetupTest {

  private final BackgroundExecutor background = new BackgroundExecutor();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stop() {
    background.close();
  }

  @Test
  @DisplayName("the window icons are decoded off the FX thread and then all set on the stage, every size loaded")
  void icons(FxRobot robot) {
    robot.interact(() -> WindowSetup.icons(stage, background, Fx.EXECUTOR));
    await().until(() -> stage.getIcons().size() == AppIcons.WINDOW_ICON_SIZES.size());
    assertThat(stage.getIcons()).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
    assertThat(stage.getIcons().stream().mapToDouble(Image::getWidth).boxed().toList())
        .containsExactlyElementsOf(AppIcons.WINDOW_ICON_SIZES.stream().map(Integer::doubleValue).toList());
  }

  @Test
  @DisplayName("work put off until after the first frame runs once, on the FX thread, with the window laid out")
  void afterFirstFrame(FxRobot robot) {
    List<String> ran = new CopyOnWriteArrayList<>();
    Label label = new Label("first frame");
    robot.interact(() -> {
      Scene scene = new Scene(new StackPane(label), 300, 200);
      stage.setScene(scene);
      WindowSetup.afterFirstFrame(scene, () -> ran.add(Platform.isFxApplicationThread() + " " + (label.getWidth() > 0)));
      stage.show();
    });
    await().until(() -> !ran.isEmpty());
    robot.interact(() -> label.setText("a later frame"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ran).containsExactly("true true");
  }

  @Test
  @DisplayName("the theme the user pinned is the one loaded first; otherwise the light one")
  void pinnedThemeFirst(FxRobot robot) {
    InMemorySettings settings = new InMemorySettings();
    settings.put(Themes.SETTING, Themes.Choice.DARK.name());
    robot.interact(() -> WindowSetup.theme(settings));
    assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
    robot.interact(() -> WindowSetup.theme(new InMemorySettings()));
    assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
  }
}
