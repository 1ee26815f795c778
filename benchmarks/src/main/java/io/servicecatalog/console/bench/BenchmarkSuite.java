package io.servicecatalog.console.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.bench.app.PackagedStartup;
import io.servicecatalog.console.bench.app.ScaleProbe;
import io.servicecatalog.console.bench.app.StartupProbe;
import io.servicecatalog.console.bench.schema.SchemaFormNodeBuildHarness;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmark suite's one entry point: JMH for the pure parts, then the headless app probes (start-up in a
 * fresh JVM per run, the console at scale, the schema form's node build), each figure printed beside its budget
 * with PASS or MISS, and everything written to {@code target/results.json}.
 *
 * <p>Options: {@code --startup-runs N} (default 5), {@code --scale S,P,I,B} (default 2000,10,5000,5000),
 * {@code --storm U,SECONDS} (default 10000,10), {@code --skip jmh|startup|scale|forms} (repeatable or comma-separated),
 * {@code --out FILE}, {@code --scale-jvm-arg ARG} (repeatable: more options for the scale probe's console JVM,
 * after its {@code -Xmx512m} and the console's own launch options from the root pom, to try other settings),
 * {@code --packaged LAUNCHER} (default {@link PackagedStartup#DEFAULT_LAUNCHER}: the installed package's start-up is
 * timed when it is there and an X display and xdotool are at hand), {@code --packaged-runs N} (default 11).
 */
public final class BenchmarkSuite {

  private static final List<String> FX_HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
      "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dheadless.geometry=1920x1200-32");

  /**
   * How the probes start the console's JVM: a heap cap and the console's own launch options (the root pom's
   * console.gc* and console.jit properties, passed in by the benchmarks pom), so they measure the console as it is
   * started.
   */
  private static final List<String> CONSOLE_JVM = consoleJvm();

  private final List<Row> rows = new ArrayList<>();
  private final ObjectNode raw = Probes.JSON.createObjectNode();

  /** One line of the table: what, the figure, its budget, and whether it meets it. */
  record Row(String area, String metric, double value, String unit, double budget, boolean lowerIsBetter,
      String note) {

    boolean pass() {
      return Double.isNaN(budget) || (!Double.isNaN(value) && (lowerIsBetter ? value <= budget : value >= budget));
    }

    String verdict() {
      if (Double.isNaN(value)) {
        return "n/a";
      }
      return Double.isNaN(budget) ? "info" : pass() ? "PASS" : "MISS";
    }
  }

  public static void main(String[] args) throws Exception {
    int startupRuns = 5;
    String scale = "2000,10,5000,5000";
    String storm = "10000,10";
    List<String> skip = new ArrayList<>();
    List<String> scaleJvmArgs = new ArrayList<>(CONSOLE_JVM);
    Path out = Path.of("target", "results.json");
    Path packaged = PackagedStartup.DEFAULT_LAUNCHER;
    int packagedRuns = 11;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--startup-runs" -> startupRuns = Integer.parseInt(args[++i]);
        case "--scale" -> scale = args[++i];
        case "--storm" -> storm = args[++i];
        case "--skip" -> {
          for (String part : args[++i].split(",")) {
            if (!List.of("jmh", "forms", "startup", "scale").contains(part.strip())) {
              throw new IllegalArgumentException("--skip takes jmh, forms, startup or scale (comma-separated or"
                  + " repeated), not " + part + ".");
            }
            skip.add(part.strip());
          }
        }
        case "--out" -> out = Path.of(args[++i]);
        case "--scale-jvm-arg" -> scaleJvmArgs.add(args[++i]);
        case "--packaged" -> packaged = Path.of(args[++i]);
        case "--packaged-runs" -> packagedRuns = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; see BenchmarkSuite's Javadoc.");
      }
    }
    BenchmarkSuite suite = new BenchmarkSuite();
    if (!skip.contains("jmh")) {
      suite.jmh();
    }
    if (!skip.contains("forms")) {
      suite.forms();
    }
    if (!skip.contains("startup")) {
      suite.startup(startupRuns);
      suite.packagedStartup(packaged, packagedRuns);
    }
    if (!skip.contains("scale")) {
      suite.scale(scale.split(","), storm.split(","), scaleJvmArgs);
    }
    suite.report(out);
  }

  private static List<String> consoleJvm() {
    List<String> options = new ArrayList<>(List.of("-Xmx512m"));
    for (String option : System.getProperty("bench.consoleJvm", "").trim().split("\\s+")) {
      if (!option.isEmpty()) {
        options.add(option);
      }
    }
    return List.copyOf(options);
  }

  private void jmh() throws Exception {
    Path jmhJson = Path.of("target", "jmh-results.json");
    Files.createDirectories(jmhJson.getParent());
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include("io\\.servicecatalog\\.console\\.bench\\.schema\\.SchemaFormModelBenchmark\\.buildModel")
        .include("io\\.servicecatalog\\.console\\.bench\\.osb\\..*")
        // Other pure benchmarks of the module (the Pod snippet one) run too and get a row when present.
        .include("io\\.servicecatalog\\.console\\.bench\\.(?!schema|osb|app).*")
        .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
        .result(jmhJson.toString())
        .build()).run();
    ArrayNode all = Probes.JSON.createArrayNode();
    boolean snippet = false;
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String params = r.getParams().getParamsKeys().stream().map(k -> k + "=" + r.getParams().getParam(k))
          .reduce((a, b) -> a + ", " + b).orElse("");
      double score = r.getPrimaryResult().getScore();
      String unit = r.getPrimaryResult().getScoreUnit();
      ObjectNode item = all.addObject().put("benchmark", name).put("params", params).put("score", score)
          .put("error", r.getPrimaryResult().getScoreError()).put("unit", unit);
      double ms = unit.startsWith("ms") ? score : unit.startsWith("us") ? score / 1000 : unit.startsWith("ns")
          ? score / 1e6 : unit.startsWith("s/") ? score * 1000 : Double.NaN;
      item.put("ms", ms);
      if (name.contains("SchemaFormModelBenchmark")) {
        rows.add(new Row("schema form", "model build, " + params + " (JMH)", ms, "ms",
            params.contains("200") ? 100 : Double.NaN, true, "pure part of the form"));
      } else if (name.contains("CatalogParseBenchmark")) {
        rows.add(new Row("osb-client", "catalog parse, " + params + " × 4 plans with schemas (JMH)", ms, "ms", 200,
            true, ""));
      } else if (name.toLowerCase(Locale.ROOT).contains("snippet") || name.toLowerCase(Locale.ROOT).contains("yaml")) {
        snippet = true;
        rows.add(new Row("pod snippet", shortName + (params.isEmpty() ? "" : ", " + params) + " (JMH)", ms, "ms", 5,
            true, ""));
      } else {
        rows.add(new Row("other", shortName + (params.isEmpty() ? "" : ", " + params) + " (JMH)", ms, "ms",
            Double.NaN, true, ""));
      }
    }
    double parseCpu = catalogParseCpuMs();
    rows.add(new Row("osb-client", "catalog parse, services=1000, FX-free thread CPU time (median of 15)", parseCpu,
        "ms", 200, true, "same work as the JMH row, timed in CPU time so a loaded machine does not inflate it"));
    raw.put("catalogParseCpuMs", parseCpu);
    if (!snippet) {
      rows.add(new Row("pod snippet", "snippet generation + YAML (JMH)", Double.NaN, "ms", 5, true,
          "no snippet benchmark in this build"));
    }
    raw.set("jmh", all);
  }

  /** The JMH catalog-parse benchmark's work, timed in this thread's CPU time after a warm-up. */
  private static double catalogParseCpuMs() throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    byte[] body = mapper.writeValueAsBytes(
        io.servicecatalog.console.sandbox.broker.LargeCatalog.definition(1000, 4, 1).catalog());
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    List<Double> samples = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      io.servicecatalog.console.osb.catalog.Catalog.fromJson(mapper.readTree(body));
      if (i >= 10) {
        samples.add((cpu.getCurrentThreadCpuTime() - c0) / 1e6);
      }
    }
    return Probes.median(samples);
  }

  private void forms() throws Exception {
    ArrayNode all = Probes.JSON.createArrayNode();
    for (int properties : new int[] {10, 50, 200}) {
      JsonNode r = probe(SchemaFormNodeBuildHarness.class, CONSOLE_JVM,
          List.of(String.valueOf(properties), "20"), null);
      all.add(r);
      rows.add(new Row("schema form", "JavaFX form, " + properties + " properties: first screen, FX-thread CPU",
          r.get("firstScreenCpuMs").asDouble(), "ms", properties == 200 ? 100 : Double.NaN, true,
          String.format(Locale.ROOT, "control + skin + nodes + CSS + layout; wall clock %.0f ms",
              r.get("firstScreenMs").asDouble())));
      rows.add(new Row("schema form", "JavaFX form, " + properties + " properties: all fields", r.get("allFieldsMs")
          .asDouble(), "ms", Double.NaN, true, "rest added a batch per pulse"));
      rows.add(new Row("schema form", "first screen ÷ plain Label+TextField grid, " + properties + " properties",
          r.get("firstScreenMs").asDouble() / r.get("plainGridMs").asDouble(), "×", Double.NaN, true,
          String.format(Locale.ROOT, "the peer took %.0f ms", r.get("plainGridMs").asDouble())));
    }
    raw.set("forms", all);
  }

  private void startup(int runs) throws Exception {
    List<Double> frames = new ArrayList<>();
    List<Double> populated = new ArrayList<>();
    ArrayNode all = Probes.JSON.createArrayNode();
    for (int i = 0; i < runs; i++) {
      JsonNode r = probe(StartupProbe.class, CONSOLE_JVM, List.of(), "bench.launchedAt");
      all.add(r);
      frames.add(r.get("firstFrameMs").asDouble());
      populated.add(r.get("marketplacePopulatedMs").asDouble());
    }
    raw.set("startup", all);
    rows.add(new Row("start-up", "launch → first frame, class path (median of " + runs + ")", Probes.median(frames),
        "ms", 2000, true, "fresh JVM per run"));
    rows.add(new Row("start-up", "launch → marketplace populated, sandbox (median of " + runs + ")",
        Probes.median(populated), "ms", Double.NaN, true, "includes starting the sandbox in-process"));
  }

  /** The installed package's launch → first window, when this machine has one and can show it. */
  private void packagedStartup(Path launcher, int runs) throws Exception {
    String metric = "launch → first window, packaged runtime + CDS";
    Optional<String> unavailable = PackagedStartup.unavailable(launcher);
    if (unavailable.isPresent()) {
      rows.add(new Row("start-up", metric, Double.NaN, "ms", 1000, true, unavailable.get()));
      return;
    }
    List<Double> times;
    try {
      times = PackagedStartup.measure(launcher, runs);
    } catch (IllegalStateException e) {
      // A console that exits or shows no window: say so in the table, and let the rest of the suite run.
      rows.add(new Row("start-up", metric, Double.NaN, "ms", 1000, true, e.getMessage()));
      return;
    }
    raw.set("packagedStartupMs", Probes.JSON.valueToTree(times));
    rows.add(new Row("start-up", metric + " (median of " + runs + ")", Probes.median(times), "ms", 1000, true,
        String.format(Locale.ROOT, "%s; fastest %.0f ms; window mapped, as packaging/tools/startup-time.sh", launcher,
            times.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN))));
  }

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** "; FX thread busy x % ..." for a phase, from a probe's per-process thread CPU, when the machine could report it. */
  private static String fxShare(JsonNode cpu, double seconds) {
    if (cpu.path("console").path("total").asLong() == 0 || seconds <= 0) {
      return "";
    }
    double fx = consoleMs(cpu, name -> name.startsWith("JavaFX"));
    return String.format(Locale.ROOT, "; FX thread busy %.0f %% of the time; CPU used: console %.1f s, sandbox %.1f s"
        + " of %.1f s on %d cores", fx / (seconds * 10), cpu.at("/console/total").asLong() / 1000.0,
        cpu.at("/sandbox/total").asLong() / 1000.0, seconds * CORES, CORES);
  }

  private void stormRows(JsonNode storm, String which, double stallBudget, double currentBudget) {
    rows.add(new Row("event storm", String.format(Locale.ROOT, "%d status updates, %s: longest FX stall",
        storm.get("updates").asInt(), which), storm.get("longestStallMs").asDouble(), "ms", stallBudget, true,
        String.format(Locale.ROOT, "of it GC pauses %.0f ms; written in %.1f s, %d failed",
            storm.get("longestStallGcMs").asDouble(), storm.get("writeSeconds").asDouble(),
            storm.get("failedWrites").asInt()) + fxShare(storm.get("cpuMs"), storm.get("totalSeconds").asDouble())));
    rows.add(new Row("event storm", which + ": UI current after it ends", storm.get("currentAfterMs").asDouble(), "ms",
        currentBudget, true, ""));
  }

  /** "; CPU meanwhile: ..." from a probe's per-process thread CPU, when the machine could report it. */
  private static String cpuNote(JsonNode cpu) {
    return cpuNote(cpu, false);
  }

  /** @param fxThread whether to add the FX thread's share: the console's own UI work within the phase */
  private static String cpuNote(JsonNode cpu, boolean fxThread) {
    if (cpu == null || cpu.path("console").path("total").asLong() == 0) {
      return "";
    }
    return String.format(Locale.ROOT, "; CPU meanwhile: console %.1f s (JIT %.1f s), sandbox %.1f s",
        cpu.at("/console/total").asLong() / 1000.0, consoleMs(cpu, name -> name.contains("CompilerThre")) / 1000.0,
        cpu.at("/sandbox/total").asLong() / 1000.0) + (fxThread ? String.format(Locale.ROOT, ", FX thread %.1f s",
        consoleMs(cpu, name -> name.startsWith("JavaFX")) / 1000.0) : "");
  }

  /** While scrolling: the FX thread's CPU beside the rest of both processes', to tell its own work from contention. */
  private static String scrollCpuNote(JsonNode cpu) {
    if (cpu == null || cpu.path("console").path("total").asLong() == 0) {
      return "";
    }
    return String.format(Locale.ROOT, "; CPU meanwhile: FX thread %.2f s, renderer %.2f s, rest of the console %.2f s"
        + " (JIT %.2f s), sandbox %.2f s", consoleMs(cpu, name -> name.startsWith("JavaFX")) / 1000.0,
        consoleMs(cpu, name -> name.startsWith("QuantumRenderer")) / 1000.0,
        consoleMs(cpu, name -> !name.startsWith("JavaFX") && !name.startsWith("QuantumRenderer")
            && !name.equals("total")) / 1000.0,
        consoleMs(cpu, name -> name.contains("CompilerThre")) / 1000.0, cpu.at("/sandbox/total").asLong() / 1000.0);
  }

  private void scrollRow(JsonNode scroll, String what, double budget) {
    if (scroll == null) {
      return;
    }
    rows.add(new Row("scale", what + ": dropped pulses", scroll.get("droppedPulses").asDouble(), "", budget,
        true, String.format(Locale.ROOT, "%d frames, longest gap %.0f ms", scroll.get("frames").asInt(),
        scroll.get("maxGapMs").asDouble()) + scrollCpuNote(scroll.get("cpuMs"))));
  }

  /** CPU milliseconds of the console's thread groups whose (shortened, numberless) names match. */
  private static long consoleMs(JsonNode cpu, java.util.function.Predicate<String> group) {
    long sum = 0;
    for (var names = cpu.get("console").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      sum += group.test(name) ? cpu.get("console").get(name).asLong() : 0;
    }
    return sum;
  }

  private void scale(String[] scale, String[] storm, List<String> jvmArgs) throws Exception {
    List<String> args = new ArrayList<>(List.of(scale));
    args.addAll(List.of(storm));
    // Three rounds of reconnection after the first connection (ScaleProbe#populateAgainstPeers).
    args.add("3");
    JsonNode r = probe(ScaleProbe.class, jvmArgs, args, null);
    raw.set("scale", r);
    String size = String.format(Locale.ROOT, "%s classes / %d plans / %s instances / %s bindings", scale[0],
        Integer.parseInt(scale[0]) * Integer.parseInt(scale[1]), scale[2], scale[3]);
    rows.add(new Row("scale", "raw fabric8 list of all kinds, first listing (" + size + ")",
        r.get("rawListColdMs").asDouble(), "ms", Double.NaN, true, "the first peer"
        + cpuNote(r.get("rawListColdCpuMs"))));
    rows.add(new Row("scale", "fabric8 informers of all kinds, handlers doing nothing: start → every first listing",
        r.get("informerListColdMs").asDouble(), "ms", Double.NaN, true, "the second peer, fabric8's defaults"
        + cpuNote(r.get("informerListColdCpuMs"))));
    rows.add(new Row("scale", "connect → marketplace + instances + bindings populated, first connection",
        r.get("populateColdMs").asDouble(), "ms", Double.NaN, true, String.format(Locale.ROOT,
        "%.2f× the raw list's first listing, %.2f× the informers' first", r.get("populateColdRatio").asDouble(),
        r.get("populateInformerColdRatio").asDouble()) + cpuNote(r.get("populateColdCpuMs"), true)));
    int rounds = r.get("populateMsRuns").size();
    rows.add(new Row("scale", "raw list, again (median of " + rounds + " rounds)", r.get("rawListMs").asDouble(), "ms",
        Double.NaN, true, "each round: raw list, informers, reconnection" + cpuNote(r.get("rawListWarmCpuMs"))));
    rows.add(new Row("scale", "informers, again (median of " + rounds + ")", r.get("informerListMs").asDouble(), "ms",
        Double.NaN, true, String.format(Locale.ROOT, "%.2f× the raw list (median of the rounds' ratios)",
        r.get("informerRawRatio").asDouble()) + cpuNote(r.get("informerListWarmCpuMs"))));
    rows.add(new Row("scale", "connect → populated, reconnecting (median of " + rounds + ")",
        r.get("populateMs").asDouble(), "ms", Double.NaN, true, "the UI built already"
        + cpuNote(r.get("populateWarmCpuMs"), true)));
    rows.add(new Row("scale", "populate ÷ raw list (median of the rounds' ratios)", r.get("populateRatio").asDouble(),
        "×", 1.3, true, String.format(Locale.ROOT, "fabric8's informers alone: %.2f× (README, Performance, ninth "
        + "pass)", r.get("informerRawRatio").asDouble())));
    rows.add(new Row("scale", "populate ÷ fabric8's informers alone (median of the rounds' ratios)",
        r.get("populateInformerRatio").asDouble(), "×", 1.3, true, "what the console adds to the informers it runs"));
    rows.add(new Row("scale", "marketplace search keystroke → filtered, laid out: FX-thread CPU (median)",
        r.at("/marketplaceKeystrokeMs/fxCpuMedian").asDouble(), "ms", 16, true, String.format(Locale.ROOT,
        "wall clock median %.1f ms, p95 %.1f ms", r.at("/marketplaceKeystrokeMs/median").asDouble(),
        r.at("/marketplaceKeystrokeMs/p95").asDouble())));
    rows.add(new Row("scale", "instances search keystroke → filtered, laid out: FX-thread CPU (median)",
        r.at("/instancesKeystrokeMs/fxCpuMedian").asDouble(), "ms", 16, true, String.format(Locale.ROOT,
        "wall clock median %.1f ms, p95 %.1f ms", r.at("/instancesKeystrokeMs/median").asDouble(),
        r.at("/instancesKeystrokeMs/p95").asDouble())));
    // As with the storms, the first pass is shown for information: it meets the scrolling code cold.
    scrollRow(r.get("marketplaceScrollFirst"), "marketplace scroll, first pass (JIT still compiling)", Double.NaN);
    scrollRow(r.get("marketplaceScroll"), "marketplace scroll, second pass", 0);
    scrollRow(r.get("instancesScrollFirst"), "instances scroll, first pass (JIT still compiling)", Double.NaN);
    scrollRow(r.get("instancesScroll"), "instances scroll, second pass", 0);
    // The first storm is shown for information: both JVMs' JIT compilers work through it on the same two cores.
    stormRows(r.get("stormFirst"), "first storm (JIT still compiling)", Double.NaN, Double.NaN);
    stormRows(r.get("storm"), "second storm", 100, 250);
    rows.add(new Row("memory", "resident set size at scale", r.get("rssMb").asDouble(), "MB", 400, true,
        "console JVM only; the sandbox runs in its own"));
    rows.add(new Row("memory", "heap after GC at scale", r.get("heapAfterGcMb").asDouble(), "MB", Double.NaN, true,
        ""));
  }

  /**
   * Runs {@code main} in a fresh headless JVM with this class path and returns its {@code RESULT} line. With
   * {@code launchProperty}, the launch time (epoch millis, just before the process starts) is passed in it.
   */
  private static JsonNode probe(Class<?> main, List<String> jvmArgs, List<String> args, String launchProperty)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(FX_HEADLESS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    int launchAt = -1;
    if (launchProperty != null) {
      launchAt = command.size();
      command.add("");
    }
    command.add(main.getName());
    command.addAll(args);
    Path log = Path.of("target", "probe-" + main.getSimpleName() + ".log");
    Files.createDirectories(log.getParent());
    if (launchAt >= 0) {
      command.set(launchAt, "-D" + launchProperty + "=" + System.currentTimeMillis());
    }
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    JsonNode result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith(Probes.RESULT_PREFIX)) {
          result = Probes.JSON.readTree(line.substring(Probes.RESULT_PREFIX.length()));
        } else {
          say("  " + main.getSimpleName() + ": " + line);
        }
      }
    }
    if (!process.waitFor(30, TimeUnit.MINUTES) || result == null) {
      process.destroyForcibly();
      throw new IllegalStateException(main.getSimpleName() + " reported no result (exit " + process.exitValue()
          + "); see " + log);
    }
    return result;
  }

  private void report(Path out) throws IOException {
    StringBuilder table = new StringBuilder();
    table.append("| area | measure | figure | budget | verdict | note |\n|---|---|---:|---:|---|---|\n");
    ArrayNode json = Probes.JSON.createArrayNode();
    for (Row row : rows) {
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", row.area(), row.metric(),
          Double.isNaN(row.value()) ? "–" : format(row.value()) + (row.unit().isEmpty() ? "" : " " + row.unit()),
          Double.isNaN(row.budget()) ? "" : "≤ " + format(row.budget()) + (row.unit().isEmpty() ? "" : " " + row.unit()),
          row.verdict(), row.note()));
      json.addObject().put("area", row.area()).put("measure", row.metric()).put("value", row.value())
          .put("unit", row.unit()).put("budget", row.budget()).put("verdict", row.verdict()).put("note", row.note());
    }
    say("");
    say(table.toString());
    ObjectNode document = Probes.JSON.createObjectNode();
    document.put("when", Instant.now().toString());
    document.put("java", System.getProperty("java.runtime.version"));
    document.put("cpus", Runtime.getRuntime().availableProcessors());
    document.set("table", json);
    document.set("raw", raw);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Probes.JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), document);
    say("Results written to " + out.toAbsolutePath());
  }

  private static String format(double value) {
    return Math.abs(value) >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
  }

  private static void say(String line) {
    // The suite is a command-line tool; its table goes to stdout.
    System.out.println(line);
  }
}
