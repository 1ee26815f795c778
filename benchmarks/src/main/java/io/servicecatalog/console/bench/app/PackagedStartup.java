package io.servicecatalog.console.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Launch → first window of an installed package, as {@code packaging/tools/startup-time.sh} measures it: starts the
 * launcher on the X display in {@code DISPLAY}, polls every 20 ms with {@code xdotool} for a visible window of that
 * process, then closes it. Unlike the class-path probe it cannot see the console's first pulse, only the window
 * being mapped, which comes just before it.
 */
public final class PackagedStartup {

  /** Where the Debian and RPM packages put the script that their menu entry and command run. */
  public static final Path DEFAULT_LAUNCHER = Path.of("/opt/service-catalog-console/lib/app/start.sh");

  private static final long POLL_MS = 20;
  private static final long TIMEOUT_MS = 60_000;

  private PackagedStartup() {
  }

  /** Why this machine cannot measure {@code launcher}, or empty when it can. */
  public static Optional<String> unavailable(Path launcher) {
    if (!Files.isExecutable(launcher)) {
      return Optional.of("no installed package at " + launcher + " (see packaging/README.md)");
    }
    if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
      return Optional.of("needs an X display (DISPLAY), e.g. Xvfb");
    }
    try {
      Process which = new ProcessBuilder("xdotool", "version").redirectErrorStream(true).start();
      which.getInputStream().readAllBytes();
      if (!which.waitFor(10, TimeUnit.SECONDS) || which.exitValue() != 0) {
        return Optional.of("needs xdotool");
      }
    } catch (IOException e) {
      return Optional.of("needs xdotool");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
    return Optional.empty();
  }

  /** Milliseconds from starting {@code launcher} to its first visible window, once per run. */
  public static List<Double> measure(Path launcher, int runs) throws IOException, InterruptedException {
    List<Double> times = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      Process console = new ProcessBuilder(launcher.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      try {
        while (!windowShown(console.pid())) {
          if (!console.isAlive()) {
            throw new IllegalStateException(launcher + " exited with " + console.exitValue()
                + " before showing a window");
          }
          if (System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS)) {
            throw new IllegalStateException(launcher + " showed no window within " + TIMEOUT_MS + " ms");
          }
          Thread.sleep(POLL_MS);
        }
        times.add((System.nanoTime() - start) / 1e6);
      } finally {
        console.destroy();
        if (!console.waitFor(20, TimeUnit.SECONDS)) {
          console.destroyForcibly().waitFor();
        }
      }
    }
    return times;
  }

  private static boolean windowShown(long pid) throws IOException, InterruptedException {
    Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--pid", Long.toString(pid))
        .redirectErrorStream(true)
        .start();
    boolean found = !new String(search.getInputStream().readAllBytes()).isBlank();
    return search.waitFor() == 0 && found;
  }
}
