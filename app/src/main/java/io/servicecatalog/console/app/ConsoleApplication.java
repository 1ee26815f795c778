package io.servicecatalog.console.app;

import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.settings.PreferencesSettings;
import io.servicecatalog.console.app.settings.Settings;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.app.shell.WindowState;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: wires the services and shows the main window. */
public final class ConsoleApplication extends Application {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleApplication.class);

  private BackgroundExecutor background;
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    ErrorReporter.installOnCurrentThread();
    Settings settings = PreferencesSettings.forUser();
    WindowSetup.theme(settings);
    LaunchOptions launch = LaunchOptions.parse(getParameters().getRaw());
    if (!launch.ignored().isEmpty()) {
      LOG.warn("Ignoring command-line arguments it does not know: {}", launch.ignored());
    }
    background = new BackgroundExecutor();
    AppServices services =
        new AppServices(
            background,
            Fx.EXECUTOR,
            settings,
            KubeconfigSource::fromEnvironment,
            new ClusterConnector(),
            launch::sandboxOptions);
    window = new MainWindow(services, getHostServices()::showDocument, java.time.Duration.ofSeconds(10));
    Scene scene = new Scene(window, 1200, 780);
    WindowSetup.stylesheets(scene);
    stage.setTitle(I18n.t("app.title"));
    WindowSetup.icons(stage, background, Fx.EXECUTOR);
    stage.setMinWidth(760);
    stage.setMinHeight(480);
    stage.setScene(scene);
    WindowState.restoreAndTrack(stage, services.settings());
    stage.show();
    if (launch.sandbox()) {
      // Once the window is on screen: the sandbox's start keeps both cores busy for seconds.
      WindowSetup.afterFirstFrame(scene, () -> window.connectionModel().connectSandbox());
    }
  }

  @Override
  public void stop() {
    // Writes still on their way finish first, while the connection they use is still open.
    if (background != null) {
      background.close();
    }
    if (window != null) {
      window.close();
    }
  }
}
