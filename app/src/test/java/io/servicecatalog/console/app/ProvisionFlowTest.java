package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.marketplace.MarketplaceView;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.wizard.ReviewStep;
import io.servicecatalog.console.app.wizard.Wizard;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
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
 * A newcomer provisions services on the sandbox with the wizard, from the marketplace and from the Instances
 * view, and follows them to Ready (or to the broker's refusal).
 */
@ExtendWith(ApplicationExtension.class)
class ProvisionFlowTest {

  private static final Duration CONTROLLER = SandboxSteps.CONTROLLER;

  private BackgroundExecutor background;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    AppServices services = new AppServices(background, Fx.EXECUTOR, new InMemorySettings(),
        () -> new KubeconfigSource(List.of(Path.of("target", "no-such-kubeconfig")), true), new ClusterConnector());
    window = new MainWindow(services);
    Scene scene = new Scene(window, 1024, 640);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
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

  private static Wizard wizard(FxRobot robot) {
    await().until(() -> robot.lookup("#provision-wizard").tryQuery().isPresent());
    return robot.lookup("#provision-wizard").queryAs(Wizard.class);
  }

  private static void next(FxRobot robot, String expectedStep) {
    robot.clickOn("#wizard-next");
    await().until(() -> robot.lookup("#wizard-step-" + expectedStep).tryQuery().isPresent());
  }

  /** Replaces a field's text as a person does: click, select all, type. */
  private static void retype(FxRobot robot, String query, String text) {
    robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
  }

  /** Scrolls the step until the node shows, as a person scrolls a long form. */
  private static void scrollTo(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
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

  /** Presses Create as a separate click (a second click on the same spot would count as a double click). */
  private static void create(FxRobot robot) {
    robot.moveTo("#wizard-title").clickOn("#wizard-next");
  }

  private static String status(FxRobot robot) {
    // Read on the FX thread, so a status seen here comes with the rest of the pane drawn for it.
    return SandboxSteps.onFx(() -> robot.lookup("#follow-status").tryQueryAs(Label.class).map(Label::getText).orElse(""));
  }

  private static void provisionFromMarketplace(FxRobot robot, String tile, String plan) {
    robot.clickOn("#nav-marketplace");
    robot.lookup("#detail-back").tryQuery().ifPresent(back -> robot.clickOn(back));
    await().until(() -> robot.lookup(MarketplaceView.tile(tile)).tryQuery().isPresent());
    robot.clickOn(MarketplaceView.tile(tile));
    await().until(() -> robot.lookup("#provision-" + plan).tryQuery().isPresent());
    robot.clickOn("#provision-" + plan);
  }

  @Test
  @DisplayName("the starter pack from its plan card with color Beige: every step explained, the YAML reviewed, Ready, then Bind now")
  void starterPackToReady(FxRobot robot) {
    openSandbox(robot);
    provisionFromMarketplace(robot, "tile-example-starter-pack-service", "default");
    Wizard wizard = wizard(robot);
    // Started from a plan: service and plan are chosen already.
    assertThat(robot.lookup("#provision-plan-default").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
    assertThat(robot.lookup("#wizard-explanation").queryAs(Label.class).getText()).isNotBlank();
    Screenshots.save(wizard, "provision-1-plan");

    next(robot, "instance");
    TextField name = robot.lookup("#provision-name").queryAs(TextField.class);
    assertThat(name.getText()).isEqualTo("example-starter-pack-service");
    retype(robot, "#provision-name", "Beige!");
    await().until(() -> robot.lookup("#provision-name-problem").queryAs(Label.class).isVisible());
    assertThat(robot.lookup("#wizard-next").queryButton().isDisabled()).isTrue();
    retype(robot, "#provision-name", "beige-starter");
    robot.clickOn("#provision-labels").write("team=demo");
    assertThat(robot.lookup("#wizard-next").queryButton().isDisabled()).isFalse();
    Screenshots.save(wizard, "provision-2-instance");

    next(robot, "parameters");
    robot.clickOn("#sf-color-1");
    Screenshots.save(wizard, "provision-3-parameters");

    next(robot, "review");
    ReviewStep review = (ReviewStep) wizard.current();
    assertThat(review.yaml()).contains("name: \"beige-starter\"").contains("color: \"Beige\"")
        .contains("clusterServiceClassExternalName: \"example-starter-pack-service\"").contains("team: \"demo\"");
    Screenshots.save(wizard, "provision-4-review");

    create(robot);
    await().until(() -> robot.lookup("#follow-pane").tryQuery().isPresent());
    await().atMost(CONTROLLER).until(() -> status(robot).equals("Ready"));
    assertThat(robot.lookup("#follow-elapsed").queryAs(Label.class).getText()).startsWith("Ready after");
    assertThat(robot.lookup("#wizard-back").queryButton().isVisible()).isFalse();
    Screenshots.save(wizard, "provision-5-ready");

    // Bind now continues into the bind wizard for the new instance.
    await().until(() -> robot.lookup("#provision-bind-now").queryButton().isVisible());
    robot.clickOn("#provision-bind-now");
    await().until(() -> robot.lookup("#bind-name").tryQuery().isPresent());
    assertThat(robot.lookup("#bind-name").queryAs(TextField.class).getText()).isEqualTo("beige-starter-binding");
    robot.interact(() -> robot.lookup("#bind-wizard").queryAs(Node.class).getScene().getWindow().hide());
    assertThat(wizard.isClosed()).as("the provision wizard gives way to the bind wizard").isTrue();
  }

  @Test
  @DisplayName("the database from Instances' New instance: an invalid value is shown inline, fixed, the password kept in a Secret")
  void databaseWithInlineError(FxRobot robot) {
    openSandbox(robot);
    robot.clickOn("#nav-instances");
    robot.clickOn("#instances-new");
    Wizard wizard = wizard(robot);
    assertThat(robot.lookup("#wizard-next").queryButton().isDisabled()).isTrue();
    robot.clickOn("#provision-service");
    Node cell = robot.lookup(n -> n instanceof ListCell<?> c && "Managed PostgreSQL (from cloud-broker)".equals(c.getText()))
        .query();
    robot.clickOn(cell);
    await().until(() -> robot.lookup("#provision-plan-free").tryQuery().isPresent());
    assertThat(robot.lookup("#provision-plan-free").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
    robot.clickOn("#provision-plan-standard");
    Screenshots.save(wizard, "provision-database-1-plan");
    next(robot, "instance");
    next(robot, "parameters");
    await().until(() -> robot.lookup("#sf-storageGb").tryQuery().isPresent());
    // The password is required: the step says so instead of silently refusing.
    assertThat(robot.lookup("#wizard-next").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup("#provision-form-problems").queryAs(Label.class).getText()).contains("need");

    TextField storage = robot.lookup("#sf-storageGb").queryAs(TextField.class);
    retype(robot, "#sf-storageGb", "15");
    scrollTo(robot, "#sf-adminPassword");
    robot.clickOn("#sf-adminPassword").write("correct-horse-battery");
    // Shown inline, under the field, once the typed value is checked.
    await().until(() -> robot.lookup("#sf-storageGb-error").tryQueryAs(Label.class)
        .map(l -> l.isVisible() && l.getText().contains("multiple of 10")).orElse(false));
    assertThat(robot.lookup("#wizard-next").queryButton().isDisabled()).isTrue();
    Screenshots.save(wizard, "provision-database-3-invalid");
    scrollTo(robot, "#sf-storageGb");
    retype(robot, "#sf-storageGb", "30");
    await().until(() -> !robot.lookup("#wizard-next").queryButton().isDisabled());
    assertThat(robot.lookup("#provision-use-secret").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();

    next(robot, "review");
    ReviewStep review = (ReviewStep) wizard.current();
    assertThat(review.shownYaml()).contains("kind: \"Secret\"").contains("managed-database-parameters")
        .contains("parametersFrom").doesNotContain("correct-horse-battery");
    assertThat(review.yaml()).contains("correct-horse-battery");
    Screenshots.save(wizard, "provision-database-4-review");
    robot.type(KeyCode.ENTER);
    await().atMost(CONTROLLER).until(() -> status(robot).equals("Ready"));
    Screenshots.save(wizard, "provision-database-5-ready");
  }

  @Test
  @DisplayName("lab-broker: a refused provision shows the broker's message and what to do; an asynchronous one shows progress until Ready")
  void labBroker(FxRobot robot) {
    openSandbox(robot);
    provisionFromMarketplace(robot, "tile-unavailable-service", "refused");
    Wizard refused = wizard(robot);
    next(robot, "instance");
    next(robot, "parameters");
    // No schema: a JSON editor, empty object by default.
    assertThat(robot.lookup("#provision-raw").tryQuery()).isPresent();
    Screenshots.save(refused, "provision-raw-parameters");
    next(robot, "review");
    create(robot);
    await().atMost(CONTROLLER).until(() -> status(robot).equals("Failed"));
    assertThat(robot.lookup("#follow-message").queryAs(Label.class).getText()).contains("no capacity");
    assertThat(robot.lookup("#follow-advice").queryAs(Label.class).isVisible()).isTrue();
    assertThat(robot.lookup("#provision-retry").tryQuery()).isPresent();
    assertThat(robot.lookup("#provision-edit").tryQuery()).isPresent();
    assertThat(robot.lookup("#provision-delete").tryQuery()).isPresent();
    assertThat(robot.lookup("#provision-bind-now").queryButton().isVisible()).isFalse();
    Screenshots.save(refused, "provision-failed-at-broker");
    robot.clickOn("#wizard-close");
    // Closing stops nothing: the instance keeps its place in the Instances view.
    robot.clickOn("#nav-instances");
    await().until(() -> Tables.<HasMetadata>objects(robot.lookup("#instances-table").queryTableView()).stream()
        .anyMatch(i -> i.getMetadata().getName().equals("unavailable-service")));

    provisionFromMarketplace(robot, "tile-slow-cache", "small");
    Wizard slow = wizard(robot);
    next(robot, "instance");
    next(robot, "parameters");
    next(robot, "review");
    create(robot);
    await().atMost(CONTROLLER).until(() -> status(robot).equals("Provisioning"));
    assertThat(robot.lookup("#follow-elapsed").queryAs(Label.class).getText()).startsWith("Elapsed");
    Screenshots.save(slow, "provision-async-in-progress");
    await().atMost(CONTROLLER).until(() -> status(robot).equals("Ready"));
    Screenshots.save(slow, "provision-async-ready");
    assertThat(robot.lookup("#provision-show-instance").queryAs(Button.class).isVisible()).isTrue();
  }
}
