package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.marketplace.MarketplaceView;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.instances.InstancesView;
import io.servicecatalog.console.app.shell.ClusterView;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.app.shell.Place;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.shell.Workspace;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.wizard.ReviewStep;
import io.servicecatalog.console.app.wizard.Wizard;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Wizard drafts on the sandbox: a provision wizard closed by accident offers its values back (secrets excepted),
 * Discard and a successful create forget them; and two provision wizards open at once keep their own values.
 */
@ExtendWith(ApplicationExtension.class)
class WizardDraftsFlowTest {

  private static final Duration CONTROLLER = SandboxSteps.CONTROLLER;

  private BackgroundExecutor background;
  private MainWindow window;
  private InMemorySettings settings;
  private Stage mainStage;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    settings = new InMemorySettings();
    AppServices services = new AppServices(background, Fx.EXECUTOR, settings,
        () -> new KubeconfigSource(List.of(Path.of("target", "no-such-kubeconfig")), true), new ClusterConnector());
    window = new MainWindow(services);
    Scene scene = new Scene(window, 1024, 640);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    mainStage = stage;
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> robot.lookup(".wizard").queryAll().forEach(n -> ((Wizard) n).close()));
    window.close();
    background.close();
  }

  private static void openSandbox(FxRobot robot) {
    SandboxSteps.openSandbox(robot);
  }

  /** The one open provision wizard (the closed ones have left the scene). */
  private static Wizard openWizard(FxRobot robot) {
    await().until(() -> robot.lookup("#provision-wizard").tryQuery().isPresent());
    return robot.lookup("#provision-wizard").queryAs(Wizard.class);
  }

  private static Node in(FxRobot robot, Wizard wizard, String query) {
    return robot.from(wizard).lookup(query).query();
  }

  private static void next(FxRobot robot, Wizard wizard, String expectedStep) {
    robot.clickOn(in(robot, wizard, "#wizard-next"));
    await().until(() -> robot.from(wizard).lookup("#wizard-step-" + expectedStep).tryQuery().isPresent());
  }

  private static void retype(FxRobot robot, Node field, String text) {
    robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
  }

  private static void scrollTo(FxRobot robot, Node node) {
    robot.interact(() -> {
      Parent p = node.getParent();
      while (p != null && !(p instanceof ScrollPane)) {
        p = p.getParent();
      }
      ScrollPane scroll = (ScrollPane) p;
      Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
      double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
      scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (at.getMinY() - 40) / range)));
    });
  }

  private static void create(FxRobot robot, Wizard wizard) {
    robot.moveTo(in(robot, wizard, "#wizard-title")).clickOn(in(robot, wizard, "#wizard-next"));
  }

  private static String status(FxRobot robot, Wizard wizard) {
    // Read on the FX thread, so a status seen here comes with the rest of the pane drawn for it.
    return SandboxSteps.onFx(() -> robot.from(wizard).lookup("#follow-status").tryQueryAs(Label.class).map(Label::getText)
        .orElse(""));
  }

  private Set<String> draftKeys() {
    return settings.keys().stream().filter(k -> k.startsWith("draft.")).collect(Collectors.toSet());
  }

  private void newDatabaseWizard(FxRobot robot) {
    robot.clickOn("#nav-instances");
    robot.clickOn("#instances-new");
  }

  private static void starterPack(FxRobot robot) {
    robot.clickOn("#nav-marketplace");
    robot.lookup("#detail-back").tryQuery().ifPresent(back -> robot.clickOn(back));
    await().until(() -> robot.lookup(MarketplaceView.tile("tile-example-starter-pack-service")).tryQuery().isPresent());
    robot.clickOn(MarketplaceView.tile("tile-example-starter-pack-service"));
    await().until(() -> robot.lookup("#provision-default").tryQuery().isPresent());
    robot.clickOn("#provision-default");
  }

  @Test
  @DisplayName("closed by accident, the database wizard offers its values back: name, labels, storage; the password empty, with a note")
  void restoreAfterClose(FxRobot robot) {
    openSandbox(robot);
    newDatabaseWizard(robot);
    Wizard first = openWizard(robot);
    assertThat(robot.lookup("#draft-offer").tryQuery()).isEmpty();
    robot.clickOn("#provision-service");
    Node cell = robot.lookup(n -> n instanceof ListCell<?> c
        && "Managed PostgreSQL (from cloud-broker)".equals(c.getText())).query();
    robot.clickOn(cell);
    await().until(() -> robot.lookup("#provision-plan-standard").tryQuery().isPresent());
    robot.clickOn("#provision-plan-standard");
    next(robot, first, "instance");
    retype(robot, in(robot, first, "#provision-name"), "orders-db");
    robot.clickOn("#provision-labels").write("team=orders");
    next(robot, first, "parameters");
    await().until(() -> robot.lookup("#sf-storageGb").tryQuery().isPresent());
    retype(robot, in(robot, first, "#sf-storageGb"), "30");
    scrollTo(robot, in(robot, first, "#sf-adminPassword"));
    robot.clickOn("#sf-adminPassword").write("correct-horse-battery");
    robot.clickOn("#wizard-close");
    assertThat(first.isClosed()).isTrue();
    assertThat(draftKeys()).hasSize(1);
    assertThat(settings.get(draftKeys().iterator().next()).orElseThrow())
        .contains("orders-db").contains("team=orders").doesNotContain("correct-horse-battery");

    newDatabaseWizard(robot);
    Wizard second = openWizard(robot);
    await().until(() -> robot.lookup("#draft-offer").tryQuery().isPresent());
    assertThat(robot.lookup("#draft-offer-message").queryAs(Label.class).getText())
        .startsWith("Restore your unfinished instance").contains("orders-db");
    assertThat(robot.lookup("#draft-offer-note").queryAs(Label.class).getText())
        .contains("Secret values were not kept; type them again");
    Screenshots.save(second, "provision-draft-offer");
    robot.clickOn("#draft-restore");
    assertThat(robot.lookup("#draft-offer-note").queryAs(Label.class).getText()).contains("Secret values were not kept");
    @SuppressWarnings("unchecked")
    ComboBox<Object> service = robot.lookup("#provision-service").queryAs(ComboBox.class);
    assertThat(service.getValue()).isNotNull();
    assertThat(robot.lookup("#provision-plan-standard").queryAs(RadioButton.class).isSelected()).isTrue();
    next(robot, second, "instance");
    assertThat(robot.lookup("#provision-name").queryAs(TextField.class).getText()).isEqualTo("orders-db");
    assertThat(robot.lookup("#provision-labels").queryAs(TextField.class).getText()).isEqualTo("team=orders");
    next(robot, second, "parameters");
    await().until(() -> robot.lookup("#sf-storageGb").tryQuery().isPresent());
    assertThat(robot.lookup("#sf-storageGb").queryAs(TextField.class).getText()).isEqualTo("30");
    assertThat(robot.lookup("#sf-adminPassword").queryAs(TextInputControl.class).getText()).isEmpty();
    Screenshots.save(second, "provision-draft-restored");
  }

  @Test
  @DisplayName("Discard forgets the draft; a draft restored and created is forgotten too")
  void discardAndSuccessClear(FxRobot robot) {
    openSandbox(robot);
    starterPack(robot);
    Wizard first = openWizard(robot);
    next(robot, first, "instance");
    retype(robot, in(robot, first, "#provision-name"), "draft-starter");
    robot.clickOn(in(robot, first, "#wizard-title")).type(KeyCode.ESCAPE);
    await().until(first::isClosed);
    assertThat(draftKeys()).hasSize(1);

    starterPack(robot);
    Wizard second = openWizard(robot);
    await().until(() -> robot.lookup("#draft-offer").tryQuery().isPresent());
    robot.clickOn("#draft-discard");
    assertThat(robot.lookup("#draft-offer").query().isVisible()).isFalse();
    assertThat(draftKeys()).isEmpty();
    // Closed again before typing anything: nothing worth keeping, nothing offered next time.
    robot.clickOn("#wizard-close");
    assertThat(draftKeys()).isEmpty();

    starterPack(robot);
    Wizard third = openWizard(robot);
    assertThat(robot.lookup("#draft-offer").tryQuery()).isEmpty();
    next(robot, third, "instance");
    retype(robot, in(robot, third, "#provision-name"), "draft-created");
    robot.clickOn("#wizard-close");
    assertThat(draftKeys()).hasSize(1);

    starterPack(robot);
    Wizard fourth = openWizard(robot);
    await().until(() -> robot.lookup("#draft-offer").tryQuery().isPresent());
    robot.clickOn("#draft-restore");
    next(robot, fourth, "instance");
    assertThat(robot.lookup("#provision-name").queryAs(TextField.class).getText()).isEqualTo("draft-created");
    next(robot, fourth, "parameters");
    next(robot, fourth, "review");
    create(robot, fourth);
    await().atMost(CONTROLLER).until(() -> fourth.committedProperty().get());
    assertThat(draftKeys()).isEmpty();
    robot.clickOn("#wizard-close");
    assertThat(draftKeys()).isEmpty();
    assertThat(second.isClosed()).isTrue();
  }

  @Test
  @DisplayName("two provision wizards at once, for the same service: each creates its own instance with its own values, both Ready")
  void twoWizardsAtOnce(FxRobot robot) {
    openSandbox(robot);
    starterPack(robot);
    Wizard a = openWizard(robot);
    next(robot, a, "instance");
    retype(robot, in(robot, a, "#provision-name"), "twin-a");
    // The user goes back to the main window and starts a second wizard while the first stays open.
    robot.interact(mainStage::toFront);
    starterPack(robot);
    await().until(() -> robot.lookup("#provision-wizard").queryAll().size() == 2);
    Wizard b = robot.lookup("#provision-wizard").queryAll().stream().map(Wizard.class::cast).filter(w -> w != a)
        .findFirst().orElseThrow();
    next(robot, b, "instance");
    retype(robot, in(robot, b, "#provision-name"), "twin-b");
    robot.clickOn(in(robot, b, "#provision-labels")).write("twin=b");

    robot.interact(() -> a.stage().toFront());
    robot.clickOn(in(robot, a, "#provision-labels")).write("twin=a");
    next(robot, a, "parameters");
    robot.clickOn(in(robot, a, "#sf-color-1"));
    robot.interact(() -> b.stage().toFront());
    next(robot, b, "parameters");
    robot.clickOn(in(robot, b, "#sf-color-2"));
    next(robot, b, "review");
    robot.interact(() -> a.stage().toFront());
    next(robot, a, "review");

    String yamlA = ((ReviewStep) a.current()).yaml();
    String yamlB = ((ReviewStep) b.current()).yaml();
    assertThat(yamlA).contains("name: \"twin-a\"").contains("twin: \"a\"").contains("color: \"Beige\"")
        .doesNotContain("twin-b");
    assertThat(yamlB).contains("name: \"twin-b\"").contains("twin: \"b\"").contains("color:")
        .doesNotContain("Beige").doesNotContain("twin-a");

    create(robot, a);
    robot.interact(() -> b.stage().toFront());
    create(robot, b);
    await().atMost(CONTROLLER).until(() -> status(robot, a).equals("Ready") && status(robot, b).equals("Ready"));
    Screenshots.save(b, "provision-two-wizards");

    robot.interact(mainStage::toFront);
    robot.clickOn("#nav-instances");
    await().until(() -> instance(robot, "twin-a").isPresent() && instance(robot, "twin-b").isPresent());
    ServiceInstance twinA = instance(robot, "twin-a").orElseThrow();
    ServiceInstance twinB = instance(robot, "twin-b").orElseThrow();
    assertThat(twinA.getMetadata().getLabels()).containsEntry("twin", "a");
    assertThat(twinB.getMetadata().getLabels()).containsEntry("twin", "b");
    assertThat(twinA.getSpec().getParameters().get("color").asText()).isEqualTo("Beige");
    assertThat(twinB.getSpec().getParameters().get("color").asText()).isNotEqualTo("Beige");
  }

  @Test
  @DisplayName("the bind wizard, closed by accident, offers the binding name and transforms back for the same instance")
  void bindDraft(FxRobot robot) {
    openSandbox(robot);
    ClusterView cluster = window.cluster().orElseThrow();
    Workspace workspace = cluster.workspace().orElseThrow();
    KubernetesClient client = cluster.connection().client();
    client.resource(new KubernetesSerialization().unmarshal("""
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ServiceInstance",
         "metadata": {"name": "events-queue", "namespace": "default"},
         "spec": {"clusterServiceClassExternalName": "managed-message-queue", "clusterServicePlanExternalName": "standard"}}
        """, ServiceInstance.class)).create();
    robot.clickOn("#nav-" + Place.INSTANCES.id());
    await().until(() -> workspace.current() == Place.INSTANCES);
    InstancesView instances = (InstancesView) workspace.page(Place.INSTANCES);
    await().atMost(CONTROLLER).until(() -> instance(robot, "events-queue")
        .map(i -> ResourceStatus.of(i).phase() == Phase.READY).orElse(false));
    robot.interact(() -> instances.select(instance(robot, "events-queue").orElseThrow()));

    robot.clickOn("#instance-bind");
    await().until(() -> robot.lookup("#bind-name").tryQuery().isPresent());
    assertThat(robot.lookup("#draft-offer").tryQuery()).isEmpty();
    retype(robot, robot.lookup("#bind-name").query(), "events-link");
    robot.clickOn("#wizard-next");
    await().until(() -> robot.lookup("#wizard-step-parameters").tryQuery().isPresent());
    robot.clickOn("#wizard-next");
    await().until(() -> robot.lookup("#bind-transform-add").tryQuery().isPresent());
    robot.clickOn("#bind-transform-add");
    robot.clickOn("#bind-transform-first-0").write("topic");
    robot.clickOn("#bind-transform-second-0").write("TOPIC_NAME");
    robot.clickOn("#wizard-close");
    assertThat(draftKeys()).hasSize(1);

    robot.interact(() -> instances.select(instance(robot, "events-queue").orElseThrow()));
    robot.clickOn("#instance-bind");
    await().until(() -> robot.lookup("#draft-offer").tryQuery().isPresent());
    assertThat(robot.lookup("#draft-offer-message").queryAs(Label.class).getText()).contains("events-link");
    robot.clickOn("#draft-restore");
    assertThat(robot.lookup("#bind-name").queryAs(TextField.class).getText()).isEqualTo("events-link");
    assertThat(robot.lookup("#bind-secret-name").queryAs(TextField.class).getText()).isEqualTo("events-link");
    robot.clickOn("#wizard-next");
    await().until(() -> robot.lookup("#wizard-step-parameters").tryQuery().isPresent());
    robot.clickOn("#wizard-next");
    await().until(() -> robot.lookup("#bind-transform-first-0").tryQuery().isPresent());
    assertThat(robot.lookup("#bind-transform-first-0").queryAs(TextField.class).getText()).isEqualTo("topic");
    assertThat(robot.lookup("#bind-transform-second-0").queryAs(TextField.class).getText()).isEqualTo("TOPIC_NAME");
    Screenshots.save(robot.lookup("#bind-wizard").queryAs(Node.class), "bind-draft-restored");
  }

  private static Optional<ServiceInstance> instance(FxRobot robot, String name) {
    return Tables.<ServiceInstance>objects(robot.lookup("#instances-table").queryTableView()).stream()
        .filter(i -> i.getMetadata().getName().equals(name)).findFirst();
  }
}
