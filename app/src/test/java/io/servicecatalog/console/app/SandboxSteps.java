package io.servicecatalog.console.app;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.controlsfx.control.GridView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the wizard flow tests share: what a person does first on the connection chooser. */
final class SandboxSteps {

  /** How long the embedded controller may take to make brokers, instances or bindings Ready. */
  static final Duration CONTROLLER = Duration.ofSeconds(60);

  private SandboxSteps() {}

  /** Clicks "Open the sandbox" and waits until the marketplace shows the six sample services. */
  static void openSandbox(FxRobot robot) {
    await().until(() -> robot.lookup("#open-sandbox").tryQuery().isPresent());
    robot.clickOn("#open-sandbox");
    await().atMost(CONTROLLER).until(() -> robot.lookup("#marketplace-grid").tryQuery().isPresent());
    GridView<?> grid = robot.lookup("#marketplace-grid").queryAs(GridView.class);
    await().atMost(CONTROLLER).until(() -> grid.getItems().size() >= 6);
  }

  /**
   * Reads something on the FX thread, so what the test sees is a whole drawing, never one half-way through an
   * update (a status label already changed while the buttons that go with it are not there yet).
   */
  static <T> T onFx(Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }
}
