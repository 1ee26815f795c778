package io.servicecatalog.console.bench.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.bench.Probes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time a process's threads have used, by thread name with the numbers taken out ("C2 CompilerThread#",
 * "vert.x-eventloop-thread-#"), read from Linux's {@code /proc}. On two cores, where the console, its sandbox, the
 * JIT compilers and the collector share the machine, this says where a phase's time went. Elsewhere it reads nothing.
 */
final class ThreadCpu {

  /** Linux counts thread CPU time in clock ticks of 10 ms. */
  private static final long MS_PER_TICK = 10;

  private ThreadCpu() {}

  /** Milliseconds of CPU used so far, by thread group; empty where {@code /proc} is not there. */
  static Map<String, Long> of(long pid) {
    Map<String, Long> used = new TreeMap<>();
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    if (!Files.isDirectory(tasks)) {
      return used;
    }
    try (Stream<Path> threads = Files.list(tasks)) {
      threads.forEach(thread -> {
        String stat;
        try {
          stat = Files.readString(thread.resolve("stat"));
        } catch (IOException ended) {
          return; // the thread ended while the list was read
        }
        // "pid (name) state ppid ..."; utime and stime are fields 14 and 15, counted from the pid.
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        used.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MS_PER_TICK, Long::sum);
      });
    } catch (IOException e) {
      return Map.of();
    }
    return used;
  }

  /**
   * What each thread group used between two readings (groups under 30 ms are left out), and the total. A group whose
   * threads ended meanwhile took their time with them; it counts as 0, not less, so figures are lower bounds.
   */
  static ObjectNode between(Map<String, Long> before, Map<String, Long> after) {
    ObjectNode out = Probes.JSON.createObjectNode();
    long total = 0;
    for (Map.Entry<String, Long> group : after.entrySet()) {
      long used = Math.max(0, group.getValue() - before.getOrDefault(group.getKey(), 0L));
      total += used;
      if (used >= 30) {
        out.put(group.getKey(), used);
      }
    }
    out.put("total", total);
    return out;
  }
}
