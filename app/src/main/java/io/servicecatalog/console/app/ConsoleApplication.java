package io.servicecatalog.console.app;

import atlantafx.base.theme.PrimerLight;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.settings.PreferencesSettings;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.app.shell.WindowState;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: wires the services and shows the main window. */
public final class ConsoleApplication extends Application {

  private BackgroundExecutor background;
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    AppServices services =
        new AppServices(
            background, Fx.EXECUTOR, PreferencesSettings.forUser(), KubeconfigSource::fromEnvironment, new ClusterConnector());
    window = new MainWindow(services, getHostServices()::showDocument, java.time.Duration.ofSeconds(10));
    Scene scene = new Scene(window, 1200, 780);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setTitle(I18n.t("app.title"));
    stage.setMinWidth(760);
    stage.setMinHeight(480);
    stage.setScene(scene);
    WindowState.restoreAndTrack(stage, services.settings());
    stage.show();
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
    if (background != null) {
      background.close();
    }
  }
}
