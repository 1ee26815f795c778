package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.marketplace.MarketplaceView;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.controlsfx.control.GridView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A newcomer with no cluster: one click opens the embedded sandbox and its sample brokers appear. */
@ExtendWith(ApplicationExtension.class)
class SandboxFlowTest {

  private BackgroundExecutor background;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    // No kubeconfig at all: the chooser still offers the sandbox.
    AppServices services = new AppServices(background, Fx.EXECUTOR, new InMemorySettings(),
        () -> new KubeconfigSource(List.of(Path.of("target", "no-such-kubeconfig")), true), new ClusterConnector());
    window = new MainWindow(services);
    Scene scene = new Scene(window, 1024, 640);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    window.close();
    background.close();
  }

  @Test
  @DisplayName("opens the sandbox from the chooser and shows its sample brokers; disconnecting stops it")
  void opensSandbox(FxRobot robot) {
    await().until(() -> !window.connectionModel().problems().isEmpty());
    Screenshots.save(window, "chooser-small-no-kubeconfig");
    robot.clickOn("#open-sandbox");
    await().atMost(Duration.ofSeconds(60)).until(() -> robot.lookup("#marketplace-grid").tryQuery().isPresent());
    assertThat(robot.lookup("#context-name").queryAs(Label.class).getText()).isEqualTo("Sandbox");
    // The embedded controller fetches the sample brokers' catalogs; their services fill the marketplace.
    GridView<?> grid = robot.lookup("#marketplace-grid").queryAs(GridView.class);
    await().atMost(Duration.ofSeconds(60)).until(() -> grid.getItems().size() >= 5);
    // Tiles are drawn once and moved as images while the grid scrolls.
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.from(grid).lookup(".grid-cell").<Node>queryAll()).isNotEmpty().allMatch(Node::isCache);
    Screenshots.save(window, "sandbox-marketplace-small");
    // A plan's parameter schema is previewed as the form the user will fill in.
    robot.clickOn(MarketplaceView.tile("tile-managed-database"));
    await().until(() -> robot.lookup("#schemas-standard").tryQuery().isPresent());
    robot.interact(() -> robot.lookup("#schemas-standard").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
    await().until(() -> robot.lookup("#schema-preview-standard-0").tryQuery().isPresent());
    robot.interact(() -> robot.lookup("#schemas-standard").queryAs(Node.class).getParent().requestFocus());
    Screenshots.save(window, "sandbox-plan-schema-preview");
    robot.clickOn("#detail-back");
    robot.clickOn("#nav-brokers");
    await().until(() -> robot.lookup("#brokers-table").tryQuery().isPresent());
    TableView<?> brokers = robot.lookup("#brokers-table").queryAs(TableView.class);
    // The table follows the controller's status updates live.
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Tables.<HasMetadata>objects(brokers))
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(b -> assertThat(ResourceStatus.of(b).phase()).isEqualTo(Phase.READY)));
    Screenshots.save(window, "sandbox-brokers-small");
    robot.clickOn("#disconnect");
    await().until(() -> robot.lookup("#open-sandbox").tryQuery().isPresent());
  }
}
