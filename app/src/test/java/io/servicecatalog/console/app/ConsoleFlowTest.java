package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.ContextEntry;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The first slice as a person uses it: choose a context, connect, read the live tables; and the failures. */
@ExtendWith(ApplicationExtension.class)
class ConsoleFlowTest {

  private static MockCluster catalogCluster;
  private static MockCluster bareCluster;
  private static Path kubeconfig;

  private BackgroundExecutor background;
  private MainWindow window;

  @BeforeAll
  static void clusters() throws IOException {
    catalogCluster = new MockCluster().withCatalogCrds().withNamespaces("default", "fixtures").withAllFixtures();
    bareCluster = new MockCluster();
    Path dir = Files.createTempDirectory("console-flow");
    kubeconfig = dir.resolve("config");
    Files.writeString(kubeconfig, """
        apiVersion: v1
        kind: Config
        current-context: catalog
        clusters:
        - {name: catalog, cluster: {server: "%s"}}
        - {name: bare, cluster: {server: "%s"}}
        - {name: down, cluster: {server: "http://127.0.0.1:1"}}
        users:
        - {name: me, user: {token: not-a-real-token}}
        contexts:
        - {name: catalog, context: {cluster: catalog, user: me, namespace: fixtures}}
        - {name: bare, context: {cluster: bare, user: me}}
        - {name: down, context: {cluster: down, user: me}}
        """.formatted(catalogCluster.url(), bareCluster.url()));
  }

  @AfterAll
  static void stopClusters() {
    catalogCluster.close();
    bareCluster.close();
  }

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    AppServices services = new AppServices(background, Fx.EXECUTOR, new InMemorySettings(),
        () -> new KubeconfigSource(List.of(kubeconfig), false), new ClusterConnector());
    window = new MainWindow(services);
    Scene scene = new Scene(window, 1440, 900);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    window.close();
    background.close();
  }

  private void choose(FxRobot robot, String context) {
    await().until(() -> window.connectionModel().contexts().size() == 3);
    ContextEntry entry = window.connectionModel().contexts().stream().filter(c -> c.name().equals(context)).findFirst().orElseThrow();
    robot.interact(() -> window.connectionModel().selectedProperty().set(entry));
    robot.clickOn("#connect");
  }

  @SuppressWarnings("unchecked")
  private static TableView<Object> table(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TableView.class);
  }

  @Test
  @DisplayName("lists the kubeconfig's contexts, connects, and shows the catalog's objects live")
  void connectsAndShowsLiveTables(FxRobot robot) {
    await().until(() -> window.connectionModel().contexts().size() == 3);
    // The table is built when the contexts arrive.
    await().until(() -> robot.lookup("#context-table").tryQuery().isPresent());
    TableView<Object> contexts = table(robot, "#context-table");
    assertThat(contexts.getItems()).hasSize(3);
    // The kubeconfig's current context is preselected.
    assertThat(window.connectionModel().selectedProperty().get().name()).isEqualTo("catalog");
    Screenshots.save(window, "connection-chooser");

    robot.clickOn("#connect");
    await().atMost(Duration.ofSeconds(20)).until(() -> window.cluster().flatMap(c -> c.workspace()).isPresent());
    // Let the scene settle: a lookup that runs while the FX thread swaps views can meet detached nodes.
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#nav-brokers");
    // Five cluster brokers and the namespaced one in the context's namespace.
    await().untilAsserted(() -> {
      assertThat(table(robot, "#brokers-table").getItems()).hasSize(6);
      assertThat(robot.lookup("#context-name").queryAs(Label.class).getText()).isEqualTo("catalog");
    });

    robot.clickOn("#nav-instances");
    TableView<Object> instances = table(robot, "#instances-table");
    await().until(() -> !instances.getItems().isEmpty());
    // Rows are drawn once and moved as images while the table scrolls (Tables.cachedRow).
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.from(instances).lookup(".table-row-cell").<Node>queryAll()).isNotEmpty().allMatch(Node::isCache);
    int before = instances.getItems().size();
    ServiceInstance created = new ServiceInstance();
    created.getMetadata().setName("created-while-watching");
    created.getMetadata().setNamespace("fixtures");
    catalogCluster.client().resource(created).create();
    await().until(() -> instances.getItems().size() == before + 1);
    Screenshots.save(window, "cluster-instances");
    catalogCluster.client().resource(created).delete();
    await().until(() -> instances.getItems().size() == before);

    robot.clickOn("#nav-brokers");
    Screenshots.save(window, "cluster-brokers");
    robot.clickOn("#disconnect");
    await().until(() -> robot.lookup("#context-table").tryQuery().isPresent());
  }

  @Test
  @DisplayName("an unreachable server gives a clear message, keeps the choice, and the window stays usable")
  void unreachableServer(FxRobot robot) {
    choose(robot, "down");
    await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#connect-error").queryAs(Node.class).isVisible());
    assertThat(robot.lookup("#connect-error-title").queryAs(Label.class).getText()).isEqualTo("Cannot reach the API server");
    assertThat(robot.lookup("#connect-error-message").queryAs(Label.class).getText()).contains("http://127.0.0.1:1");
    assertThat(window.connectionModel().selectedProperty().get().name()).isEqualTo("down");
    assertThat(robot.lookup("#connect").queryAs(Node.class).isDisabled()).isFalse();
    Screenshots.save(window, "connection-error");
  }

  @Test
  @DisplayName("a cluster without the Service Catalog says so and installs the CRDs after a confirmation")
  void installsCrdsOnRequest(FxRobot robot) {
    choose(robot, "bare");
    await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#missing-catalog").tryQuery().isPresent());
    Screenshots.save(window, "missing-catalog");
    robot.clickOn("#install-crds");
    await().until(() -> robot.lookup("#crd-confirm").tryQuery().isPresent());
    DialogPane confirm = robot.lookup("#crd-confirm").queryAs(DialogPane.class);
    assertThat(confirm.getContentText()).contains("serviceinstances.servicecatalog.k8s.io").contains("clusterservicebrokers.servicecatalog.k8s.io");
    robot.clickOn(confirm.lookupButton(ButtonType.OK));
    await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#workspace").tryQuery().isPresent());
    assertThat(bareCluster.client().apiextensions().v1().customResourceDefinitions().list().getItems())
        .extracting(crd -> crd.getSpec().getGroup()).containsOnly("servicecatalog.k8s.io").hasSize(8);
  }
}
