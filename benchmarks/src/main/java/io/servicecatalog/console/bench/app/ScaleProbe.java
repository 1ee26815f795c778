package io.servicecatalog.console.bench.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.api.model.NamedContextBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.servicecatalog.console.app.connection.ConnectionTarget;
import io.servicecatalog.console.app.marketplace.ServiceEntry;
import io.servicecatalog.console.app.shell.ClusterView;
import io.servicecatalog.console.app.shell.Place;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.shell.Workspace;
import io.servicecatalog.console.bench.Probes;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.sandbox.Sandbox;
import io.servicecatalog.console.sandbox.SandboxOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.GridView;

/**
 * The console at scale, headless: a {@link ScaleSandbox} in a second JVM holds the large catalog and the bulk
 * instances and bindings; this JVM runs only the console (namespace {@code bulk}) and measures populate time against
 * two peers, the raw fabric8 list of the same objects and fabric8's own informers of them with nothing to do, then
 * search keystrokes, scrolling, an event storm, and memory.
 * Arguments: services, plans, instances, bindings, storm updates, storm seconds[, rounds of reconnection].
 */
public final class ScaleProbe {

  private static final double FRAME_MS = 1000.0 / 60;
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  private final int services;
  private final int plans;
  private final int instances;
  private final int bindings;
  private final ObjectNode result = Probes.JSON.createObjectNode();
  private final List<Double> pulseGaps = new CopyOnWriteArrayList<>();
  private volatile boolean recordGaps;
  private ConsoleWindow console;
  /** The views {@link #populated()} watches, found once per connection. */
  private GridView<?> shownGrid;
  private TableView<?> shownInstances;
  private TableView<?> shownBindings;
  private Scene scene;
  private Config config;
  /** Rounds of raw listing, informer listing and reconnection after the first connection. */
  private int rounds = 3;
  private long sandboxPid;

  private ScaleProbe(int services, int plans, int instances, int bindings) {
    this.services = services;
    this.plans = plans;
    this.instances = instances;
    this.bindings = bindings;
  }

  public static void main(String[] args) throws Exception {
    int services = Integer.parseInt(args[0]);
    int plans = Integer.parseInt(args[1]);
    int instances = Integer.parseInt(args[2]);
    int bindings = Integer.parseInt(args[3]);
    int stormUpdates = Integer.parseInt(args[4]);
    double stormSeconds = Double.parseDouble(args[5]);
    ScaleProbe probe = new ScaleProbe(services, plans, instances, bindings);
    probe.rounds = args.length > 6 ? Integer.parseInt(args[6]) : 3;
    if (probe.rounds < 1) {
      throw new IllegalArgumentException("At least one round of reconnection: the warm figures are its medians");
    }
    try {
      probe.run(stormUpdates, stormSeconds);
    } catch (Exception | Error e) {
      // The suite shows this process's stderr when no result came; without this the exit below would swallow it.
      e.printStackTrace();
    } finally {
      // JavaFX's threads would keep a failed probe alive; the suite waits for this process to end.
      System.exit(0);
    }
  }

  private void run(int stormUpdates, double stormSeconds) throws Exception {
    Process sandbox = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), ScaleSandbox.class.getName(),
        String.valueOf(services), String.valueOf(plans), String.valueOf(instances), String.valueOf(bindings))
        .redirectError(Path.of("target", "scale-sandbox.log").toFile())
        .start();
    try {
      BufferedReader sandboxOut = new BufferedReader(new InputStreamReader(sandbox.getInputStream(),
          StandardCharsets.UTF_8));
      PrintWriter sandboxIn = new PrintWriter(sandbox.getOutputStream(), true, StandardCharsets.UTF_8);
      long setup = System.nanoTime();
      String url = expect(sandboxOut, "READY").substring("READY ".length()).trim();
      result.put("sandboxSetupS", (System.nanoTime() - setup) / 1e9);
      config = config(url);
      sandboxPid = sandbox.pid();
      Probes.startFx();
      onFx(() -> {
        console = new ConsoleWindow(SandboxOptions::defaults, () -> { });
        scene = console.scene();
        new AnimationTimer() {
          private long last;

          @Override
          public void handle(long now) {
            if (last != 0 && recordGaps) {
              pulseGaps.add((now - last) / 1e6);
            }
            last = now;
          }
        }.start();
        return null;
      });
      populateAgainstPeers();
      memory();
      keystrokes();
      scrolling();
      // The first storm runs status writes and watch events through both JVMs for the first time: their JIT
      // compilers work through it on the same two cores. The second shows a console that has been running a while.
      result.set("stormFirst", storm(sandboxOut, sandboxIn, stormUpdates, stormSeconds, "first"));
      result.set("storm", storm(sandboxOut, sandboxIn, stormUpdates, stormSeconds, "second"));
      Probes.emit(result);
      sandboxIn.println("QUIT");
      onFx(() -> {
        console.close();
        return null;
      });
    } finally {
      sandbox.destroy();
      sandbox.waitFor(30, TimeUnit.SECONDS);
    }
    Platform.exit();
  }

  private static String expect(BufferedReader in, String prefix) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new IllegalStateException("The scale sandbox ended before saying " + prefix
        + "; see target/scale-sandbox.log");
  }

  private static Config config(String url) {
    NamedContext context = new NamedContextBuilder().withName("scale-sandbox").withNewContext()
        .withCluster("scale-sandbox").withUser("scale-sandbox").withNamespace(Sandbox.BULK_NAMESPACE).endContext()
        .build();
    return new ConfigBuilder(Config.empty()).withMasterUrl(url).withNamespace(Sandbox.BULK_NAMESPACE)
        .withContexts(context).withCurrentContext(context).withHttp2Disable(true).build();
  }

  /**
   * The console's population against its two peers. First with first: each peer's first listing, then the console's
   * first connection (its UI built for the first time too). Then rounds of one raw listing, one informer listing
   * and one reconnection, back to back, so that each round's three figures meet the machine in the same state (on
   * two busy cores a phase can take half as long again as the same phase a minute later); the warm figures are
   * medians over the rounds, and the ratios the medians of each round's ratio.
   */
  private void populateAgainstPeers() throws Exception {
    result.put("rawListColdMs", rawList("rawListColdCpuMs"));
    TimeUnit.SECONDS.sleep(1);
    result.put("informerListColdMs", informerList("informerListColdCpuMs"));
    TimeUnit.SECONDS.sleep(2);
    double cold = connect("populateColdCpuMs");
    result.put("populateColdMs", cold);
    result.put("populateColdRatio", cold / result.get("rawListColdMs").asDouble());
    result.put("populateInformerColdRatio", cold / result.get("informerListColdMs").asDouble());
    List<Double> raws = new ArrayList<>();
    List<Double> informers = new ArrayList<>();
    List<Double> populates = new ArrayList<>();
    List<Double> toRaw = new ArrayList<>();
    List<Double> toInformers = new ArrayList<>();
    List<Double> informersToRaw = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      disconnect();
      boolean first = round == 0;
      double raw = rawList(first ? "rawListWarmCpuMs" : null);
      TimeUnit.SECONDS.sleep(1);
      double informer = informerList(first ? "informerListWarmCpuMs" : null);
      TimeUnit.SECONDS.sleep(2);
      double populate = connect(first ? "populateWarmCpuMs" : null);
      raws.add(raw);
      informers.add(informer);
      populates.add(populate);
      toRaw.add(populate / raw);
      toInformers.add(populate / informer);
      informersToRaw.add(informer / raw);
    }
    result.set("rawListMsRuns", Probes.JSON.valueToTree(raws));
    result.set("informerListMsRuns", Probes.JSON.valueToTree(informers));
    result.set("populateMsRuns", Probes.JSON.valueToTree(populates));
    result.put("rawListMs", Probes.median(raws));
    result.put("informerListMs", Probes.median(informers));
    result.put("populateMs", Probes.median(populates));
    result.put("populateRatio", Probes.median(toRaw));
    result.put("populateInformerRatio", Probes.median(toInformers));
    result.put("informerRawRatio", Probes.median(informersToRaw));
  }

  /** The first peer: the same objects listed by a bare fabric8 client, every kind at once as the informers do. */
  private double rawList(String cpuKey) {
    try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
      Map<String, Long> consoleCpu = ThreadCpu.of(ProcessHandle.current().pid());
      Map<String, Long> sandboxCpu = ThreadCpu.of(sandboxPid);
      long t0 = System.nanoTime();
      List<CompletableFuture<Integer>> lists = new ArrayList<>();
      for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
        lists.add(CompletableFuture.supplyAsync(() -> {
          var resources = client.resources(kind.resourceClass());
          return (kind.namespaced() ? resources.inNamespace(Sandbox.BULK_NAMESPACE).list() : resources.list())
              .getItems().size();
        }));
      }
      int total = lists.stream().mapToInt(CompletableFuture::join).sum();
      double ms = Probes.millis(t0, System.nanoTime());
      result.put("rawListObjects", total);
      if (cpuKey != null) {
        result.set(cpuKey, cpuSince(consoleCpu, sandboxCpu));
      }
      return ms;
    }
  }

  /**
   * The second peer: fabric8's own informers for every kind, on a client with fabric8's defaults and handlers that
   * do nothing, from start to every kind's initial listing handed to its handlers. What an informer adds to a listing
   * before any of the console's code runs: its cache and index, one notification per object, the objects kept.
   */
  private double informerList(String cpuKey) throws InterruptedException {
    try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
      Map<String, Long> consoleCpu = ThreadCpu.of(ProcessHandle.current().pid());
      Map<String, Long> sandboxCpu = ThreadCpu.of(sandboxPid);
      long t0 = System.nanoTime();
      List<CompletableFuture<Void>> listed = new ArrayList<>();
      List<SharedIndexInformer<?>> informers = new ArrayList<>();
      for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        listed.add(done);
        informers.add(idleInformer(client, kind, kind.resourceClass(), done));
      }
      CompletableFuture.allOf(listed.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
      double ms = Probes.millis(t0, System.nanoTime());
      if (cpuKey != null) {
        result.set(cpuKey, cpuSince(consoleCpu, sandboxCpu));
      }
      informers.forEach(SharedIndexInformer::stop);
      return ms;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("The bare informers did not list", e);
    }
  }

  private static <T extends HasMetadata> SharedIndexInformer<T> idleInformer(KubernetesClient client,
      ServiceCatalogKind kind, Class<T> type, CompletableFuture<Void> listed) {
    var resources = client.resources(type);
    SharedIndexInformer<T> informer = kind.namespaced()
        ? resources.inNamespace(Sandbox.BULK_NAMESPACE).runnableInformer(0) : resources.runnableInformer(0);
    informer.addEventHandler(new ResourceEventHandler<T>() {
      @Override
      public void onAdd(T obj) {
        // The peer keeps what fabric8 keeps and does nothing more.
      }

      @Override
      public void onUpdate(T oldObj, T newObj) {
        // as onAdd
      }

      @Override
      public void onDelete(T obj, boolean deletedFinalStateUnknown) {
        // as onAdd
      }

      @Override
      public void onList(String resourceVersion, boolean remainedEmpty) {
        listed.complete(null);
      }
    });
    informer.start();
    return informer;
  }

  /** Connect → marketplace, instances and bindings all hold every object; the time in ms. */
  private double connect(String cpuKey) throws Exception {
    Map<String, Long> consoleCpu = ThreadCpu.of(ProcessHandle.current().pid());
    Map<String, Long> sandboxCpu = ThreadCpu.of(sandboxPid);
    long t0 = System.nanoTime();
    ConnectionTarget target = new ConnectionTarget() {
      @Override
      public String displayName() {
        return "scale-sandbox";
      }

      @Override
      public Config config() {
        return config;
      }
    };
    onFx(() -> console.window().connectionModel().connect(target));
    CompletableFuture<Long> done = new CompletableFuture<>();
    java.util.concurrent.atomic.AtomicBoolean prepared = new java.util.concurrent.atomic.AtomicBoolean();
    Runnable check = () -> {
      Workspace workspace = console.window().cluster().flatMap(ClusterView::workspace).orElse(null);
      if (workspace == null || done.isDone()) {
        return;
      }
      if (!prepared.getAndSet(true)) {
        // The tables exist once their pages have been shown and styled, as after a user's first visit.
        for (Place place : List.of(Place.INSTANCES, Place.BINDINGS, Place.MARKETPLACE)) {
          workspace.go(place, page -> page.node().applyCss());
        }
      }
      if (populated()) {
        done.complete(System.nanoTime());
      }
    };
    onFx(() -> {
      scene.addPostLayoutPulseListener(check);
      return null;
    });
    long t1 = done.get(10, TimeUnit.MINUTES);
    onFx(() -> {
      scene.removePostLayoutPulseListener(check);
      return null;
    });
    if (cpuKey != null) {
      result.set(cpuKey, cpuSince(consoleCpu, sandboxCpu));
    }
    return Probes.millis(t0, t1);
  }

  private void disconnect() throws Exception {
    onFx(() -> {
      ((Button) scene.lookup("#disconnect")).fire();
      return null;
    });
    waitFor(() -> scene.lookup("#open-sandbox") != null);
    // The old view's informers stop in the background; let them go before the next listing.
    TimeUnit.SECONDS.sleep(2);
    Probes.heapAfterGcMb();
  }

  /** CPU each process's threads used since the readings given: where a phase's time went on a shared machine. */
  private ObjectNode cpuSince(Map<String, Long> consoleBefore, Map<String, Long> sandboxBefore) {
    ObjectNode used = Probes.JSON.createObjectNode();
    used.set("console", ThreadCpu.between(consoleBefore, ThreadCpu.of(ProcessHandle.current().pid())));
    used.set("sandbox", ThreadCpu.between(sandboxBefore, ThreadCpu.of(sandboxPid)));
    return used;
  }

  /**
   * Whether every object is shown. Runs after every pulse while the console populates, so it looks its three views
   * up once per connection (a lookup walks the scene) and counts plans only once the counts of the rest are there.
   */
  private boolean populated() {
    if (shownGrid == null || shownGrid.getScene() != scene) {
      Workspace workspace = console.window().cluster().flatMap(ClusterView::workspace).orElseThrow();
      shownGrid = workspace.page(Place.MARKETPLACE).node().lookup("#marketplace-grid") instanceof GridView<?> grid
          ? grid : null;
      shownInstances = table(workspace, Place.INSTANCES);
      shownBindings = table(workspace, Place.BINDINGS);
      if (shownGrid == null || shownInstances == null || shownBindings == null) {
        shownGrid = null;
        return false;
      }
    }
    if (shownGrid.getItems().size() < services || shownInstances.getItems().size() < instances
        || shownBindings.getItems().size() < bindings) {
      return false;
    }
    int planCount = 0;
    for (Object entry : shownGrid.getItems()) {
      planCount += ((ServiceEntry) entry).plans().size();
    }
    return planCount >= services * plans;
  }

  private static TableView<?> table(Workspace workspace, Place place) {
    return (TableView<?>) workspace.page(place).node().lookup("#" + place.id() + "-table");
  }

  private void memory() throws InterruptedException {
    result.put("heapAfterGcMb", Probes.heapAfterGcMb());
    // G1 gives memory back to the system on a background thread (JDK 17): read the size once it has.
    TimeUnit.SECONDS.sleep(2);
    result.put("rssMb", Probes.rssMb());
    result.put("heapCommittedMb", java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
        .getCommitted() / (1024.0 * 1024.0));
    result.put("nonHeapCommittedMb", java.lang.management.ManagementFactory.getMemoryMXBean()
        .getNonHeapMemoryUsage().getCommitted() / (1024.0 * 1024.0));
    Probes.diagnostics("scale");
  }

  /** Typing into the marketplace's and the instances' search: the FX thread's work per keystroke. */
  private void keystrokes() throws Exception {
    result.set("marketplaceKeystrokeMs", keystrokes(Place.MARKETPLACE, "#marketplace-search", "bulk analytics 12"));
    result.set("instancesKeystrokeMs", keystrokes(Place.INSTANCES, "#instances-search", "instance-0012"));
  }

  private ObjectNode keystrokes(Place place, String fieldId, String text) throws Exception {
    onFx(() -> {
      workspace().go(place, page -> { });
      return null;
    });
    settle();
    List<String> queries = new ArrayList<>();
    for (int i = 1; i <= text.length(); i++) {
      queries.add(text.substring(0, i));
    }
    for (int i = text.length() - 1; i >= 0; i--) {
      queries.add(text.substring(0, i));
    }
    List<Double> work = new ArrayList<>();
    List<Double> toFrame = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (String query : queries) {
        CompletableFuture<double[]> measured = new CompletableFuture<>();
        Platform.runLater(() -> {
          TextInputControl field = (TextInputControl) scene.lookup(fieldId);
          long cpu0 = CPU.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          field.setText(query);
          long t1 = System.nanoTime();
          AtomicLong pre = new AtomicLong();
          Runnable[] listeners = new Runnable[2];
          listeners[0] = () -> pre.set(System.nanoTime());
          listeners[1] = () -> {
            long t2 = System.nanoTime();
            scene.removePreLayoutPulseListener(listeners[0]);
            scene.removePostLayoutPulseListener(listeners[1]);
            measured.complete(new double[] {Probes.millis(t0, t1) + Probes.millis(pre.get(), t2), Probes.millis(t0, t2),
                Probes.millis(cpu0, CPU.getCurrentThreadCpuTime())});
          };
          scene.addPreLayoutPulseListener(listeners[0]);
          scene.addPostLayoutPulseListener(listeners[1]);
        });
        double[] ms = measured.get(60, TimeUnit.SECONDS);
        if (round > 0) {
          work.add(ms[0]);
          toFrame.add(ms[1]);
          cpu.add(ms[2]);
        }
        TimeUnit.MILLISECONDS.sleep(40);
      }
    }
    ObjectNode out = Probes.JSON.createObjectNode();
    out.put("median", Probes.median(work));
    out.put("p95", Probes.percentile(work, 95));
    out.put("max", Probes.percentile(work, 100));
    out.put("toLaidOutFrameMedian", Probes.median(toFrame));
    out.put("fxCpuMedian", Probes.median(cpu));
    out.put("keystrokes", work.size());
    return out;
  }

  /** Scrolls the marketplace grid and the instances table one step per pulse and counts dropped pulses. */
  /**
   * Each view is scrolled twice, like the storm is run twice: the first pass meets the scrolling code cold, with both
   * JIT compilers and the software renderer sharing the two cores; the second is what scrolling is like from then on.
   */
  private void scrolling() throws Exception {
    result.set("marketplaceScrollFirst", scroll(Place.MARKETPLACE, "#marketplace-grid", 240, 40));
    result.set("marketplaceScroll", scroll(Place.MARKETPLACE, "#marketplace-grid", 240, 40));
    result.set("instancesScrollFirst", scroll(Place.INSTANCES, "#instances-table", 240, 60));
    result.set("instancesScroll", scroll(Place.INSTANCES, "#instances-table", 240, 60));
  }

  private ObjectNode scroll(Place place, String id, int frames, double pixelsPerFrame) throws Exception {
    onFx(() -> {
      workspace().go(place, page -> { });
      return null;
    });
    settle();
    CompletableFuture<Void> done = new CompletableFuture<>();
    List<Double> gaps = new ArrayList<>();
    Map<String, Long> consoleCpu = ThreadCpu.of(ProcessHandle.current().pid());
    Map<String, Long> sandboxCpu = ThreadCpu.of(sandboxPid);
    onFx(() -> {
      VirtualFlow<?> flow = (VirtualFlow<?>) scene.lookup(id).lookup(".virtual-flow");
      new AnimationTimer() {
        private long last;
        private int count;
        private double direction = 1;

        @Override
        public void handle(long now) {
          if (last != 0) {
            gaps.add((now - last) / 1e6);
          }
          last = now;
          if (flow.getPosition() >= 1) {
            direction = -1;
          } else if (flow.getPosition() <= 0) {
            direction = 1;
          }
          flow.scrollPixels(direction * pixelsPerFrame);
          if (++count >= frames) {
            stop();
            done.complete(null);
          }
        }
      }.start();
      return null;
    });
    done.get(5, TimeUnit.MINUTES);
    ObjectNode out = Probes.JSON.createObjectNode();
    // Whether dropped pulses were the FX thread's own work or other threads taking the two cores.
    out.set("cpuMs", cpuSince(consoleCpu, sandboxCpu));
    out.put("frames", gaps.size());
    out.put("droppedPulses", gaps.stream().mapToLong(g -> Math.max(0, Math.round(g / FRAME_MS) - 1)).sum());
    out.put("maxGapMs", Probes.percentile(gaps, 100));
    out.put("medianGapMs", Probes.median(gaps));
    return out;
  }

  /** 10,000 status updates in 10 s on the instances view: the FX thread's longest stall and how soon it is current. */
  private ObjectNode storm(BufferedReader sandboxOut, PrintWriter sandboxIn, int updates, double seconds, String name)
      throws Exception {
    onFx(() -> {
      workspace().go(Place.INSTANCES, page -> { });
      return null;
    });
    settle();
    int rounds = (updates + instances - 1) / instances;
    String last = ScaleSandbox.stormMessage(name, rounds, rounds);
    ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "bench-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
    AtomicLong maxStall = new AtomicLong();
    long[] longest = new long[2];
    heartbeat.scheduleAtFixedRate(() -> {
      long posted = System.nanoTime();
      Platform.runLater(() -> {
        long now = System.nanoTime();
        if (now - posted > maxStall.get()) {
          maxStall.set(now - posted);
          longest[0] = posted;
          longest[1] = now;
        }
      });
    }, 0, 5, TimeUnit.MILLISECONDS);
    GcPauses pauses = GcPauses.record();
    pulseGaps.clear();
    recordGaps = true;
    Map<String, Long> consoleCpu = ThreadCpu.of(ProcessHandle.current().pid());
    Map<String, Long> sandboxCpu = ThreadCpu.of(sandboxPid);
    long start = System.nanoTime();
    sandboxIn.println("STORM " + updates + " " + seconds + " " + name);
    String[] done = expect(sandboxOut, "STORM-DONE").split(" ");
    long end = System.nanoTime();
    waitFor(() -> {
      TableView<?> table = table(workspace(), Place.INSTANCES);
      for (ServiceInstance item : Tables.<ServiceInstance>objects(table)) {
        var conditions = item.getStatus().getConditions();
        if (!last.equals(conditions.get(0).getMessage())) {
          return false;
        }
      }
      return true;
    });
    long current = System.nanoTime();
    ObjectNode cpu = cpuSince(consoleCpu, sandboxCpu);
    recordGaps = false;
    heartbeat.shutdownNow();
    ObjectNode out = Probes.JSON.createObjectNode();
    out.put("updates", Integer.parseInt(done[1]));
    out.put("writeSeconds", Integer.parseInt(done[2]) / 1000.0);
    out.put("failedWrites", Integer.parseInt(done[3]));
    out.put("longestStallMs", maxStall.get() / 1e6);
    // How much of that stall the JVM's collector paused every thread for (the rest is the FX thread's own work).
    out.put("longestStallGcMs", pauses.stop().pausedWithin(longest[0], longest[1]) / 1e6);
    out.put("longestPulseGapMs", Probes.percentile(pulseGaps, 100));
    out.put("currentAfterMs", Probes.millis(end, current));
    out.put("totalSeconds", (current - start) / 1e9);
    // Whether a stall was the FX thread's own work or the machine's two cores being busy elsewhere.
    out.set("cpuMs", cpu);
    return out;
  }

  private Workspace workspace() {
    return console.window().cluster().flatMap(ClusterView::workspace).orElseThrow();
  }

  /** Waits (polling on the FX thread every 2 ms) until the condition holds there. */
  private static void waitFor(BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!onFx(condition::getAsBoolean)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Timed out waiting for the console");
      }
      TimeUnit.MILLISECONDS.sleep(2);
    }
  }

  /** Lets a view switch lay out and the flushes in flight land. */
  private static void settle() throws InterruptedException {
    TimeUnit.MILLISECONDS.sleep(500);
  }

  private static <T> T onFx(Supplier<T> work) throws Exception {
    CompletableFuture<T> future = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        future.complete(work.get());
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      }
    });
    return future.get(5, TimeUnit.MINUTES);
  }
}
