package io.servicecatalog.console.bench.app;

import io.servicecatalog.console.app.AppServices;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.ConsoleApplication;
import io.servicecatalog.console.app.Fx;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.WindowSetup;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The console's window built the way {@link ConsoleApplication} builds it (theme, stylesheets, icons, size), with
 * in-memory settings and no kubeconfig, so a probe measures the real start-up path without touching the user's
 * preferences.
 */
public final class ConsoleWindow implements AutoCloseable {

  private final BackgroundExecutor background = new BackgroundExecutor();
  private final MainWindow window;
  private final Stage stage;
  private final Scene scene;

  /** Builds and shows the window; call on the FX thread. */
  public ConsoleWindow(Supplier<SandboxOptions> sandboxOptions, Runnable onFirstLayoutPulse) {
    InMemorySettings settings = new InMemorySettings();
    WindowSetup.theme(settings);
    AppServices services = new AppServices(background, Fx.EXECUTOR, settings,
        () -> new KubeconfigSource(List.of(Path.of("target", "no-such-kubeconfig")), false), new ClusterConnector(),
        sandboxOptions);
    window = new MainWindow(services, url -> { }, Duration.ofSeconds(10));
    scene = new Scene(window, 1200, 780);
    WindowSetup.stylesheets(scene);
    stage = new Stage();
    stage.setTitle(I18n.t("app.title"));
    WindowSetup.icons(stage, background, Fx.EXECUTOR);
    stage.setScene(scene);
    Runnable[] once = new Runnable[1];
    once[0] = () -> {
      scene.removePostLayoutPulseListener(once[0]);
      onFirstLayoutPulse.run();
    };
    scene.addPostLayoutPulseListener(once[0]);
    stage.show();
  }

  public MainWindow window() {
    return window;
  }

  public Scene scene() {
    return scene;
  }

  @Override
  public void close() {
    window.close();
    stage.hide();
    background.close();
  }
}
