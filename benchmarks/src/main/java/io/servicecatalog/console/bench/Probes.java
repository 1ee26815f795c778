package io.servicecatalog.console.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * What every benchmark probe process shares: starting JavaFX, medians, memory figures, and handing its result to
 * the suite as one {@code RESULT {json}} line on standard output.
 */
public final class Probes {

  /** The prefix of the one line a probe process reports its figures on. */
  public static final String RESULT_PREFIX = "RESULT ";
  /** Shared JSON mapper of the suite. */
  public static final ObjectMapper JSON = new ObjectMapper();

  private Probes() {
  }

  /** Starts the JavaFX toolkit (headless Monocle when the process was started with its properties). */
  public static void startFx() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    if (!started.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("JavaFX did not start within 60 s");
    }
    Platform.setImplicitExit(false);
  }

  /** Prints the probe's figures for the suite; a probe's stdout is its report, by design. */
  public static void emit(ObjectNode result) {
    try {
      System.out.println(RESULT_PREFIX + JSON.writeValueAsString(result));
      System.out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The median (upper median for an even count); NaN when empty. */
  public static double median(List<Double> samples) {
    if (samples.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** The {@code p}-th percentile (0..100, nearest rank). */
  public static double percentile(List<Double> samples, double p) {
    if (samples.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
  }

  /** This process's resident set size in MB, from {@code /proc/self/status} (NaN where there is none). */
  public static double rssMb() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return Double.NaN;
    }
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
      return Double.NaN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Heap in use after full collections, in MB. */
  public static double heapAfterGcMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  /**
   * When the probe runs with {@code -Dbench.diagnostics=DIR}, writes the live class histogram and (with
   * {@code -XX:NativeMemoryTracking=summary}) the native memory summary to {@code DIR/<name>-*.txt}: where the
   * memory figures come from, for whoever is trying to lower them. With {@code -Dbench.heapDump=true} also a heap
   * dump, {@code DIR/<name>.hprof}.
   */
  public static void diagnostics(String name) {
    String dir = System.getProperty("bench.diagnostics");
    if (dir == null) {
      return;
    }
    try {
      javax.management.ObjectName command = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
      var server = ManagementFactory.getPlatformMBeanServer();
      Files.createDirectories(Path.of(dir));
      for (String[] op : new String[][] {{"gcClassHistogram", "histogram"}, {"vmNativeMemory", "native"}}) {
        Object[] args = {op[0].equals("vmNativeMemory") ? new String[] {"summary"} : new String[0]};
        String text = (String) server.invoke(command, op[0], args, new String[] {String[].class.getName()});
        Files.writeString(Path.of(dir, name + "-" + op[1] + ".txt"), text);
      }
      if (Boolean.getBoolean("bench.heapDump")) {
        Path dump = Path.of(dir, name + ".hprof").toAbsolutePath();
        Files.deleteIfExists(dump);
        ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
            .dumpHeap(dump.toString(), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (javax.management.JMException e) {
      throw new IllegalStateException("Diagnostic commands are not available: " + e.getMessage(), e);
    }
  }

  /** Milliseconds between two {@link System#nanoTime()} readings. */
  public static double millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1e6;
  }
}
