package io.servicecatalog.console.app.shell;

import io.servicecatalog.console.app.AppServices;
import io.servicecatalog.console.app.connection.ClusterConnection;
import io.servicecatalog.console.app.connection.ConnectionView;
import io.servicecatalog.console.app.connection.ConnectionViewModel;
import io.servicecatalog.console.app.connection.SandboxTarget;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.layout.StackPane;

/** The window's content: the connection chooser until connected, then the cluster view. */
public final class MainWindow extends StackPane implements AutoCloseable {

  private final AppServices services;
  private final ConnectionViewModel connectionModel;
  private final Consumer<String> openUrl;
  private final Duration probeInterval;
  private ClusterView cluster;

  public MainWindow(AppServices services) {
    this(services, url -> {}, Duration.ofSeconds(10));
  }

  /**
   * @param services the app's shared services
   * @param openUrl opens a link in the user's browser (the application's HostServices)
   * @param probeInterval how often the connection indicator asks the API server whether it is there
   */
  public MainWindow(AppServices services, Consumer<String> openUrl, Duration probeInterval) {
    this.services = services;
    this.openUrl = openUrl;
    this.probeInterval = probeInterval;
    setId("main-window");
    getStyleClass().add("main-window");
    this.connectionModel =
        new ConnectionViewModel(
            services.background(),
            services.fx(),
            services.settings(),
            services.connector(),
            services.kubeconfig(),
            () -> new SandboxTarget(services.sandboxOptions()),
            this::showCluster);
    Themes.applyChoice(Themes.saved(services.settings()), this, services.background(), services.fx());
    showConnection();
    connectionModel.loadInitial();
  }

  public ConnectionViewModel connectionModel() {
    return connectionModel;
  }

  /** The connected view, while connected. */
  public Optional<ClusterView> cluster() {
    return Optional.ofNullable(cluster);
  }

  private void showConnection() {
    getChildren().setAll(new ConnectionView(connectionModel));
  }

  private void showCluster(ClusterConnection connection) {
    closeCluster();
    cluster = new ClusterView(connection, services.background(), services.fx(), services.settings(), openUrl, probeInterval,
        this::disconnect);
    getChildren().setAll(cluster);
  }

  private void disconnect() {
    // Closing stops informers and the client's threads; keep it off the FX thread.
    ClusterView closing = cluster;
    cluster = null;
    if (closing != null) {
      services.background().run(closing::close);
    }
    showConnection();
  }

  private void closeCluster() {
    if (cluster != null) {
      cluster.close();
      cluster = null;
    }
  }

  @Override
  public void close() {
    closeCluster();
  }
}
