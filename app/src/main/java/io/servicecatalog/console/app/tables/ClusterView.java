package io.servicecatalog.console.app.tables;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ClusterConnection;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.app.crd.CrdInstaller;
import io.servicecatalog.console.app.settings.Settings;
import io.servicecatalog.console.app.shell.MessagePane;
import io.servicecatalog.console.app.store.CatalogStore;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connected window: which cluster and namespace, and the Service Catalog's objects in live tables; or,
 * on a cluster that does not serve the Service Catalog, an explanation and an offer to install the CRDs.
 */
public final class ClusterView extends BorderPane implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterView.class);
  /** The namespace chooser's entry for "all namespaces". */
  static final String ALL = "";

  private final ClusterConnection connection;
  private final BackgroundExecutor background;
  private final Executor fx;
  private final Settings settings;
  private final CrdInstaller installer = new CrdInstaller();
  private final ComboBox<String> namespaces = new ComboBox<>();
  private CatalogStore store;

  public ClusterView(
      ClusterConnection connection, BackgroundExecutor background, Executor fx, Settings settings, Runnable onDisconnect) {
    this.connection = connection;
    this.background = background;
    this.fx = fx;
    this.settings = settings;
    setId("cluster-view");
    setTop(toolbar(onDisconnect));
    if (connection.catalogServed()) {
      showTables();
    } else {
      setCenter(missingCatalog());
    }
  }

  private HBox toolbar(Runnable onDisconnect) {
    Label context = new Label(connection.target().displayName());
    context.setId("context-name");
    context.getStyleClass().add("context-name");
    Label server = new Label(connection.serverVersion().isEmpty()
        ? I18n.t("cluster.version.unknown")
        : I18n.t("cluster.version", connection.serverVersion()));
    server.setId("server-version");
    server.getStyleClass().add("text-muted");
    Label nsLabel = new Label(I18n.t("cluster.namespace"));
    namespaces.setId("namespace");
    namespaces.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(String ns) {
        return ns == null ? "" : ns.equals(ALL) ? I18n.t("cluster.allNamespaces") : ns;
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    });
    String initial = settings.get(Settings.LAST_NAMESPACE).orElse(connection.namespace());
    namespaces.getItems().setAll(ALL, initial);
    namespaces.setValue(initial);
    namespaces.valueProperty().addListener((obs, old, now) -> {
      if (now != null && store != null) {
        settings.put(Settings.LAST_NAMESPACE, now);
        store.switchNamespace(now.equals(ALL) ? Optional.empty() : Optional.of(now));
      }
    });
    loadNamespaces(initial);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button disconnect = new Button(I18n.t("cluster.disconnect"));
    disconnect.setId("disconnect");
    disconnect.setOnAction(e -> onDisconnect.run());
    HBox bar = new HBox(12, context, server, grow, nsLabel, namespaces, disconnect);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(10, 16, 10, 16));
    bar.getStyleClass().add("cluster-toolbar");
    return bar;
  }

  /** Lists namespaces off the FX thread; without permission the chooser keeps the context's namespace. */
  private void loadNamespaces(String initial) {
    background
        .supply(() -> connection.client().namespaces().list().getItems().stream()
            .map(Namespace::getMetadata)
            .map(m -> m.getName())
            .sorted()
            .collect(Collectors.toList()))
        .whenCompleteAsync((names, error) -> {
          if (error != null) {
            LOG.info("Cannot list namespaces ({}); offering only {}", ConnectionErrors.rootMessage(error), initial);
            return;
          }
          List<String> items = new ArrayList<>();
          items.add(ALL);
          items.addAll(names);
          if (!names.contains(initial) && !initial.equals(ALL)) {
            items.add(initial);
          }
          String value = namespaces.getValue();
          namespaces.getItems().setAll(items);
          namespaces.setValue(value);
        }, fx);
  }

  private void showTables() {
    store = new CatalogStore(connection.client(), fx, background.timers());
    String ns = namespaces.getValue();
    store.start(ns == null || ns.equals(ALL) ? Optional.empty() : Optional.of(ns));
    TabPane tabs = new TabPane();
    tabs.setId("resource-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    for (ServiceCatalogKind kind : CatalogStore.kinds()) {
      ResourceTable table = new ResourceTable(kind, store.list(kind).items(), store.state(kind));
      Tab tab = new Tab(I18n.t("tab." + kind.kind()), table);
      tab.setId("tab-" + kind.plural());
      tabs.getTabs().add(tab);
    }
    setCenter(tabs);
  }

  private VBox missingCatalog() {
    Label title = new Label(I18n.t("crd.missing.title"));
    title.getStyleClass().add("title-3");
    Label text = new Label(I18n.t("crd.missing.message", connection.target().displayName()));
    text.setWrapText(true);
    Label note = new Label(I18n.t("crd.missing.note"));
    note.setWrapText(true);
    note.getStyleClass().add("text-muted");
    Button install = new Button(I18n.t("crd.install"));
    install.setId("install-crds");
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    spinner.setVisible(false);
    MessagePane error = new MessagePane("crd-error");
    install.setOnAction(e -> confirmAndInstall(install, spinner, error));
    HBox actions = new HBox(8, install, spinner);
    actions.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(12, title, text, note, actions, error);
    box.setId("missing-catalog");
    box.setPadding(new Insets(32));
    box.setMaxWidth(720);
    return box;
  }

  private void confirmAndInstall(Button install, ProgressIndicator spinner, MessagePane error) {
    List<HasMetadata> planned = installer.planned(connection);
    String list = planned.stream()
        .map(crd -> "• " + crd.getMetadata().getName() + "  (" + crd.getApiVersion() + ")")
        .collect(Collectors.joining("\n"));
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("crd.confirm.message", connection.target().displayName(), list),
        ButtonType.CANCEL, ButtonType.OK);
    confirm.setTitle(I18n.t("crd.confirm.title"));
    confirm.setHeaderText(I18n.t("crd.confirm.header", planned.size()));
    confirm.getDialogPane().setId("crd-confirm");
    confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
      install.setDisable(true);
      spinner.setVisible(true);
      error.show(null);
      CompletableFuture<Void> done = background.run(() -> installer.install(connection));
      done.whenCompleteAsync((v, failure) -> {
        spinner.setVisible(false);
        install.setDisable(false);
        if (failure == null) {
          showTables();
        } else {
          Throwable cause = failure.getCause() == null ? failure : failure.getCause();
          error.show(cause instanceof ConsoleException c ? c
              : ConnectionErrors.describe(cause, connection.target().displayName(), ""));
        }
      }, fx);
    });
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
    connection.close();
  }
}
