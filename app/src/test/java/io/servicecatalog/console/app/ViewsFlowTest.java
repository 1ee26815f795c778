package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.servicecatalog.console.app.bindings.BindingsView;
import io.servicecatalog.console.app.brokers.BrokersView;
import io.servicecatalog.console.app.brokers.RegisterBrokerModel;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.ContextEntry;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.instances.InstancesView;
import io.servicecatalog.console.app.marketplace.MarketplaceView;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.shell.ClusterView;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.app.shell.Place;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.shell.Themes;
import io.servicecatalog.console.app.shell.Workspace;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.ui.controls.MaskedValue;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import io.servicecatalog.console.ui.editor.CodeEditor;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main views as a catalog operator uses them, against a mock cluster holding the real controller's objects. */
@ExtendWith(ApplicationExtension.class)
class ViewsFlowTest {

  private static final String PNG = "data:image/png;base64,"
      + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

  private static MockCluster cluster;
  /** A second API server, reached through a proxy the test can cut; the outage must not disturb the others. */
  private static MockCluster lossCluster;
  private static TcpProxy proxy;
  private static Path kubeconfig;

  private final List<String> opened = new CopyOnWriteArrayList<>();
  private InMemorySettings settings;
  private BackgroundExecutor background;
  private MainWindow window;
  private Stage stage;

  @BeforeAll
  static void cluster() throws IOException {
    cluster = MockCluster.withExpectations().withCatalogCrds().withNamespaces("default", "fixtures").withAllFixtures()
        .withFixture("secret-test-binding-plain.json")
        .withJson("""
            {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServiceClass",
             "metadata": {"name": "postgres-db-id"},
             "spec": {"clusterServiceBrokerName": "test-broker", "externalName": "postgres-db", "externalID": "postgres-db-id",
               "description": "Managed PostgreSQL with daily backups", "bindable": true, "planUpdatable": true,
               "tags": ["database", "sql"],
               "externalMetadata": {"displayName": "PostgreSQL Database", "providerDisplayName": "Acme Data",
                 "longDescription": "A managed PostgreSQL 15 server with daily backups, point-in-time recovery and TLS.",
                 "documentationUrl": "https://docs.example.com/postgres", "supportUrl": "https://support.example.com",
                 "imageUrl": "%s"}}}
            """.formatted(PNG))
        .withJson("""
            {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServicePlan", "metadata": {"name": "pg-small-id"},
             "spec": {"clusterServiceBrokerName": "test-broker", "externalName": "small", "externalID": "pg-small-id",
               "description": "Shared CPU, 1 GB", "free": true, "clusterServiceClassRef": {"name": "postgres-db-id"},
               "externalMetadata": {"displayName": "Small", "bullets": ["1 GB storage", "Shared CPU"]}}}
            """)
        .withJson("""
            {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServicePlan", "metadata": {"name": "pg-large-id"},
             "spec": {"clusterServiceBrokerName": "test-broker", "externalName": "large", "externalID": "pg-large-id",
               "description": "Dedicated 4 vCPU, 100 GB", "free": false, "clusterServiceClassRef": {"name": "postgres-db-id"},
               "externalMetadata": {"displayName": "Large", "bullets": ["100 GB storage", "4 vCPU"],
                 "costs": [{"amount": {"usd": 99.0, "eur": 89.5}, "unit": "MONTHLY"}]},
               "instanceCreateParameterSchema": {"type": "object", "properties": {"version": {"type": "string"}}}}}
            """)
        .withJson("""
            {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServiceClass", "metadata": {"name": "legacy-db-id"},
             "spec": {"clusterServiceBrokerName": "test-broker", "externalName": "legacy-db", "externalID": "legacy-db-id",
               "description": "The old database service", "bindable": true, "tags": ["database"]},
             "status": {"removedFromBrokerCatalog": true}}
            """)
        .answerAccessReviews(true);
    lossCluster = new MockCluster().withCatalogCrds().withNamespaces("fixtures");
    proxy = new TcpProxy(URI.create(lossCluster.url()).getPort());
    kubeconfig = Files.createTempDirectory("views-flow").resolve("config");
    Files.writeString(kubeconfig, """
        apiVersion: v1
        kind: Config
        current-context: catalog
        clusters:
        - {name: catalog, cluster: {server: "%s"}}
        - {name: proxied, cluster: {server: "%s"}}
        users:
        - {name: me, user: {token: not-a-real-token}}
        contexts:
        - {name: catalog, context: {cluster: catalog, user: me, namespace: fixtures}}
        - {name: proxied, context: {cluster: proxied, user: me, namespace: fixtures}}
        """.formatted(cluster.url(), proxy.url()));
  }

  @AfterAll
  static void stopCluster() throws IOException {
    proxy.close();
    lossCluster.close();
    cluster.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    settings = new InMemorySettings();
    settings.put(Themes.SETTING, Themes.Choice.LIGHT.name());
    AppServices services = new AppServices(background, Fx.EXECUTOR, settings,
        () -> new KubeconfigSource(List.of(kubeconfig), false), new ClusterConnector());
    window = new MainWindow(services, opened::add, Duration.ofMillis(250));
    Scene scene = new Scene(window, 1440, 900);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    // The extension reuses one stage: start every test at the full size.
    stage.setWidth(1440);
    stage.setHeight(900);
    stage.show();
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> {
      Themes.apply(false, window);
      // Windows the test opened (YAML) must not cover the next test's window.
      new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide);
    });
    window.close();
    background.close();
  }

  private Workspace connect(FxRobot robot, String context) {
    await().until(() -> window.connectionModel().contexts().size() == 2);
    ContextEntry entry = window.connectionModel().contexts().stream().filter(c -> c.name().equals(context)).findFirst().orElseThrow();
    robot.interact(() -> window.connectionModel().selectedProperty().set(entry));
    robot.clickOn("#connect");
    await().atMost(Duration.ofSeconds(20)).until(() -> window.cluster().flatMap(ClusterView::workspace).isPresent());
    // Let the scene settle: a lookup that runs while the FX thread swaps views can meet detached nodes.
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    return window.cluster().flatMap(ClusterView::workspace).orElseThrow();
  }

  /** Clicks a navigation button and waits until its view is shown. */
  private static void nav(FxRobot robot, Workspace workspace, Place place) {
    robot.clickOn("#nav-" + place.id());
    await().atMost(Duration.ofSeconds(5)).until(() -> workspace.current() == place);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
  }

  private void size(FxRobot robot, double width, double height) {
    robot.interact(() -> {
      stage.setWidth(width);
      stage.setHeight(height);
    });
    robot.interact(() -> window.getScene().getRoot().layout());
  }

  private void shoot(FxRobot robot, String name) {
    robot.interact(() -> { });
    Screenshots.save(window, name);
  }

  @SuppressWarnings("unchecked")
  private static <T> TableView<T> table(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TableView.class);
  }

  @Test
  @DisplayName("finds a service by search and filters, opens it, reads plan costs and follows its documentation link")
  void marketplaceSearchFilterAndDetail(FxRobot robot) {
    Workspace workspace = connect(robot, "catalog");
    MarketplaceView marketplace = (MarketplaceView) workspace.page(Place.MARKETPLACE);
    // 27 fixture classes + 3 namespaced + postgres; the removed legacy-db is hidden until asked for.
    await().untilAsserted(() -> assertThat(marketplace.model().shown()).hasSize(31));
    shoot(robot, "marketplace-1440-light");

    robot.clickOn("#marketplace-search").write("postgres");
    await().untilAsserted(() -> assertThat(marketplace.model().shown()).extracting(e -> e.externalName()).containsExactly("postgres-db"));
    robot.write(" zzz");
    await().until(() -> robot.lookup("#marketplace-empty").queryAs(Node.class).isVisible());
    assertThat(robot.lookup("#marketplace-empty-title").queryAs(Label.class).getText()).isEqualTo("No services match");
    robot.clickOn("#marketplace-empty-action");
    assertThat(robot.lookup("#marketplace-search").queryAs(TextInputControl.class).getText()).isEmpty();
    assertThat(marketplace.model().shown()).hasSize(31);
    // Ctrl+F from anywhere in the view puts the cursor in the search field.
    robot.clickOn("#marketplace-count");
    robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    Node searchField = robot.lookup("#marketplace-search").queryAs(Node.class);
    await().untilAsserted(() -> assertThat(searchField.getScene().getFocusOwner()).isSameAs(searchField));

    robot.interact(() -> robot.lookup("#marketplace-tag").queryAs(ComboBox.class).setValue("database"));
    assertThat(marketplace.model().shown()).extracting(e -> e.externalName()).containsExactly("postgres-db");
    robot.clickOn("#marketplace-removed");
    assertThat(marketplace.model().shown()).extracting(e -> e.externalName()).containsExactlyInAnyOrder("postgres-db", "legacy-db");
    assertThat(marketplace.model().shown()).filteredOn(e -> e.externalName().equals("legacy-db")).singleElement()
        .satisfies(e -> assertThat(e.removed()).isTrue());
    robot.clickOn("#marketplace-removed");
    robot.interact(() -> robot.lookup("#marketplace-tag").queryAs(ComboBox.class).setValue(null));
    robot.interact(() -> robot.lookup("#marketplace-scope").queryAs(ComboBox.class).setValue(
        io.servicecatalog.console.app.marketplace.MarketplaceModel.Scope.NAMESPACE));
    assertThat(marketplace.model().shown()).hasSize(3).allSatisfy(e -> assertThat(e.broker()).isEqualTo("ns-ups-broker"));
    robot.interact(() -> marketplace.model().clearFilters());
    robot.clickOn("#marketplace-free");
    // Every fixture class has a free default plan.
    assertThat(marketplace.model().shown()).hasSize(31);
    robot.clickOn("#marketplace-free");

    robot.clickOn("#marketplace-search").write("PostgreSQL");
    robot.clickOn(MarketplaceView.tile("tile-postgres-db"));
    await().until(() -> robot.lookup("#detail-title").tryQuery().isPresent());
    assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).isEqualTo("PostgreSQL Database");
    assertThat(robot.lookup("#plan-cost-large").queryAs(Label.class).getText()).contains("$99.00").contains("89.50").contains("per month");
    assertThat(robot.lookup("#plan-cost-small").queryAs(Label.class).getText()).isEqualTo("Free");
    // Every plan card offers the provision wizard.
    assertThat(robot.lookup("#provision-large").queryAs(Button.class).isDisabled()).isFalse();
    robot.clickOn("#detail-docs");
    assertThat(opened).containsExactly("https://docs.example.com/postgres");
    shoot(robot, "service-detail-1440-light");
    size(robot, 1024, 640);
    shoot(robot, "service-detail-1024-light");
    robot.interact(() -> Themes.apply(true, window));
    shoot(robot, "service-detail-1024-dark");

    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    await().until(() -> robot.lookup("#detail-title").tryQuery().isEmpty());
    robot.clickOn("#marketplace-search").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    shoot(robot, "marketplace-1024-dark");
    size(robot, 1440, 900);
    shoot(robot, "marketplace-1440-dark");
  }

  @Test
  @DisplayName("registers a cluster broker after testing its connection, with a new basic-auth Secret")
  void registersBroker(FxRobot robot) throws Exception {
    try (TestBroker broker = new TestBroker()) {
      Workspace workspace = connect(robot, "catalog");
      nav(robot, workspace, Place.BROKERS);
      robot.clickOn("#brokers-register");
      await().until(() -> robot.lookup("#register-name").tryQuery().isPresent());
      robot.clickOn("#register-name").write("redis-broker");
      robot.clickOn("#register-url").write(broker.url());
      robot.interact(() -> robot.lookup("#register-auth").queryAs(ComboBox.class).setValue(RegisterBrokerModel.Auth.BASIC));
      // The form grows when basic auth is chosen; fill the new fields directly rather than by screen position.
      robot.interact(() -> {
        robot.lookup("#register-secret-name").queryAs(TextInputControl.class).setText("redis-broker-auth");
        robot.lookup("#register-username").queryAs(TextInputControl.class).setText(TestBroker.USER);
        robot.lookup("#register-password").queryAs(TextInputControl.class).setText(TestBroker.PASSWORD);
      });
      robot.clickOn("#register-test");
      await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
          assertThat(robot.lookup("#register-preview").queryAs(TextArea.class).getText()).contains("2 services").contains("redis").contains("queue"));
      robot.clickOn("#register-insecure");
      assertThat(robot.lookup("#register-insecure-warning").queryAs(Node.class).isVisible()).isTrue();
      Screenshots.save(robot.lookup("#register-broker").queryAs(Node.class), "register-broker-light");
      robot.clickOn("#register-insecure");
      robot.clickOn("#register-save");

      await().atMost(Duration.ofSeconds(15)).until(() ->
          cluster.client().resources(ClusterServiceBroker.class).withName("redis-broker").get() != null);
      ClusterServiceBroker created = cluster.client().resources(ClusterServiceBroker.class).withName("redis-broker").get();
      assertThat(created.getSpec().getUrl()).isEqualTo(broker.url());
      assertThat(created.getSpec().getRelistBehavior()).isEqualTo("Duration");
      assertThat(created.getSpec().getRelistDuration()).isEqualTo("15m");
      assertThat(created.getSpec().getInsecureSkipTLSVerify()).isNull();
      assertThat(created.getSpec().getAuthInfo().getBasic().getSecretRef().getName()).isEqualTo("redis-broker-auth");
      assertThat(created.getSpec().getAuthInfo().getBasic().getSecretRef().getNamespace()).isEqualTo("fixtures");
      Secret secret = cluster.client().secrets().inNamespace("fixtures").withName("redis-broker-auth").get();
      String user = secret.getData() != null && secret.getData().containsKey("username")
          ? new String(Base64.getDecoder().decode(secret.getData().get("username")), StandardCharsets.UTF_8)
          : secret.getStringData().get("username");
      assertThat(user).isEqualTo(TestBroker.USER);
      // The new broker appears live in the table.
      await().untilAsserted(() -> assertThat(Tables.<HasMetadata>objects(table(robot, "#brokers-table")))
          .anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(ClusterServiceBroker.class,
              cluster -> assertThat(cluster.getMetadata().getName()).isEqualTo("redis-broker"))));
      BrokersView brokers = (BrokersView) workspace.page(Place.BROKERS);
      robot.interact(() -> brokers.select(null, "redis-broker"));
      // Edit: switch to manual relisting; the name is fixed, the rest of the spec is kept.
      robot.clickOn("#broker-edit");
      await().until(() -> robot.lookup("#register-manual-relist").tryQuery().isPresent());
      assertThat(robot.lookup("#register-name").queryAs(Node.class).isDisabled()).isTrue();
      assertThat(robot.lookup("#register-url").queryAs(TextInputControl.class).getText()).isEqualTo(broker.url());
      robot.clickOn("#register-manual-relist");
      robot.clickOn("#register-save");
      await().atMost(Duration.ofSeconds(15)).until(() -> "Manual".equals(
          cluster.client().resources(ClusterServiceBroker.class).withName("redis-broker").get().getSpec().getRelistBehavior()));
      assertThat(cluster.client().resources(ClusterServiceBroker.class).withName("redis-broker").get().getSpec()
          .getAuthInfo().getBasic().getSecretRef().getName()).isEqualTo("redis-broker-auth");
      await().untilAsserted(() -> assertThat(robot.lookup("#broker-relist").queryAs(Label.class).getText()).startsWith("Only when synced"));
      robot.clickOn("#broker-delete");
      await().until(() -> robot.lookup("#broker-delete-confirm").tryQuery().isPresent());
      robot.clickOn(robot.lookup("#broker-delete-confirm").queryAs(javafx.scene.control.DialogPane.class)
          .lookupButton(javafx.scene.control.ButtonType.OK));
      await().until(() -> cluster.client().resources(ClusterServiceBroker.class).withName("redis-broker").get() == null);
      cluster.client().resource(secret).delete();
    }
  }

  @Test
  @DisplayName("syncs a broker: relistRequests goes up by one on the server")
  void syncsBroker(FxRobot robot) {
    Workspace workspace = connect(robot, "catalog");
    nav(robot, workspace, Place.BROKERS);
    BrokersView brokers = (BrokersView) workspace.page(Place.BROKERS);
    await().until(() -> table(robot, "#brokers-table").getItems().size() >= 6);
    long before = cluster.client().resources(ClusterServiceBroker.class).withName("test-broker").get().getSpec().getRelistRequests();
    robot.interact(() -> brokers.select(null, "test-broker"));
    assertThat(robot.lookup("#broker-name").queryAs(Label.class).getText()).isEqualTo("test-broker");
    assertThat(robot.lookup("#broker-counts").queryAs(Label.class).getText()).startsWith("26 services");
    shoot(robot, "brokers-1440-light");
    robot.clickOn("#broker-sync");
    await().until(() -> cluster.client().resources(ClusterServiceBroker.class).withName("test-broker").get()
        .getSpec().getRelistRequests() == before + 1);
    await().untilAsserted(() -> assertThat(robot.lookup("#brokers-feedback").queryAs(Label.class).getText()).contains("test-broker"));
    // The live update keeps the broker selected.
    await().untilAsserted(() -> assertThat(robot.lookup("#broker-relist").queryAs(Label.class).getText()).contains((before + 1) + " manual"));
    assertThat(settings.get("view.last")).contains("BROKERS");
    robot.interact(() -> brokers.select(null, "dead-broker"));
    size(robot, 1024, 640);
    shoot(robot, "brokers-1024-light");
    robot.interact(() -> Themes.apply(true, window));
    shoot(robot, "brokers-1024-dark");
  }

  @Test
  @DisplayName("shows a binding's Secret masked, reveals and copies a key, and opens its YAML")
  void revealsSecretKey(FxRobot robot) {
    Workspace workspace = connect(robot, "catalog");
    nav(robot, workspace, Place.BINDINGS);
    BindingsView bindings = (BindingsView) workspace.page(Place.BINDINGS);
    await().until(() -> table(robot, "#bindings-table").getItems().size() == 8);
    ServiceBinding testBinding = cluster.client().resources(ServiceBinding.class).inNamespace("fixtures").withName("test-binding").get();
    robot.interact(() -> bindings.select(testBinding));
    await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#secret-special-key-1").tryQuery().isPresent());
    MaskedValue value = robot.lookup("#secret-special-key-1").queryAs(MaskedValue.class);
    Secret secret = cluster.client().secrets().inNamespace("fixtures").withName("test-binding").get();
    String expected = new String(Base64.getDecoder().decode(secret.getData().get("special-key-1")), StandardCharsets.UTF_8);
    assertThat(value.displayedText()).isNotEqualTo(expected).matches("\u2022+");
    robot.clickOn("#secret-special-key-1-reveal");
    assertThat(value.displayedText()).isEqualTo(expected);
    robot.clickOn("#secret-special-key-1-copy");
    AtomicReference<String> clip = new AtomicReference<>();
    robot.interact(() -> clip.set(Clipboard.getSystemClipboard().getString()));
    assertThat(clip.get()).isEqualTo(expected);
    robot.clickOn("#secret-reveal-all");
    assertThat(robot.lookup("#secret-special-key-2").queryAs(MaskedValue.class).isRevealed()).isTrue();
    robot.clickOn("#secret-reveal-all");
    assertThat(value.isRevealed()).isFalse();
    shoot(robot, "bindings-1440-light");
    robot.interact(() -> Themes.apply(true, window));
    shoot(robot, "bindings-1440-dark");
    robot.interact(() -> Themes.apply(false, window));

    robot.clickOn("#binding-yaml");
    await().until(() -> robot.lookup("#yaml-text").tryQuery().isPresent());
    assertThat(robot.lookup("#yaml-text").queryAs(CodeEditor.class).getText()).contains("kind: \"ServiceBinding\"").contains("name: \"test-binding\"");
    Screenshots.save(robot.lookup("#yaml-text").queryAs(Node.class).getScene().getRoot(), "yaml-light");
  }

  @Test
  @DisplayName("instances show class and plan, parameters from Secrets as <redacted>, and follow a namespace switch")
  void instancesAndNamespaceSwitch(FxRobot robot) {
    Workspace workspace = connect(robot, "catalog");
    nav(robot, workspace, Place.INSTANCES);
    InstancesView instances = (InstancesView) workspace.page(Place.INSTANCES);
    TableView<ServiceInstance> table = table(robot, "#instances-table");
    await().until(() -> table.getItems().size() == 15);
    ServiceInstance paramsFrom = cluster.client().resources(ServiceInstance.class).inNamespace("fixtures").withName("paramsfrom-instance").get();
    robot.interact(() -> instances.select(paramsFrom));
    assertThat(robot.lookup("#instance-parameters").queryAs(TextArea.class).getText()).contains("<redacted>");
    assertThat(robot.lookup("#instance-bindings").queryAs(Node.class)).isNotNull();
    shoot(robot, "instances-1440-light");
    size(robot, 1024, 640);
    shoot(robot, "instances-1024-light");
    robot.interact(() -> Themes.apply(true, window));
    shoot(robot, "instances-1024-dark");
    robot.interact(() -> Themes.apply(false, window));

    @SuppressWarnings("unchecked")
    ComboBox<String> namespaces = robot.lookup("#namespace").queryAs(ComboBox.class);
    await().until(() -> namespaces.getItems().contains("default"));
    robot.interact(() -> namespaces.setValue("default"));
    await().until(() -> table.getItems().isEmpty());
    await().untilAsserted(() -> assertThat(robot.lookup("#instances-empty").queryAs(Label.class).getText()).contains("default"));
    shoot(robot, "instances-empty-1024-light");
    robot.interact(() -> namespaces.setValue(""));
    await().until(() -> table.getItems().size() == 15);
  }

  @Test
  @DisplayName("an empty catalog says what to do; a lost connection is shown with its reason and clears when the server answers again")
  void emptyCatalogAndConnectionLoss(FxRobot robot) throws IOException {
    Workspace workspace = connect(robot, "proxied");
    await().untilAsserted(() -> assertThat(robot.lookup("#marketplace-empty-title").queryAs(Label.class).getText())
        .isEqualTo("No services yet"));
    robot.clickOn("#marketplace-empty-action");
    await().until(() -> robot.lookup("#register-broker").tryQuery().isPresent());
    assertThat(workspace.current()).isEqualTo(Place.BROKERS);
    robot.clickOn(robot.lookup("#register-broker").queryAs(javafx.scene.control.DialogPane.class)
        .lookupButton(javafx.scene.control.ButtonType.CANCEL));
    assertThat(robot.lookup("#brokers-empty").queryAs(Node.class).isVisible()).isTrue();
    shoot(robot, "brokers-empty-1440-light");
    Label state = robot.lookup("#connection-state").queryAs(Label.class);
    await().untilAsserted(() -> assertThat(state.getText()).isEqualTo("Connected"));
    proxy.cut();
    try {
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(state.getText()).isEqualTo("Connection lost"));
      assertThat(state.getTooltip().getText()).contains("does not answer");
      shoot(robot, "connection-lost-1440-light");
    } finally {
      proxy.restore();
    }
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(state.getText()).isEqualTo("Connected"));
  }
}
