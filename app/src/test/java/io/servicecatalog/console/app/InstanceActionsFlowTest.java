package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.bind.BindWizard;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.instances.InstancesView;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.shell.ClusterView;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.app.shell.Place;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.shell.Workspace;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.ui.controls.MaskedValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An operator looks after instances on the sandbox: changes a database's plan, finds that the message queue does not
 * allow plan changes, binds the queue with a renamed key, and deprovisions it, which first asks to unbind.
 */
@ExtendWith(ApplicationExtension.class)
class InstanceActionsFlowTest {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private BackgroundExecutor background;
  private MainWindow window;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    AppServices services = new AppServices(background, Fx.EXECUTOR, new InMemorySettings(),
        () -> new KubeconfigSource(List.of(Path.of("target", "no-such-kubeconfig")), true), new ClusterConnector());
    window = new MainWindow(services);
    Scene scene = new Scene(window, 1440, 900);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> new java.util.ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    window.close();
    background.close();
  }

  private static ServiceInstance instance(KubernetesClient client, String name) {
    return client.resources(ServiceInstance.class).inNamespace("default").withName(name).get();
  }

  private static void create(KubernetesClient client, String json) {
    client.resource(JSON.unmarshal(json, ServiceInstance.class)).create();
  }

  @Test
  @DisplayName("updates a plan, is told why a queue's plan cannot change, binds with a renamed key, and deprovisions after unbinding")
  void instanceActionsOnTheSandbox(FxRobot robot) {
    await().until(() -> !window.connectionModel().problems().isEmpty() || robot.lookup("#open-sandbox").tryQuery().isPresent());
    robot.clickOn("#open-sandbox");
    await().atMost(Duration.ofSeconds(60)).until(() -> window.cluster().flatMap(ClusterView::workspace).isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    ClusterView cluster = window.cluster().orElseThrow();
    Workspace workspace = cluster.workspace().orElseThrow();
    KubernetesClient client = cluster.connection().client();
    // Two instances made the way kubectl would make them; the embedded controller provisions them.
    create(client, """
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ServiceInstance",
         "metadata": {"name": "orders-db", "namespace": "default"},
         "spec": {"clusterServiceClassExternalName": "managed-database", "clusterServicePlanExternalName": "standard",
                  "parameters": {"version": "15", "storageGb": 20, "adminPassword": "correct-horse-battery"}}}
        """);
    create(client, """
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ServiceInstance",
         "metadata": {"name": "events-queue", "namespace": "default"},
         "spec": {"clusterServiceClassExternalName": "managed-message-queue", "clusterServicePlanExternalName": "standard"}}
        """);
    await().atMost(Duration.ofSeconds(60)).until(() -> List.of("orders-db", "events-queue").stream()
        .allMatch(n -> instance(client, n) != null && ResourceStatus.of(instance(client, n)).phase() == Phase.READY));

    robot.clickOn("#nav-" + Place.INSTANCES.id());
    await().until(() -> workspace.current() == Place.INSTANCES);
    InstancesView instances = (InstancesView) workspace.page(Place.INSTANCES);
    AtomicReference<ServiceBinding> ready = new AtomicReference<>();
    robot.interact(() -> instances.setOnBindingReady(ready::set));
    TableView<?> table = robot.lookup("#instances-table").queryAs(TableView.class);
    await().until(() -> Tables.<ServiceInstance>objects(table).stream().filter(i -> ResourceStatus.of(i).phase() == Phase.READY)
        .count() >= 2);

    // 1. Change the database's plan: the review shows the one change before it is applied.
    robot.interact(() -> instances.select(instance(client, "orders-db")));
    robot.clickOn("#instance-update");
    await().until(() -> robot.lookup("#update-plan").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    ComboBox<ServicePlanResource> plan = robot.lookup("#update-plan").queryAs(ComboBox.class);
    assertThat(plan.isDisabled()).isFalse();
    ServicePlanResource premium = plan.getItems().stream().filter(p -> "premium".equals(p.getSpec().getExternalName())).findFirst().orElseThrow();
    robot.interact(() -> plan.setValue(premium));
    Screenshots.save(robot.lookup("#update-instance").queryAs(Node.class), "update-instance-plan");
    robot.clickOn("#update-next");
    await().until(() -> robot.lookup("#update-change-plan").tryQuery().isPresent());
    assertThat(robot.lookup("#update-change-after-plan").queryAs(Label.class).getText()).isEqualTo(premium.getSpec().displayName());
    assertThat(robot.lookup("#update-changes").queryAs(javafx.scene.layout.GridPane.class).getChildren()).hasSize(6);
    Screenshots.save(robot.lookup("#update-instance").queryAs(Node.class), "update-instance-review");
    robot.clickOn("#update-apply");
    await().atMost(Duration.ofSeconds(20)).until(() -> "premium".equals(instance(client, "orders-db").getSpec().getClusterServicePlanExternalName()));
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      ServiceInstance db = instance(client, "orders-db");
      return ResourceStatus.of(db).phase() == Phase.READY && db.getStatus().getExternalProperties() != null
          && "premium".equals(db.getStatus().getExternalProperties().getClusterServicePlanExternalName());
    });
    await().untilAsserted(() -> assertThat(robot.lookup("#instance-feedback").queryAs(Label.class).getText()).contains("orders-db"));
    Screenshots.save(window, "instance-actions-1440");
    robot.interact(() -> {
      stage.setWidth(1024);
      stage.setHeight(640);
    });
    robot.interact(() -> window.getScene().getRoot().layout());
    Screenshots.save(window, "instance-actions-1024");

    // 2. The queue's class forbids plan changes: the choice is disabled and the dialog says why.
    robot.interact(() -> instances.select(instance(client, "events-queue")));
    robot.clickOn("#instance-update");
    await().until(() -> robot.lookup("#update-plan-reason").tryQuery().isPresent());
    assertThat(robot.lookup("#update-plan").queryAs(Node.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#update-plan-reason").queryAs(Label.class).getText()).contains("does not allow plan changes");
    Screenshots.save(robot.lookup("#update-instance").queryAs(Node.class), "update-instance-plan-forbidden");
    robot.clickOn(robot.lookup("#update-instance").queryAs(DialogPane.class).lookupButton(javafx.scene.control.ButtonType.CANCEL));

    // 3. Bind the queue, renaming the "topic" key.
    robot.clickOn("#instance-bind");
    await().until(() -> robot.lookup("#bind-name").tryQuery().isPresent());
    assertThat(robot.lookup("#bind-secret-name").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("events-queue-binding");
    robot.clickOn("#wizard-next");
    await().until(() -> robot.lookup("#wizard-step-parameters").tryQuery().isPresent());
    // Enter goes on, wherever focus was left by the step change (never onto Close).
    robot.type(javafx.scene.input.KeyCode.ENTER);
    await().until(() -> robot.lookup("#bind-transform-add").tryQuery().isPresent());
    robot.clickOn("#bind-transform-add");
    robot.clickOn("#bind-transform-first-0").write("topic");
    robot.clickOn("#bind-transform-second-0").write("TOPIC_NAME");
    await().until(() -> robot.lookup("#wizard-next").queryAs(Button.class).isDisabled() == false);
    Screenshots.save(robot.lookup("#bind-wizard").queryAs(Node.class), "bind-wizard-transforms");
    robot.clickOn("#wizard-next");
    await().until(() -> robot.lookup("#review-yaml").tryQuery().isPresent());
    assertThat(((io.servicecatalog.console.ui.editor.CodeEditor) robot.lookup("#review-yaml").queryAs(Node.class)).getText())
        .contains("renameKey").contains("TOPIC_NAME");
    Screenshots.save(robot.lookup("#bind-wizard").queryAs(Node.class), "bind-wizard-review");
    robot.clickOn("#wizard-next");
    await().atMost(Duration.ofSeconds(60)).until(() -> robot.lookup("#bind-secret-TOPIC_NAME").tryQuery().isPresent());
    MaskedValue topic = robot.lookup("#bind-secret-TOPIC_NAME").queryAs(MaskedValue.class);
    assertThat(topic.displayedText()).matches("\u2022+");
    assertThat(robot.lookup("#bind-secret-topic").tryQuery()).isEmpty();
    await().until(() -> ready.get() != null);
    assertThat(ready.get().getMetadata().getName()).isEqualTo("events-queue-binding");
    Screenshots.save(robot.lookup("#bind-wizard").queryAs(Node.class), "bind-wizard-ready");
    // The last step: the Pod snippet for the new Secret, with the renamed key as a variable.
    robot.clickOn("#bind-pod-snippet");
    await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#snippet-yaml").tryQuery().isPresent()
        && robot.lookup("#snippet-yaml").queryAs(io.servicecatalog.console.ui.editor.CodeEditor.class).getText()
            .contains("key: TOPIC_NAME"));
    Screenshots.save(robot.lookup("#snippet-pane").queryAs(Node.class), "bind-wizard-pod-snippet");
    robot.interact(() -> robot.lookup("#snippet-pane").queryAs(Node.class).getScene().getWindow().hide());
    robot.clickOn("#wizard-close");

    // 4. Deprovisioning the queue is blocked by its binding: the dialog offers to unbind first.
    robot.interact(() -> instances.select(instance(client, "events-queue")));
    await().until(() -> robot.lookup("#instance-bindings").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
        .anyMatch(n -> n.lookup(".hyperlink") != null));
    robot.clickOn("#instance-deprovision");
    await().until(() -> robot.lookup("#deprovision-unbind-all").tryQuery().isPresent());
    DialogPane confirm = robot.lookup("#deprovision-confirm").queryAs(DialogPane.class);
    assertThat(confirm.getContentText()).contains("events-queue-binding");
    Screenshots.save(confirm, "deprovision-blocked-by-binding");
    robot.clickOn("#deprovision-unbind-all");
    await().atMost(Duration.ofSeconds(60)).until(() -> client.resources(ServiceBinding.class).inNamespace("default")
        .withName("events-queue-binding").get() == null);
    await().atMost(Duration.ofSeconds(60)).until(() -> instance(client, "events-queue") == null);

    // 5. Abandon asks for an explicit acknowledgement first; then the instance goes without the broker being told.
    robot.interact(() -> instances.select(instance(client, "orders-db")));
    robot.clickOn("#instance-abandon");
    await().until(() -> robot.lookup("#abandon-ok").tryQuery().isPresent());
    assertThat(robot.lookup("#abandon-ok").queryAs(Button.class).isDisabled()).isTrue();
    robot.clickOn("#abandon-understood");
    assertThat(robot.lookup("#abandon-ok").queryAs(Button.class).isDisabled()).isFalse();
    Screenshots.save(robot.lookup("#abandon-confirm").queryAs(Node.class), "abandon-confirm");
    robot.clickOn("#abandon-ok");
    await().atMost(Duration.ofSeconds(20)).until(() -> instance(client, "orders-db") == null);
    robot.clickOn("#disconnect");
  }
}
