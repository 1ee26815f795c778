package io.servicecatalog.console.sandbox;

import io.servicecatalog.console.controller.ControllerOptions;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.sandbox.broker.BasicCredentials;
import io.servicecatalog.console.sandbox.broker.BrokerDefinition;
import io.servicecatalog.console.sandbox.broker.LargeCatalog;
import io.servicecatalog.console.sandbox.broker.OsbBrokerServer;
import io.servicecatalog.console.sandbox.broker.SampleCatalogs;
import io.servicecatalog.console.sandbox.kube.SandboxApiServer;
import io.servicecatalog.console.sandbox.kube.ServedCatalogCrds;
import io.servicecatalog.console.sandbox.seed.BulkObjects;
import io.servicecatalog.console.sandbox.seed.Seeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded default environment: an in-process Kubernetes API with the Service Catalog CRDs on a loopback port,
 * sample Open Service Brokers on loopback ports, the brokers registered, and any further {@link SandboxComponent}s
 * (such as the catalog controller). The app connects to it through {@link #config()} exactly as to a kubeconfig
 * context.
 */
public final class Sandbox implements AutoCloseable {

  /** Namespace where clients start. */
  public static final String DEFAULT_NAMESPACE = "default";
  /** Namespace of the pre-seeded bulk instances and bindings ({@link SandboxOptions#bulkInstances()}). */
  public static final String BULK_NAMESPACE = BulkObjects.NAMESPACE;
  /** A second namespace for demos. */
  public static final String DEMO_NAMESPACE = "demo";
  /** Namespace of the namespaced sample broker. */
  public static final String TEAM_A_NAMESPACE = "team-a";
  /** Secret (in {@value #DEFAULT_NAMESPACE}) with the basic-auth credentials of the cloud broker. */
  public static final String CLOUD_BROKER_AUTH_SECRET = "cloud-broker-auth";
  /** User name the cloud broker expects. */
  public static final String CLOUD_BROKER_USER = "sandbox";

  private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SandboxApiServer api;
  private final ExecutorService brokerExecutor;
  private final List<OsbBrokerServer> brokerServers;
  private final List<SampleBroker> brokers;
  private final Deque<AutoCloseable> components = new ArrayDeque<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private Duration startupTime = Duration.ZERO;

  private Sandbox(SandboxApiServer api, ExecutorService brokerExecutor, List<OsbBrokerServer> brokerServers,
      List<SampleBroker> brokers) {
    this.api = api;
    this.brokerExecutor = brokerExecutor;
    this.brokerServers = brokerServers;
    this.brokers = List.copyOf(brokers);
  }

  /** Starts a sandbox with the default options. */
  public static Sandbox start() {
    return start(SandboxOptions.defaults());
  }

  /**
   * Starts the API server and the sample brokers, registers the brokers, then starts the components.
   *
   * @throws SandboxException if any part cannot start; whatever had started is stopped again
   */
  public static Sandbox start(SandboxOptions options) {
    long started = System.nanoTime();
    ExecutorService executor = Executors.newFixedThreadPool(options.brokerThreads(), threads("sandbox-broker-"));
    List<OsbBrokerServer> servers = new ArrayList<>();
    // The API server boots on two start threads while this thread loads the catalogs and starts the brokers.
    ExecutorService startup = Executors.newFixedThreadPool(2, threads("sandbox-start-"));
    Future<SandboxApiServer> apiStart = startup.submit(() ->
        SandboxApiServer.start(options.apiPort(), options.namespace(), options.kubernetesVersion(), startup));
    SandboxApiServer api = null;
    Sandbox sandbox = null;
    try {
      List<SampleBroker> brokers = new ArrayList<>();
      BasicCredentials cloudCredentials = new BasicCredentials(CLOUD_BROKER_USER, password());
      brokers.add(startBroker(SampleCatalogs.starterPack(), SampleBroker.Scope.CLUSTER, null, null, executor,
          options, servers));
      brokers.add(startBroker(SampleCatalogs.cloud(cloudCredentials), SampleBroker.Scope.CLUSTER, null,
          CLOUD_BROKER_AUTH_SECRET, executor, options, servers));
      brokers.add(startBroker(SampleCatalogs.lab(), SampleBroker.Scope.CLUSTER, null, null, executor, options,
          servers));
      brokers.add(startBroker(SampleCatalogs.teamA(), SampleBroker.Scope.NAMESPACED, TEAM_A_NAMESPACE, null,
          executor, options, servers));
      brokers.add(startBroker(SampleCatalogs.partner(), SampleBroker.Scope.UNREGISTERED, null, null, executor,
          options, servers));
      BrokerDefinition large = null;
      if (options.largeCatalog()) {
        large = LargeCatalog.definition(options.largeCatalogServices(), options.largeCatalogPlans(),
            options.largeCatalogSchemaEvery());
        brokers.add(startBroker(large, SampleBroker.Scope.CLUSTER, null, null, executor, options, servers));
      }
      long brokersUp = System.nanoTime();

      api = apiStart.get();
      long apiUp = System.nanoTime();
      startup.shutdown();
      Seeder seeder = new Seeder(api::create);
      seeder.namespaces(List.of(DEFAULT_NAMESPACE, DEMO_NAMESPACE, TEAM_A_NAMESPACE));
      brokers.forEach(broker -> seeder.register(broker, DEFAULT_NAMESPACE));
      boolean bulk = options.bulkInstances() > 0;
      if (bulk) {
        seeder.namespaces(List.of(BULK_NAMESPACE));
        BulkObjects.instances(large.catalog(), options.bulkInstances()).forEach(api::createWithStatus);
        BulkObjects.bindings(options.bulkBindings(), options.bulkInstances()).forEach(api::createWithStatus);
      }
      long seeded = System.nanoTime();
      sandbox = new Sandbox(api, executor, servers, brokers);
      List<SandboxComponent> components = new ArrayList<>();
      if (options.embeddedController()) {
        // The bulk objects are written as a controller leaves them; reconciling them would only cost broker calls.
        components.add(new EmbeddedController(bulk
            ? ControllerOptions.builder().namespaces(List.of(DEFAULT_NAMESPACE, DEMO_NAMESPACE, TEAM_A_NAMESPACE)).build()
            : ControllerOptions.defaults()));
      }
      components.addAll(options.components());
      for (SandboxComponent component : components) {
        sandbox.components.push(component.start(sandbox));
      }
      long done = System.nanoTime();
      sandbox.startupTime = Duration.ofNanos(done - started);
      LOG.info("Sandbox started in {} ms (brokers {} ms, API server with CRDs ready after {} ms, seed {} ms,"
              + " components {} ms): Kubernetes API at {}, {} sample brokers, {} components",
          sandbox.startupTime.toMillis(), millis(started, brokersUp), millis(started, apiUp), millis(apiUp, seeded),
          millis(seeded, done), api.url(), brokers.size(), components.size());
      return sandbox;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      if (sandbox != null) {
        sandbox.close();
      } else {
        if (api != null) {
          api.close();
        } else {
          stopWhenStarted(apiStart);
        }
        servers.forEach(OsbBrokerServer::close);
        stop(executor);
      }
      startup.shutdownNow();
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof SandboxException sandboxException) {
        throw sandboxException;
      }
      throw new SandboxException("The sandbox could not start: " + cause.getMessage()
          + ". Check that loopback networking works and that no other program holds the requested port.", cause);
    }
  }

  /** Waits for an API server still booting, so that a failed start leaves no server behind. */
  private static void stopWhenStarted(Future<SandboxApiServer> apiStart) {
    try {
      apiStart.get().close();
    } catch (ExecutionException e) {
      LOG.debug("The API server had not started either", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long millis(long from, long to) {
    return Duration.ofNanos(to - from).toMillis();
  }

  private static SampleBroker startBroker(BrokerDefinition definition, SampleBroker.Scope scope, String namespace,
      String authSecret, ExecutorService executor, SandboxOptions options, List<OsbBrokerServer> servers) {
    OsbBrokerServer server = OsbBrokerServer.start(definition, executor, options.asyncOperationDuration(),
        options.retryAfterSeconds());
    servers.add(server);
    int plans = 0;
    for (var service : definition.catalog().path("services")) {
      plans += service.path("plans").size();
    }
    return new SampleBroker(definition.name(), server.url(), scope, namespace, definition.credentials(),
        definition.credentials() == null ? null : authSecret, definition.serviceCount(), plans);
  }

  /** The client configuration for this sandbox: context {@code sandbox}, namespace {@code default}. */
  public Config config() {
    return api.config();
  }

  /** A new client of this sandbox's API; the caller closes it. */
  public KubernetesClient newClient() {
    return api.newClient();
  }

  /** The API server's URL, e.g. {@code http://127.0.0.1:40123/}. */
  public String apiUrl() {
    return api.url();
  }

  /** The Service Catalog CRDs served, with their resource contexts. */
  public ServedCatalogCrds crds() {
    return api.crds();
  }

  /** The sample brokers, registered ones first, in a stable order. */
  public List<SampleBroker> brokers() {
    return brokers;
  }

  /** The sample broker of that name. */
  public Optional<SampleBroker> broker(String name) {
    return brokers.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  /** How long {@link #start(SandboxOptions)} took, components included. */
  public Duration startupTime() {
    return startupTime;
  }

  /** Stops the components (last started first), the API server and the brokers. Safe to call twice. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    // The API server goes first: it then closes the components' watches from its side. Watches closed by a
    // client make the fabric8 mock server block its event loop (up to a minute), and its shutdown times out.
    api.close();
    while (!components.isEmpty()) {
      AutoCloseable component = components.pop();
      try {
        component.close();
      } catch (Exception e) {
        LOG.warn("A sandbox component did not stop cleanly: {}", component, e);
      }
    }
    brokerServers.forEach(OsbBrokerServer::close);
    stop(brokerExecutor);
    LOG.info("Sandbox stopped");
  }

  private static void stop(ExecutorService executor) {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("Sample broker threads did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    ThreadFactory defaults = Executors.defaultThreadFactory();
    return runnable -> {
      Thread thread = defaults.newThread(runnable);
      thread.setName(prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static String password() {
    String chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      password.append(chars.charAt(RANDOM.nextInt(chars.length())));
    }
    return password.toString();
  }
}
