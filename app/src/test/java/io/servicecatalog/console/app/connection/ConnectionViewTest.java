package io.servicecatalog.console.app.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.Fx;
import io.servicecatalog.console.app.settings.InMemorySettings;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The connection chooser before and after its kubeconfig has been read. */
@ExtendWith(ApplicationExtension.class)
class ConnectionViewTest {

  @TempDir
  Path dir;

  private final BackgroundExecutor background = new BackgroundExecutor();
  private final StackPane root = new StackPane();

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    stage.setScene(new Scene(root, 900, 600));
    stage.show();
  }

  @AfterEach
  void stop() {
    background.close();
  }

  private ConnectionViewModel model(Path kubeconfig) {
    return new ConnectionViewModel(background, Fx.EXECUTOR, new InMemorySettings(), new ClusterConnector(),
        () -> new KubeconfigSource(List.of(kubeconfig), false), () -> null, connection -> { });
  }

  /** A kubeconfig with contexts "first" and "second" (the current one). */
  private Path twoContexts() throws IOException {
    return Files.writeString(dir.resolve("config"), """
        apiVersion: v1
        kind: Config
        current-context: second
        clusters:
        - {name: c, cluster: {server: "https://127.0.0.1:6443"}}
        users:
        - {name: me, user: {token: not-a-real-token}}
        contexts:
        - {name: first, context: {cluster: c, user: me}}
        - {name: second, context: {cluster: c, user: me, namespace: apps}}
        """);
  }

  private ConnectionView show(FxRobot robot, ConnectionViewModel model) {
    ConnectionView[] view = new ConnectionView[1];
    robot.interact(() -> {
      view[0] = new ConnectionView(model);
      root.getChildren().setAll(view[0]);
    });
    return view[0];
  }

  @Test
  @DisplayName("until the kubeconfig is read there is a line saying so and no table; its contexts then fill one")
  void tableOnceThereAreContexts(FxRobot robot) throws IOException {
    Path kubeconfig = twoContexts();
    ConnectionViewModel model = model(kubeconfig);
    ConnectionView view = show(robot, model);
    assertThat(robot.from(view).lookup("#context-table").tryQuery()).isEmpty();
    assertThat(robot.from(view).lookup("#contexts-placeholder").queryAs(Label.class).isVisible()).isTrue();
    assertThat(robot.from(view).lookup("#kubeconfig-source").queryAs(Label.class).getTooltip()).isNull();

    robot.interact(model::loadInitial);
    await().until(() -> robot.from(view).lookup("#context-table").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    TableView<ContextEntry> table = robot.from(view).lookup("#context-table").queryAs(TableView.class);
    assertThat(table.getItems()).extracting(ContextEntry::name).containsExactly("first", "second");
    // The kubeconfig's current context is the one selected.
    await().until(() -> table.getSelectionModel().getSelectedItem() != null);
    assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("second");

    // The source line names the file, in full in its tooltip (made once there is a file to name).
    Label source = robot.from(view).lookup("#kubeconfig-source").queryAs(Label.class);
    assertThat(source.getTooltip()).isNotNull();
    assertThat(source.getTooltip().getText()).contains(kubeconfig.toString());

    // A second view of a model that has its contexts (after a disconnect) shows the table and tooltip at once.
    ConnectionView again = show(robot, model);
    assertThat(robot.from(again).lookup("#context-table").tryQuery()).isPresent();
    assertThat(robot.from(again).lookup("#kubeconfig-source").queryAs(Label.class).getTooltip()).isNotNull();
  }

  @Test
  @DisplayName("a kubeconfig without contexts says so in words, with what to do")
  void noContexts(FxRobot robot) throws IOException {
    Path kubeconfig = dir.resolve("empty");
    Files.writeString(kubeconfig, """
        apiVersion: v1
        kind: Config
        """);
    ConnectionViewModel model = model(kubeconfig);
    ConnectionView view = show(robot, model);
    robot.interact(model::loadInitial);
    await().until(() -> robot.from(view).lookup("#contexts-placeholder").queryAs(Label.class).getText()
        .startsWith("No contexts found"));
    assertThat(robot.from(view).lookup("#context-table").tryQuery()).isEmpty();
    assertThat(robot.lookup("#connect-spinner").tryQuery()).isEmpty();
  }

  @Test
  @DisplayName("a chooser left behind by a disconnect is not kept alive by the model it listened to")
  void replacedViewIsCollected(FxRobot robot) throws IOException {
    Path kubeconfig = twoContexts();
    ConnectionViewModel model = model(kubeconfig);
    WeakReference<ConnectionView> first = new WeakReference<>(show(robot, model));
    robot.interact(model::loadInitial);
    await().until(() -> robot.lookup("#context-table").tryQuery().isPresent());

    ConnectionView second = show(robot, model);
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      System.gc();
      return first.get() == null;
    });
    // The view that is shown still follows the model.
    robot.interact(() -> model.selectedProperty().set(null));
    robot.interact(() -> model.selectedProperty().set(model.contexts().get(0)));
    @SuppressWarnings("unchecked")
    TableView<ContextEntry> table = robot.from(second).lookup("#context-table").queryAs(TableView.class);
    assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(model.contexts().get(0));
  }
}
