package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.servicecatalog.console.app.connection.ClusterConnection;
import io.servicecatalog.console.app.connection.ConnectionTarget;
import io.servicecatalog.console.app.provision.ProvisionWizard;
import io.servicecatalog.console.app.provision.Provisioner;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.app.store.CatalogStore;
import io.servicecatalog.console.app.wizard.ReviewStep;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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

/**
 * The provision wizard keeps everything typed through a failed create: the name taken meanwhile (409) and the
 * API server going away; the user fixes or waits, then creates without retyping.
 */
@ExtendWith(ApplicationExtension.class)
class ProvisionRetryFlowTest {

  private static MockCluster cluster;
  private static TcpProxy proxy;

  private BackgroundExecutor background;
  private KubernetesClient proxied;
  private CatalogStore store;
  private StackPane root;

  @BeforeAll
  static void cluster() throws IOException {
    cluster = MockCluster.withExpectations().withCatalogCrds().withNamespaces("default", "demo")
        .withJson("""
            {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServiceClass", "metadata": {"name": "db-id"},
             "spec": {"clusterServiceBrokerName": "cloud", "externalName": "orders-db", "externalID": "db-id",
               "description": "A database", "bindable": true}}
            """)
        .withJson("""
            {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServicePlan", "metadata": {"name": "db-small"},
             "spec": {"clusterServiceBrokerName": "cloud", "externalName": "small", "externalID": "db-small",
               "description": "Small", "free": true, "clusterServiceClassRef": {"name": "db-id"},
               "instanceCreateParameterSchema": {"type": "object", "required": ["adminPassword"],
                 "properties": {"storageGb": {"type": "integer", "default": 20},
                                "adminPassword": {"type": "string", "format": "password", "minLength": 12}}}}}
            """)
        .answerAccessReviews(false);
    proxy = new TcpProxy(URI.create(cluster.url()).getPort());
  }

  @AfterAll
  static void stopCluster() throws IOException {
    proxy.close();
    cluster.close();
  }

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    Config config = new ConfigBuilder().withMasterUrl(proxy.url()).withRequestRetryBackoffLimit(0)
        .withConnectionTimeout(2000).withRequestTimeout(3000).build();
    proxied = new KubernetesClientBuilder().withConfig(config).build();
    store = new CatalogStore(cluster.client(), Fx.EXECUTOR, background.timers());
    store.start(Optional.empty());
    root = new StackPane();
    Scene scene = new Scene(root, 960, 640);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    store.close();
    proxied.close();
    background.close();
  }

  /** Presses Create as a separate click (a second click on the same spot would count as a double click). */
  private static void create(FxRobot robot) {
    robot.moveTo("#wizard-title").clickOn("#wizard-next");
  }

  private static String problemTitle(FxRobot robot) {
    VBox pane = robot.lookup("#wizard-problem").queryAs(VBox.class);
    return pane.isVisible() ? robot.lookup("#wizard-problem-title").queryAs(Label.class).getText() : "";
  }

  @Test
  @DisplayName("a name taken meanwhile (409) and an API server that stopped answering: fix or wait, create again, nothing retyped")
  void failedCreatesKeepEverything(FxRobot robot) throws IOException {
    await().until(() -> store.list(ServiceCatalogKind.CLUSTER_SERVICE_PLAN).items().size() == 1
        && store.list(ServiceCatalogKind.CLUSTER_SERVICE_CLASS).items().size() == 1);
    ServiceClassResource cls = (ServiceClassResource) store.list(ServiceCatalogKind.CLUSTER_SERVICE_CLASS).items().get(0);
    ServicePlanResource plan = (ServicePlanResource) store.list(ServiceCatalogKind.CLUSTER_SERVICE_PLAN).items().get(0);
    ConnectionTarget target = new ConnectionTarget() {
      @Override
      public String displayName() {
        return "test";
      }

      @Override
      public Config config() {
        return proxied.getConfiguration();
      }
    };
    ClusterConnection connection = new ClusterConnection(target, proxied, "1.22", true, "demo");
    List<ServiceInstance> shown = new CopyOnWriteArrayList<>();
    ViewContext context = new ViewContext(connection, store, background, Fx.EXECUTOR, new InMemorySettings(),
        url -> {}, object -> {}, (place, then) -> {});
    ProvisionWizard[] holder = new ProvisionWizard[1];
    robot.interact(() -> {
      holder[0] = new ProvisionWizard(context, new Provisioner(proxied), cls, plan,
          new ProvisionWizard.Callbacks(shown::add, shown::add));
      root.getChildren().setAll(holder[0].wizard());
      holder[0].wizard().start();
    });
    ProvisionWizard wizard = holder[0];

    robot.clickOn("#wizard-next");
    TextField name = robot.lookup("#provision-name").queryAs(TextField.class);
    assertThat(name.getText()).isEqualTo("orders-db");
    // The user may not create namespaces: the choice is among the existing ones.
    await().until(() -> wizard.model().namespaces().contains("default"));
    assertThat(wizard.model().namespaceProperty().get()).isEqualTo("demo");
    robot.clickOn("#wizard-next");
    robot.clickOn("#sf-adminPassword").write("a-long-password");
    await().until(() -> !robot.lookup("#wizard-next").queryButton().isDisabled());
    robot.clickOn("#wizard-next");
    String reviewed = ((ReviewStep) wizard.wizard().current()).yaml();

    // Someone else takes the name while the user reviews.
    ServiceInstance theirs = new ServiceInstance();
    theirs.getMetadata().setName("orders-db");
    theirs.getMetadata().setNamespace("demo");
    cluster.client().resource(theirs).create();
    create(robot);
    await().until(() -> problemTitle(robot).equals("The name is taken"));
    assertThat(robot.lookup("#wizard-problem-message").queryAs(Label.class).getText()).contains("orders-db").contains("demo");
    assertThat(wizard.wizard().current().id()).isEqualTo("review");
    Screenshots.save(wizard.wizard(), "provision-retry-409");
    robot.clickOn("#wizard-back");
    robot.clickOn("#wizard-back");
    await().until(() -> robot.lookup("#provision-name-problem").queryAs(Label.class).getText().contains("already exists"));
    robot.clickOn("#provision-name").write("-2");
    robot.clickOn("#wizard-next");
    assertThat(robot.lookup("#sf-adminPassword").queryAs(PasswordField.class).getText()).isEqualTo("a-long-password");
    robot.clickOn("#wizard-next");
    assertThat(((ReviewStep) wizard.wizard().current()).yaml()).isEqualTo(reviewed
        .replace("name: \"orders-db\"", "name: \"orders-db-2\"").replace("orders-db-parameters", "orders-db-2-parameters")
        .replace("parameters-for: \"orders-db\"", "parameters-for: \"orders-db-2\""));

    proxy.cut();
    try {
      create(robot);
      await().until(() -> problemTitle(robot).equals("Cannot reach the API server"));
      assertThat(robot.lookup("#wizard-problem-action").queryAs(Label.class).getText()).contains("kept");
      assertThat(wizard.wizard().current().id()).isEqualTo("review");
      Screenshots.save(wizard.wizard(), "provision-retry-api-down");
    } finally {
      proxy.restore();
    }
    create(robot);
    await().until(() -> wizard.wizard().current().id().equals("progress"));
    ServiceInstance created = cluster.client().resources(ServiceInstance.class).inNamespace("demo").withName("orders-db-2").get();
    assertThat(created.getSpec().getParameters().toString()).isEqualTo("{\"storageGb\":20}");
    assertThat(created.getSpec().getParametersFrom()).singleElement()
        .satisfies(f -> assertThat(f.getSecretKeyRef().getName()).isEqualTo("orders-db-2-parameters"));
    Secret secret = cluster.client().secrets().inNamespace("demo").withName("orders-db-2-parameters").get();
    String stored = secret.getStringData() != null ? secret.getStringData().get("parameters")
        : new String(Base64.getDecoder().decode(secret.getData().get("parameters")), StandardCharsets.UTF_8);
    assertThat(stored).isEqualTo("{\"adminPassword\":\"a-long-password\"}");
    // Closing after creating deletes nothing.
    robot.clickOn("#wizard-close");
    assertThat(cluster.client().resources(ServiceInstance.class).inNamespace("demo").withName("orders-db-2").get()).isNotNull();
  }
}
