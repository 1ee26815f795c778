package io.servicecatalog.console.app.shell;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.SecretClipboard;
import io.servicecatalog.console.app.connection.ClusterConnection;
import io.servicecatalog.console.app.connection.SandboxTarget;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.app.crd.CrdInstaller;
import io.servicecatalog.console.app.settings.Settings;
import io.servicecatalog.console.app.store.CatalogStore;
import io.servicecatalog.console.app.yaml.YamlView;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connected window: a toolbar with the context, namespace, connection state and theme, and below it the
 * {@link Workspace} with the main views; or, on a cluster that does not serve the Service Catalog, an
 * explanation and an offer to install the CRDs.
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
  private final ConnectionMonitor monitor;
  private final Consumer<String> openUrl;
  private CatalogStore store;
  private Workspace workspace;
  private final ControllerOffer controllerOffer;

  public ClusterView(ClusterConnection connection, BackgroundExecutor background, Executor fx, Settings settings,
      Consumer<String> openUrl, Duration probeInterval, Runnable onDisconnect) {
    this.connection = connection;
    this.background = background;
    this.fx = fx;
    this.settings = settings;
    this.openUrl = openUrl;
    this.monitor = new ConnectionMonitor(ConnectionMonitor.versionProbe(connection.client()), background, fx, probeInterval, 3);
    String initialNamespace = settings.get(Settings.LAST_NAMESPACE).orElse(connection.namespace());
    if (connection.catalogServed()) {
      // Listing a large catalog is the longest part of connecting: it starts before the controls are built.
      startStore(initialNamespace);
    }
    setId("cluster-view");
    getStyleClass().add("cluster-view");
    controllerOffer = new ControllerOffer(connection.client(), background, fx);
    setTop(new VBox(toolbar(onDisconnect, initialNamespace), controllerOffer));
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (store != null && (e.getCode() == KeyCode.F5 || (e.isShortcutDown() && e.getCode() == KeyCode.R))) {
        refresh();
        e.consume();
      } else if (workspace != null) {
        workspace.shortcut(e);
      }
    });
    monitor.start();
    if (connection.catalogServed()) {
      showTables();
    } else {
      setCenter(missingCatalog());
    }
  }

  private HBox toolbar(Runnable onDisconnect, String initial) {
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
    Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
    refresh.setId("refresh");
    refresh.getStyleClass().addAll("flat", "button-icon");
    refresh.setTooltip(new Tooltip(I18n.t("cluster.refresh")));
    refresh.setOnAction(e -> refresh());
    Button disconnect = new Button(I18n.t("cluster.disconnect"));
    disconnect.setId("disconnect");
    disconnect.setOnAction(e -> onDisconnect.run());
    server.setMinWidth(0);
    context.setMinWidth(60);
    context.setTooltip(new Tooltip(connection.target().displayName()));
    HBox bar = new HBox(12, context, server, connectionIndicator(), grow, nsLabel, namespaces, themeMenu(), refresh, disconnect);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(10, 16, 10, 16));
    bar.getStyleClass().add("cluster-toolbar");
    return bar;
  }

  private Label connectionIndicator() {
    Label indicator = new Label();
    indicator.setId("connection-state");
    indicator.getStyleClass().add("connection-state");
    indicator.setMinWidth(Region.USE_PREF_SIZE);
    Tooltip tip = new Tooltip();
    indicator.setTooltip(tip);
    Runnable update = () -> {
      ConnectionMonitor.Status status = monitor.statusProperty().get();
      indicator.getStyleClass().removeIf(c -> c.startsWith("connection-"));
      indicator.getStyleClass().addAll("connection-state", "connection-" + status.state().name().toLowerCase(Locale.ROOT));
      indicator.setText(I18n.t("connection.state." + status.state().name().toLowerCase(Locale.ROOT)));
      FontIcon icon = new FontIcon(switch (status.state()) {
        case CONNECTED -> Material2AL.CLOUD_DONE;
        case RECONNECTING -> Material2MZ.SYNC_PROBLEM;
        case LOST -> Material2AL.CLOUD_OFF;
      });
      indicator.setGraphic(icon);
      tip.setText(status.reason().isEmpty()
          ? I18n.t("connection.tooltip.connected", connection.target().displayName())
          : I18n.t("connection.tooltip.problem", status.reason()));
    };
    monitor.statusProperty().addListener((obs, old, now) -> update.run());
    update.run();
    return indicator;
  }

  private MenuButton themeMenu() {
    MenuButton menu = new MenuButton(null, new FontIcon(Material2AL.BRIGHTNESS_4));
    menu.setId("theme");
    menu.getStyleClass().addAll("flat", "button-icon");
    menu.setTooltip(new Tooltip(I18n.t("theme.tooltip")));
    ToggleGroup group = new ToggleGroup();
    Themes.Choice saved = Themes.saved(settings);
    for (Themes.Choice choice : Themes.Choice.values()) {
      RadioMenuItem item = new RadioMenuItem(I18n.t("theme." + choice.name().toLowerCase(Locale.ROOT)));
      item.setId("theme-" + choice.name().toLowerCase(Locale.ROOT));
      item.setToggleGroup(group);
      item.setSelected(choice == saved);
      item.setOnAction(e -> {
        settings.put(Themes.SETTING, choice.name());
        applyTheme(choice);
      });
      menu.getItems().add(item);
    }
    menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), clipboardMenu());
    return menu;
  }

  /** How long a copied secret stays on the clipboard (see {@link SecretClipboard}). */
  private javafx.scene.control.Menu clipboardMenu() {
    javafx.scene.control.Menu menu = new javafx.scene.control.Menu(I18n.t("clipboard.menu"));
    menu.setId("clipboard-clear");
    ToggleGroup group = new ToggleGroup();
    java.time.Duration saved = SecretClipboard.clearAfter(settings);
    for (java.time.Duration choice : SecretClipboard.CHOICES) {
      RadioMenuItem item = new RadioMenuItem(choice.isZero() ? I18n.t("clipboard.never")
          : choice.toSeconds() < 60 ? I18n.t("clipboard.seconds", choice.toSeconds()) : I18n.t("clipboard.minutes", choice.toMinutes()));
      item.setId("clipboard-clear-" + choice.toSeconds());
      item.setToggleGroup(group);
      item.setSelected(choice.equals(saved));
      item.setOnAction(e -> SecretClipboard.setClearAfter(settings, choice));
      menu.getItems().add(item);
    }
    return menu;
  }

  /** Applies a theme choice; the system's preference is read off the FX thread. */
  void applyTheme(Themes.Choice choice) {
    Themes.applyChoice(choice, getScene() == null ? this : getScene().getRoot(), background, fx);
  }

  /** Lists and watches everything afresh. */
  public void refresh() {
    monitor.checkNow();
    if (store != null) {
      CatalogStore current = store;
      background.run(current::restart);
    }
  }

  /** The connection indicator's model. */
  public ConnectionMonitor monitor() {
    return monitor;
  }

  /** The open connection this view shows. */
  public ClusterConnection connection() {
    return connection;
  }

  /** The navigation and views, once the catalog is served. */
  public Optional<Workspace> workspace() {
    return Optional.ofNullable(workspace);
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

  /** Starts watching the catalog in {@code ns} (or all namespaces). */
  private void startStore(String ns) {
    store = new CatalogStore(connection.client(), fx, background.timers());
    store.start(ns == null || ns.equals(ALL) ? Optional.empty() : Optional.of(ns));
    CatalogStore resyncing = store;
    // Back after an outage: relist, because a resumed watch misses what a restarted server forgot.
    monitor.statusProperty().addListener((obs, old, now) -> {
      if (old.state() == ConnectionMonitor.State.LOST && now.state() == ConnectionMonitor.State.CONNECTED && store == resyncing) {
        background.run(resyncing::resync);
      }
    });
  }

  /** Shows the catalog's pages, watching it first if it was not served when the view was made. */
  private void showTables() {
    if (store == null) {
      startStore(namespaces.getValue());
    }
    CatalogStore live = store;
    workspace = new Workspace(settings, navigator -> new ViewContext(connection, live, background, fx, settings, openUrl,
        object -> YamlView.show(getScene() == null ? null : getScene().getWindow(), object), navigator));
    setCenter(workspace);
    // The sandbox runs the console's controller itself; elsewhere offer it only when no controller is found.
    if (!(connection.target() instanceof SandboxTarget)) {
      controllerOffer.check();
    }
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
    connection.releaseOwnedTarget();
    controllerOffer.close();
    monitor.close();
    if (store != null) {
      store.close();
    }
    connection.close();
  }
}
