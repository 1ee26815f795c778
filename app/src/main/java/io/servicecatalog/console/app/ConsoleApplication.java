package io.servicecatalog.console.app;

import atlantafx.base.theme.PrimerLight;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.settings.PreferencesSettings;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.icons.AppIcons;
import io.servicecatalog.console.ui.theme.UiStylesheets;
import io.servicecatalog.console.app.shell.WindowState;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
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
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    LaunchOptions launch = LaunchOptions.parse(getParameters().getRaw());
    if (!launch.ignored().isEmpty()) {
      LOG.warn("Ignoring command-line arguments it does not know: {}", launch.ignored());
    }
    background = new BackgroundExecutor();
    AppServices services =
        new AppServices(
            background,
            Fx.EXECUTOR,
            PreferencesSettings.forUser(),
            KubeconfigSource::fromEnvironment,
            new ClusterConnector(),
            launch::sandboxOptions);
    window = new MainWindow(services, getHostServices()::showDocument, java.time.Duration.ofSeconds(10));
    Scene scene = new Scene(window, 1200, 780);
    // The bridge maps AtlantaFX's colour tokens onto ui-components' controls, so both follow the theme.
    scene.getStylesheets().add(UiStylesheets.atlantaFxBridge());
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setTitle(I18n.t("app.title"));
    stage.getIcons().setAll(AppIcons.windowIconUrls().stream().map(url -> new Image(url.toExternalForm())).toList());
    stage.setMinWidth(760);
    stage.setMinHeight(480);
    stage.setScene(scene);
    WindowState.restoreAndTrack(stage, services.settings());
    stage.show();
    if (launch.sandbox()) {
      window.connectionModel().connectSandbox();
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
