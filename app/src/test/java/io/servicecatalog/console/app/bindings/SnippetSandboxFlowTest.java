package io.servicecatalog.console.app.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.app.AppServices;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.ConsoleApplication;
import io.servicecatalog.console.app.Fx;
import io.servicecatalog.console.app.Screenshots;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.store.LiveRow;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.LocalObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBindingSpec;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import io.servicecatalog.console.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Against the embedded sandbox and its controller: a Ready binding of the message queue, its Pod snippet in every mode
 * compared with the expected YAML, then Unbind with confirmation until the binding and its Secret are gone.
 */
@ExtendWith(ApplicationExtension.class)
class SnippetSandboxFlowTest {

  private static final String NAMESPACE = "demo";
  private static final String BINDING = "queue-binding";
  private static Sandbox sandbox;
  private static KubernetesClient client;
  private static Path kubeconfig;
  private static Locale previous;

  private BackgroundExecutor background;
  private MainWindow window;

  @BeforeAll
  static void startSandbox() throws IOException {
    previous = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    sandbox = Sandbox.start();
    client = sandbox.newClient();
    kubeconfig = Files.createTempDirectory("snippet-flow").resolve("config");
    Files.writeString(kubeconfig, """
        apiVersion: v1
        kind: Config
        current-context: sandbox
        clusters:
        - {name: sandbox, cluster: {server: "%s"}}
        users:
        - {name: me, user: {token: sandbox-token}}
        contexts:
        - {name: sandbox, context: {cluster: sandbox, user: me, namespace: %s}}
        """.formatted(sandbox.apiUrl(), NAMESPACE));
  }

  @AfterAll
  static void stopSandbox() {
    client.close();
    sandbox.close();
    Locale.setDefault(previous);
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

  @SuppressWarnings("unchecked")
  private static TableView<LiveRow<HasMetadata>> table(FxRobot robot) {
    return robot.lookup("#bindings-table").queryAs(TableView.class);
  }

  private static void createReadyBinding() {
    ServiceInstance instance = new ServiceInstance();
    instance.getMetadata().setName("queue");
    instance.getMetadata().setNamespace(NAMESPACE);
    ServiceInstanceSpec spec = new ServiceInstanceSpec();
    spec.setClusterServiceClassExternalName("managed-message-queue");
    spec.setClusterServicePlanExternalName("standard");
    instance.setSpec(spec);
    client.resource(instance).create();
    ServiceBinding binding = new ServiceBinding();
    binding.getMetadata().setName(BINDING);
    binding.getMetadata().setNamespace(NAMESPACE);
    ServiceBindingSpec bindingSpec = new ServiceBindingSpec();
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName("queue");
    bindingSpec.setInstanceRef(ref);
    bindingSpec.setSecretName(BINDING);
    binding.setSpec(bindingSpec);
    client.resource(binding).create();
  }

  @Test
  @DisplayName("a Ready binding's Pod snippet in every mode equals the expected YAML; Unbind removes the binding and its Secret")
  void snippetAndUnbind(FxRobot robot) {
    await().until(() -> window.connectionModel().contexts().size() == 1);
    robot.clickOn("#connect");
    await().atMost(Duration.ofSeconds(30)).until(() -> window.cluster().flatMap(c -> c.workspace()).isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    createReadyBinding();
    robot.clickOn("#nav-bindings");
    await().atMost(Duration.ofSeconds(60)).until(() -> Tables.<HasMetadata>objects(table(robot)).stream()
        .anyMatch(b -> b.getMetadata().getName().equals(BINDING) && ResourceStatus.of(b).phase() == Phase.READY));
    robot.interact(() -> table(robot).getSelectionModel().select(table(robot).getItems().stream()
        .filter(b -> b.key().endsWith("/" + BINDING)).findFirst().orElseThrow()));
    await().until(() -> robot.lookup("#binding-snippet").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    Screenshots.save(window, "bindings-ready-actions");

    robot.clickOn("#binding-snippet");
    await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#snippet-pane").tryQuery().isPresent());
    SnippetDriver driver = new SnippetDriver(robot);
    PodSnippetPane pane = driver.pane();
    // The keys come from the Secret the controller wrote from the broker's credentials.
    assertThat(pane.options().secretKeys()).containsExactly("privateKeyData", "projectId", "role", "subscription", "topic", "url");
    assertThat(robot.lookup("#snippet-keys-note").tryQuery()).isEmpty();
    driver.perKeyEnv();
    assertThat(pane.yaml()).isEqualTo(SnippetDriver.expected("snippet-env-pod.yaml"));
    driver.envFromDeployment();
    assertThat(pane.yaml()).isEqualTo(SnippetDriver.expected("snippet-envfrom-deployment.yaml"));
    driver.docsVolume();
    assertThat(pane.yaml()).isEqualTo(SnippetDriver.expected("snippet-volume-docs.yaml"));
    Screenshots.save(pane, "sandbox-snippet-docs-volume");
    robot.interact(() -> pane.getScene().getWindow().hide());

    // The instance's detail lists the binding with an Unbind link that leads to the same confirmation; cancel it there.
    robot.clickOn("#binding-instance");
    await().until(() -> robot.lookup("#instance-unbind-" + BINDING).tryQuery().isPresent());
    // The bindings are listed at the end of the instance's detail.
    robot.interact(() -> robot.lookup("#instances-detail").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
    robot.clickOn("#instance-unbind-" + BINDING);
    await().until(() -> robot.lookup("#unbind-confirm").tryQuery().isPresent());
    robot.clickOn(robot.lookup("#unbind-confirm .button").lookup((Button b) -> b.isCancelButton()).queryAs(Button.class));
    await().until(() -> robot.lookup("#unbind-confirm").tryQuery().isEmpty());
    assertThat(client.resources(ServiceBinding.class).inNamespace(NAMESPACE).withName(BINDING).get()).isNotNull();
    await().until(() -> robot.lookup("#binding-unbind").tryQuery().isPresent());

    robot.clickOn("#binding-unbind");
    await().until(() -> robot.lookup("#unbind-confirm").tryQuery().isPresent());
    Label header = robot.lookup("#unbind-confirm .header-panel .label").queryAs(Label.class);
    assertThat(header.getText()).isEqualTo("Unbind queue-binding and delete its Secret queue-binding?");
    Screenshots.save(robot.lookup("#unbind-confirm").query(), "unbind-confirm");
    robot.clickOn(robot.lookup("#unbind-ok").queryAs(Button.class));
    await().atMost(Duration.ofSeconds(60)).until(() -> robot.lookup("#unbind-message").queryAs(Label.class).getText()
        .equals("queue-binding is unbound and its Secret queue-binding is gone."));
    assertThat(Tables.<HasMetadata>objects(table(robot))).noneMatch(b -> b.getMetadata().getName().equals(BINDING));
    assertThat(client.secrets().inNamespace(NAMESPACE).withName(BINDING).get()).isNull();
    Node status = robot.lookup("#unbind-status").query();
    assertThat(status.isVisible()).isTrue();
    Screenshots.save(window, "bindings-unbound");
  }
}
