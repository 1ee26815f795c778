package io.servicecatalog.console.app.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.ConsoleApplication;
import io.servicecatalog.console.app.Fx;
import io.servicecatalog.console.app.Screenshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Pod snippet pane on its own: every mode from clicks and typing, problems inline, unknown keys, copy and save. */
@ExtendWith(ApplicationExtension.class)
class PodSnippetPaneTest {

  static final List<String> QUEUE_KEYS = List.of("privateKeyData", "projectId", "role", "subscription", "topic", "url");

  private static Locale previous;
  private BackgroundExecutor background;
  private StackPane root;
  private Stage stage;

  @BeforeAll
  static void english() {
    previous = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(previous);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    root = new StackPane();
    Scene scene = new Scene(root, 1040, 680);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    background.close();
  }

  private PodSnippetPane show(FxRobot robot, SecretKeys keys) {
    AtomicReference<PodSnippetPane> pane = new AtomicReference<>();
    robot.interact(() -> {
      pane.set(new PodSnippetPane("demo", "queue-binding", keys, background, Fx.EXECUTOR));
      root.getChildren().setAll(pane.get());
    });
    return pane.get();
  }

  @Test
  @DisplayName("per-key variables, envFrom as a Deployment and the docs' volume example, each equal to the expected YAML")
  void everyMode(FxRobot robot) {
    PodSnippetPane pane = show(robot, SecretKeys.known(QUEUE_KEYS));
    SnippetDriver driver = new SnippetDriver(robot);
    // By default every key is a variable named after it.
    assertThat(pane.yaml()).contains("name: PRIVATEKEYDATA").contains("name: URL").contains("key: url");
    driver.perKeyEnv();
    assertThat(pane.yaml()).isEqualTo(SnippetDriver.expected("snippet-env-pod.yaml"));
    Screenshots.save(pane, "snippet-env");
    driver.envFromDeployment();
    assertThat(pane.yaml()).isEqualTo(SnippetDriver.expected("snippet-envfrom-deployment.yaml"));
    driver.docsVolume();
    assertThat(pane.yaml()).isEqualTo(SnippetDriver.expected("snippet-volume-docs.yaml"));
    assertThat(robot.lookup("#snippet-status").queryAs(Label.class).getText()).contains("kubectl apply -n demo");
    Screenshots.save(pane, "snippet-volume-docs");
  }

  @Test
  @DisplayName("a key that cannot become a variable name is flagged beside it with the reason, and there is no YAML until it has one")
  void invalidKeyFlagged(FxRobot robot) {
    PodSnippetPane pane = show(robot, SecretKeys.known(List.of("2fa-code", "db-url")));
    SnippetDriver driver = new SnippetDriver(robot);
    Label problem = robot.lookup("#snippet-env-problem-2fa-code").queryAs(Label.class);
    assertThat(problem.isVisible()).isTrue();
    assertThat(problem.getText()).contains("starts with a digit").contains("Give it a name yourself");
    assertThat(pane.yaml()).isEmpty();
    assertThat(robot.lookup("#snippet-copy").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#snippet-status").queryAs(Label.class).getText()).isEqualTo("One choice needs fixing before there is YAML.");
    Screenshots.save(pane, "snippet-invalid-key");
    driver.type("#snippet-env-name-2fa-code", "TWO_FA CODE");
    assertThat(problem.getText()).contains("position 7");
    driver.type("#snippet-env-name-2fa-code", "TWO_FA_CODE");
    assertThat(problem.isVisible()).isFalse();
    assertThat(pane.yaml()).contains("name: TWO_FA_CODE").contains("name: DB_URL");
    // A name that works for Kubernetes but not for a shell is a warning, and the YAML stays.
    driver.type("#snippet-env-name-db-url", "db.url");
    assertThat(robot.lookup("#snippet-env-problem-db-url").queryAs(Label.class).getText()).contains("db_url would work everywhere");
    assertThat(pane.yaml()).contains("name: db.url");
    // Mount paths are checked too.
    driver.check("#snippet-mode-volume", true);
    driver.type("#snippet-mount-path", "secrets");
    assertThat(robot.lookup("#snippet-problem-volume_mountPath").queryAs(Label.class).getText()).contains("must be absolute");
    assertThat(pane.yaml()).isEmpty();
  }

  @Test
  @DisplayName("when the keys cannot be read the pane says why, starts with envFrom, and takes key names from the user")
  void unknownKeys(FxRobot robot) {
    PodSnippetPane pane = show(robot, SecretKeys.unknown("You may not read Secret demo/queue-binding, so its key names are unknown."));
    SnippetDriver driver = new SnippetDriver(robot);
    assertThat(robot.lookup("#snippet-keys-note").queryAs(Label.class).getText())
        .startsWith("You may not read Secret demo/queue-binding").contains("Add the key names you know");
    assertThat(pane.yaml()).contains("envFrom:").contains("name: queue-binding");
    driver.type("#snippet-key-new", "a b");
    driver.click("#snippet-key-add");
    assertThat(robot.lookup("#snippet-key-new-problem").queryAs(Label.class).getText()).contains("position 2");
    driver.type("#snippet-key-new", "uri");
    driver.click("#snippet-key-add");
    assertThat(robot.lookup("#snippet-mode-env").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
    assertThat(pane.options().secretKeys()).containsExactly("uri");
    assertThat(pane.yaml()).contains("name: URI").contains("key: uri").contains("envFrom:");
    Screenshots.save(pane, "snippet-unknown-keys");
  }

  @Test
  @DisplayName("Copy puts the YAML on the clipboard; Save writes it to the file off the FX thread")
  void copyAndSave(FxRobot robot, @TempDir Path dir) throws IOException {
    PodSnippetPane pane = show(robot, SecretKeys.known(QUEUE_KEYS));
    robot.clickOn("#snippet-copy");
    AtomicReference<String> copied = new AtomicReference<>();
    robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
    assertThat(copied.get()).isEqualTo(pane.yaml()).contains("kind: Pod");
    Path file = dir.resolve("app-pod.yaml");
    robot.interact(() -> pane.saveTo(file));
    await().until(() -> Files.exists(file) && Files.readString(file).equals(pane.yaml()));
    await().until(() -> robot.lookup("#snippet-status").queryAs(Label.class).getText().equals("Saved to " + file + "."));
    Path nowhere = dir.resolve("no-such-dir").resolve("x.yaml");
    robot.interact(() -> pane.saveTo(nowhere));
    await().until(() -> robot.lookup("#snippet-status").queryAs(Label.class).getText().startsWith("Could not save " + nowhere));
  }

  @Test
  @DisplayName("in a small window the form scrolls and the YAML, Copy and Save stay in view")
  void smallWindow(FxRobot robot) {
    robot.interact(() -> {
      stage.setWidth(1024);
      stage.setHeight(640);
    });
    PodSnippetPane pane = show(robot, SecretKeys.known(QUEUE_KEYS));
    robot.interact(() -> stage.getScene().getRoot().layout());
    for (String id : List.of("#snippet-copy", "#snippet-save", "#snippet-yaml")) {
      Node node = robot.lookup(id).query();
      var bounds = node.localToScene(node.getBoundsInLocal());
      assertThat(bounds.getMaxX()).as(id).isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
      assertThat(bounds.getMaxY()).as(id).isLessThanOrEqualTo(stage.getScene().getHeight() + 0.5);
      assertThat(bounds.getWidth()).as(id).isPositive();
    }
    Screenshots.save(pane, "snippet-small");
  }
}
