package io.servicecatalog.console.app.shell;

import io.servicecatalog.console.app.AppServices;
import io.servicecatalog.console.app.connection.ClusterConnection;
import io.servicecatalog.console.app.connection.ConnectionView;
import io.servicecatalog.console.app.connection.ConnectionViewModel;
import io.servicecatalog.console.app.connection.SandboxTarget;
import io.servicecatalog.console.app.tables.ClusterView;
import javafx.scene.layout.StackPane;

/** The window's content: the connection chooser until connected, then the cluster view. */
public final class MainWindow extends StackPane implements AutoCloseable {

  private final AppServices services;
  private final ConnectionViewModel connectionModel;
  private ClusterView cluster;

  public MainWindow(AppServices services) {
    this.services = services;
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
    showConnection();
    connectionModel.loadInitial();
  }

  public ConnectionViewModel connectionModel() {
    return connectionModel;
  }

  private void showConnection() {
    getChildren().setAll(new ConnectionView(connectionModel));
  }

  private void showCluster(ClusterConnection connection) {
    closeCluster();
    cluster = new ClusterView(connection, services.background(), services.fx(), services.settings(), this::disconnect);
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
