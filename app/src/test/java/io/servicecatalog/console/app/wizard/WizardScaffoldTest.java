package io.servicecatalog.console.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.ConsoleApplication;
import io.servicecatalog.console.app.Fx;
import io.servicecatalog.console.app.MockCluster;
import io.servicecatalog.console.app.Screenshots;
import io.servicecatalog.console.app.store.CatalogStore;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** The wizard scaffold as a person drives it: validity gates Next, a failed commit keeps everything, Escape closes. */
@ExtendWith(ApplicationExtension.class)
class WizardScaffoldTest {

  private static MockCluster cluster;
  private final BackgroundExecutor background = new BackgroundExecutor();
  private StackPane root;
  private Stage stage;

  @BeforeAll
  static void cluster() {
    cluster = new MockCluster().withCatalogCrds().withNamespaces("demo");
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    this.stage = stage;
    root = new StackPane();
    Scene scene = new Scene(root, 900, 600);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    background.close();
  }

  private void show(FxRobot robot, Wizard wizard) {
    robot.interact(() -> {
      root.getChildren().setAll(wizard);
      wizard.start();
    });
  }

  @Test
  @DisplayName("Next waits for a valid step; a failed commit stays with its sentence and the typed text; success locks Back")
  void stepsValidityAndCommit(FxRobot robot) {
    TextField name = new TextField();
    name.setId("t-name");
    AtomicInteger attempts = new AtomicInteger();
    List<String> closed = new CopyOnWriteArrayList<>();
    Wizard wizard = new Wizard("test-wizard", "Make a thing");
    WizardStep first = new WizardStep("name", "Name", "Give it a name.", () -> new VBox(name));
    first.validProperty().bind(name.textProperty().isNotEmpty());
    WizardStep confirm = new WizardStep("confirm", "Confirm", "Check and create.", () -> new Label("sure?"));
    confirm.setCommit("Create", () -> attempts.incrementAndGet() == 1
        ? CompletableFuture.failedFuture(new KubernetesClientException("exists", 409, null))
        : CompletableFuture.completedFuture(null));
    WizardStep done = new WizardStep("done", "Done", "Created.", () -> new Label("done"));
    done.setOnClose(() -> closed.add("done"));
    wizard.addStep(first).addStep(confirm).addStep(done);
    wizard.setOnClosed(() -> closed.add("wizard"));
    show(robot, wizard);

    Button next = robot.lookup("#wizard-next").queryButton();
    assertThat(next.isDisabled()).isTrue();
    assertThat(robot.lookup("#wizard-back").queryButton().isDisabled()).isTrue();
    robot.clickOn("#t-name").write("thing");
    assertThat(next.isDisabled()).isFalse();
    robot.type(KeyCode.ENTER);
    await().until(() -> wizard.current() == confirm);
    // Enter again (a new press) on a commit step creates; a held key would not.
    assertThat(attempts).hasValue(0);
    assertThat(next.getText()).isEqualTo("Create");
    assertThat(robot.lookup("#wizard-indicator-name").queryAs(Label.class).getStyleClass()).contains("done");

    robot.type(KeyCode.ENTER);
    await().until(() -> robot.lookup("#wizard-problem").queryAs(VBox.class).isVisible());
    assertThat(robot.lookup("#wizard-problem-title").queryAs(Label.class).getText()).isNotBlank();
    assertThat(wizard.current()).isSameAs(confirm);
    Screenshots.save(wizard, "wizard-scaffold-failed-commit");
    robot.clickOn("#wizard-back");
    assertThat(name.getText()).isEqualTo("thing");
    robot.clickOn("#wizard-next");
    await().until(() -> wizard.current() == confirm);
    robot.moveTo("#wizard-title").clickOn("#wizard-next");
    await().until(() -> wizard.current() == done);
    assertThat(wizard.committedProperty().get()).isTrue();
    assertThat(robot.lookup("#wizard-back").queryButton().isVisible()).isFalse();
    assertThat(robot.lookup("#wizard-next").queryButton().isVisible()).isFalse();

    robot.type(KeyCode.ESCAPE);
    assertThat(wizard.isClosed()).isTrue();
    assertThat(attempts).hasValue(2);
    assertThat(closed).containsExactly("done", "wizard");
  }

  @Test
  @DisplayName("a double click on Next moves one step: its second click does not press the Create that replaced Next")
  void doubleClickDoesNotCreate(FxRobot robot) {
    AtomicInteger attempts = new AtomicInteger();
    Wizard wizard = new Wizard("double-wizard", "Double");
    WizardStep first = new WizardStep("one", "One", "First.", () -> new Label("one"));
    WizardStep confirm = new WizardStep("confirm", "Confirm", "Create.", () -> new Label("sure?"));
    confirm.setCommit("Create", () -> {
      attempts.incrementAndGet();
      return CompletableFuture.completedFuture(null);
    });
    wizard.addStep(first).addStep(confirm).addStep(new WizardStep("done", "Done", "Done.", () -> new Label("done")));
    show(robot, wizard);
    robot.doubleClickOn("#wizard-next");
    await().until(() -> wizard.current() == confirm);
    assertThat(attempts).hasValue(0);
    robot.moveTo("#wizard-title").clickOn("#wizard-next");
    await().until(() -> attempts.get() == 1);
  }

  @Test
  @DisplayName("the review shows every object's YAML with Secret values hidden, and saves the exact YAML to a file")
  void review(FxRobot robot) throws Exception {
    ServiceInstance instance = new ServiceInstance();
    instance.getMetadata().setName("db");
    instance.getMetadata().setNamespace("demo");
    Secret secret = new SecretBuilder().withNewMetadata().withName("db-params").withNamespace("demo").endMetadata()
        .withStringData(Map.of("parameters", "{\"password\":\"hunter2\"}")).build();
    Wizard wizard = new Wizard("review-wizard", "Review");
    ReviewStep review = new ReviewStep("review", "Review", "What will be created.",
        () -> List.<HasMetadata>of(instance, secret), background, Fx.EXECUTOR);
    wizard.addStep(review);
    show(robot, wizard);

    assertThat(review.yaml()).contains("kind: \"ServiceInstance\"").contains("kind: \"Secret\"").contains("hunter2");
    assertThat(review.yaml().split("(?m)^---$")).hasSize(3);
    assertThat(review.shownYaml()).doesNotContain("hunter2").contains(ReviewStep.REDACTED);
    robot.clickOn("#review-show-secrets");
    assertThat(review.shownYaml()).contains("hunter2");
    Path file = Files.createTempDirectory("review").resolve("db.yaml");
    robot.interact(() -> review.saveTo(file));
    await().until(() -> Files.exists(file) && Files.readString(file).equals(review.yaml()));
    await().until(() -> robot.lookup("#review-status").queryAs(Label.class).getText().contains(file.toString()));
  }

  @Test
  @DisplayName("the follow pane shows the live phase and message, and offers the failure actions only on failure")
  void follows(FxRobot robot) {
    List<String> ran = new ArrayList<>();
    CatalogStore store = new CatalogStore(cluster.client(), Fx.EXECUTOR, background.timers());
    store.start(Optional.of("demo"));
    Instant since = Instant.now();
    FollowPane[] pane = new FollowPane[1];
    robot.interact(() -> {
      pane[0] = new FollowPane(store, ServiceCatalogKind.SERVICE_INSTANCE, "demo", "cache", since)
          .addAction(new FollowPane.Action("retry", "Retry", FollowPane.WHEN_FAILED, o -> ran.add(o.getMetadata().getName())));
      root.getChildren().setAll(pane[0]);
    });
    assertThat(robot.lookup("#follow-status").queryAs(Label.class).getText()).isEqualTo("Waiting");

    ServiceInstance instance = new ServiceInstance();
    instance.getMetadata().setName("cache");
    instance.getMetadata().setNamespace("demo");
    cluster.client().resource(instance).create();
    await().until(() -> pane[0].statusProperty().get() != null
        && pane[0].statusProperty().get().phase() == Phase.IN_PROGRESS);
    assertThat(robot.lookup("#retry").tryQuery()).isEmpty();

    setCondition(instance, ServiceCatalogCondition.TYPE_FAILED, "True", "ProvisionCallFailed", "The broker said no: out of capacity");
    await().until(() -> pane[0].statusProperty().get().phase() == Phase.FAILED);
    assertThat(robot.lookup("#follow-message").queryAs(Label.class).getText()).contains("out of capacity");
    Button retry = robot.lookup("#retry").queryButton();
    robot.interact(retry::requestFocus);
    // Another update that keeps it failed: the same button stays, with its focus.
    setCondition(instance, ServiceCatalogCondition.TYPE_FAILED, "True", "ProvisionCallFailed", "The broker said no: still full");
    await().until(() -> robot.lookup("#follow-message").queryAs(Label.class).getText().contains("still full"));
    assertThat(robot.lookup("#retry").queryButton()).isSameAs(retry);
    assertThat(retry.isFocused()).isTrue();
    robot.clickOn("#retry");
    assertThat(ran).containsExactly("cache");

    setCondition(instance, ServiceCatalogCondition.TYPE_READY, "True", "ProvisionedSuccessfully", "The instance was provisioned successfully");
    await().until(() -> pane[0].statusProperty().get().phase() == Phase.READY);
    assertThat(robot.lookup("#retry").tryQuery()).isEmpty();
    assertThat(robot.lookup("#follow-elapsed").queryAs(Label.class).getText()).startsWith("Ready after");
    robot.interact(pane[0]::close);
    store.close();
  }

  private static void setCondition(ServiceInstance instance, String type, String status, String reason, String message) {
    ServiceCatalogCondition condition = new ServiceCatalogCondition();
    condition.setType(type);
    condition.setStatus(status);
    condition.setReason(reason);
    condition.setMessage(message);
    condition.setLastTransitionTime(Instant.now().toString());
    ServiceInstanceStatus s = new ServiceInstanceStatus();
    s.setConditions(List.of(condition));
    ServiceInstance current = cluster.client().resources(ServiceInstance.class).inNamespace("demo").withName("cache").get();
    current.setStatus(s);
    cluster.client().resource(current).updateStatus();
  }
}
