package io.servicecatalog.console.app.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/** Drives a {@link PodSnippetPane} the way a user does: scrolls to a control, clicks it, types. */
final class SnippetDriver {

  private final FxRobot robot;

  SnippetDriver(FxRobot robot) {
    this.robot = robot;
  }

  static String expected(String name) {
    try (InputStream in = SnippetDriver.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PodSnippetPane pane() {
    return robot.lookup("#snippet-pane").queryAs(PodSnippetPane.class);
  }

  /** Scrolls the form so that {@code id} is in view and returns the node. */
  Node reveal(String id) {
    Node node = robot.lookup(id).query();
    robot.interact(() -> {
      ScrollPane scroll = robot.lookup("#snippet-form-scroll").queryAs(ScrollPane.class);
      Node content = scroll.getContent();
      Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
      double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
      scroll.setVvalue(extra <= 0 ? 0 : Math.max(0, Math.min(1, (bounds.getMinY() - 24) / extra)));
    });
    return node;
  }

  void click(String id) {
    robot.clickOn(reveal(id));
  }

  /** Sets a check box by clicking it when it is not already as wanted. */
  void check(String id, boolean selected) {
    CheckBox box = (CheckBox) reveal(id);
    if (box.isSelected() != selected) {
      robot.clickOn(box);
    }
    assertThat(box.isSelected()).as(id).isEqualTo(selected);
  }

  /**
   * Replaces a text field's content: short text is typed key by key; longer text is typed in its last few characters
   * only (the rest is pasted in one change), which keeps the flow quick while still going through the keyboard.
   */
  void type(String id, String text) {
    TextField field = (TextField) reveal(id);
    int typed = Math.min(text.length(), 6);
    String pasted = text.substring(0, text.length() - typed);
    robot.interact(() -> field.setText(pasted));
    robot.clickOn(field);
    robot.interact(field::end);
    robot.write(text.substring(text.length() - typed));
    assertThat(field.getText()).as(id).isEqualTo(text);
  }

  /** Produces the three shapes the tests compare: per-key env (Pod), envFrom (Deployment), the docs' volume example. */
  void perKeyEnv() {
    for (String key : new String[] {"privateKeyData", "projectId", "role", "subscription"}) {
      check("#snippet-env-use-" + key, false);
    }
    type("#snippet-env-name-url", "QUEUE_URL");
  }

  void envFromDeployment() {
    check("#snippet-mode-env", false);
    check("#snippet-mode-envfrom", true);
    type("#snippet-prefix", "QUEUE_");
    click("#snippet-kind-deployment");
    type("#snippet-name", "worker");
  }

  void docsVolume() {
    check("#snippet-mode-envfrom", false);
    check("#snippet-mode-env", true);
    for (String key : new String[] {"privateKeyData", "projectId", "role", "subscription", "url"}) {
      check("#snippet-env-use-" + key, false);
    }
    check("#snippet-env-use-topic", true);
    type("#snippet-env-name-topic", "TOPIC");
    click("#snippet-literal-add");
    type("#snippet-literal-name-0", "PROVIDER_APPLICATION_CREDENTIALS");
    type("#snippet-literal-value-0", "/var/secrets/provider/key.json");
    check("#snippet-mode-volume", true);
    type("#snippet-mount-path", "/var/secrets/provider");
    type("#snippet-volume-name", "provider-cloud-key");
    check("#snippet-items-only", true);
    check("#snippet-item-use-privateKeyData", true);
    type("#snippet-item-path-privateKeyData", "key.json");
    type("#snippet-name", "user-app");
    type("#snippet-container", "user-app");
    type("#snippet-image", "user-app:1.0");
  }
}
