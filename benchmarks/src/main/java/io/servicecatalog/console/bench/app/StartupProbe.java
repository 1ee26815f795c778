package io.servicecatalog.console.bench.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.app.WindowSetup;
import io.servicecatalog.console.bench.Probes;
import io.servicecatalog.console.sandbox.SandboxOptions;
import io.servicecatalog.console.sandbox.broker.BasicCredentials;
import io.servicecatalog.console.sandbox.broker.SampleCatalogs;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.controlsfx.control.GridView;

/**
 * One start of the console, in a fresh JVM: launch → first frame (the first pulse of the shown window has laid it
 * out and hands it to the renderer) and launch → marketplace populated on the default sandbox (every cluster
 * service of the registered sample brokers is a tile). "Launch" is when the suite started the process (system
 * property {@code bench.launchedAt}, epoch millis), else the JVM's own start time.
 */
public final class StartupProbe {

  private StartupProbe() {
  }

  public static void main(String[] args) throws Exception {
    try {
      measure();
    } finally {
      // JavaFX's threads would keep a failed probe alive; the suite waits for this process to end.
      System.exit(0);
    }
  }

  private static void measure() throws Exception {
    long launchedAt = Long.getLong("bench.launchedAt", ManagementFactory.getRuntimeMXBean().getStartTime());
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    int expected = SampleCatalogs.starterPack().serviceCount()
        + SampleCatalogs.cloud(new BasicCredentials("bench", "unused")).serviceCount()
        + SampleCatalogs.lab().serviceCount();
    CompletableFuture<Long> firstFrame = new CompletableFuture<>();
    CompletableFuture<Long> populated = new CompletableFuture<>();
    ConsoleWindow[] window = new ConsoleWindow[1];
    Platform.startup(() -> {
      window[0] = new ConsoleWindow(SandboxOptions::defaults, () -> firstFrame.complete(System.currentTimeMillis()));
      Scene scene = window[0].scene();
      Runnable check = () -> {
        if (!populated.isDone() && scene.lookup("#marketplace-grid") instanceof GridView<?> grid
            && grid.getItems().size() >= expected) {
          populated.complete(System.currentTimeMillis());
        }
      };
      scene.addPostLayoutPulseListener(check);
      // Keeps pulses coming while the sandbox starts, so the check runs every frame.
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          if (populated.isDone()) {
            stop();
          }
        }
      }.start();
      // As the console does with --sandbox.
      WindowSetup.afterFirstFrame(scene, () -> window[0].window().connectionModel().connectSandbox());
    });
    long frame = firstFrame.get(120, TimeUnit.SECONDS);
    long filled = populated.get(180, TimeUnit.SECONDS);
    ObjectNode result = Probes.JSON.createObjectNode();
    result.put("firstFrameMs", frame - launchedAt);
    result.put("marketplacePopulatedMs", filled - launchedAt);
    result.put("jvmStartMs", jvmStart - launchedAt);
    result.put("services", expected);
    Probes.emit(result);
    CompletableFuture<Void> closed = new CompletableFuture<>();
    Platform.runLater(() -> {
      window[0].close();
      closed.complete(null);
    });
    closed.get(60, TimeUnit.SECONDS);
    Platform.exit();
  }
}
