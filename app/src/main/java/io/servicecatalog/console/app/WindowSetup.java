package io.servicecatalog.console.app;

import io.servicecatalog.console.app.settings.Settings;
import io.servicecatalog.console.app.shell.Themes;
import io.servicecatalog.console.icons.AppIcons;
import io.servicecatalog.console.ui.theme.UiStylesheets;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * What every console window is dressed in: the theme, the console's stylesheets and the window icons. Shared by
 * {@link ConsoleApplication} and the start-up benchmark, so the benchmark measures the path users get.
 */
public final class WindowSetup {

  private WindowSetup() {}

  /**
   * Sets the theme the user pinned, else the light one (the window asks the desktop about "follow the system" off the
   * FX thread later). Loading one theme and then the other would cost the first frame a second stylesheet.
   */
  public static void theme(Settings settings) {
    Themes.apply(Themes.saved(settings) == Themes.Choice.DARK, null);
  }

  /** Adds the console's stylesheets to {@code scene}: the theme bridge for ui-components, then the console's. */
  public static void stylesheets(Scene scene) {
    // The bridge maps AtlantaFX's colour tokens onto ui-components' controls, so both follow the theme.
    scene.getStylesheets().add(UiStylesheets.atlantaFxBridge());
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
  }

  /**
   * Gives {@code stage} its icons. The PNGs (up to 256 px) are decoded on {@code background} and set on {@code fx}
   * when done: decoding them on the FX thread held the first frame back by about a tenth of the start-up time, and
   * a window shows just as well without its icon for the moment it takes.
   *
   * @return completes once the icons are set
   */
  public static CompletableFuture<Void> icons(Stage stage, BackgroundExecutor background, Executor fx) {
    List<URL> urls = AppIcons.windowIconUrls();
    return background.supply(() -> urls.stream().map(url -> new Image(url.toExternalForm())).toList())
        .thenAcceptAsync(images -> stage.getIcons().setAll(images), fx);
  }

  /**
   * Runs {@code action} on the FX thread once {@code scene} has been laid out for its first frame and that pulse is
   * over. For work that would otherwise compete with the first frame for the CPU, such as starting the sandbox.
   */
  public static void afterFirstFrame(Scene scene, Runnable action) {
    Runnable[] once = new Runnable[1];
    once[0] = () -> {
      scene.removePostLayoutPulseListener(once[0]);
      Platform.runLater(action);
    };
    scene.addPostLayoutPulseListener(once[0]);
    Platform.requestNextPulse();
  }
}
