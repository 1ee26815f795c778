package io.servicecatalog.console.sandbox;

import io.servicecatalog.console.sandbox.kube.KubernetesVersion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start a {@link Sandbox}. The defaults suit the app: a free port, namespace {@code default}, asynchronous
 * operations of a few seconds and no large catalog.
 */
public final class SandboxOptions {

  private final int apiPort;
  private final String namespace;
  private final KubernetesVersion kubernetesVersion;
  private final Duration asyncOperationDuration;
  private final int retryAfterSeconds;
  private final int largeCatalogServices;
  private final int largeCatalogPlans;
  private final int largeCatalogSchemaEvery;
  private final int brokerThreads;
  private final int bulkInstances;
  private final int bulkBindings;
  private final List<SandboxComponent> components;
  private final boolean embeddedController;

  private SandboxOptions(Builder builder) {
    this.apiPort = builder.apiPort;
    this.namespace = builder.namespace;
    this.kubernetesVersion = builder.kubernetesVersion;
    this.asyncOperationDuration = builder.asyncOperationDuration;
    this.retryAfterSeconds = builder.retryAfterSeconds;
    this.largeCatalogServices = builder.largeCatalogServices;
    this.largeCatalogPlans = builder.largeCatalogPlans;
    this.largeCatalogSchemaEvery = builder.largeCatalogSchemaEvery;
    this.brokerThreads = builder.brokerThreads;
    this.bulkInstances = builder.bulkInstances;
    this.bulkBindings = builder.bulkBindings;
    this.components = List.copyOf(builder.components);
    this.embeddedController = builder.embeddedController;
  }

  /** The defaults. */
  public static SandboxOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  public int apiPort() {
    return apiPort;
  }

  public String namespace() {
    return namespace;
  }

  public KubernetesVersion kubernetesVersion() {
    return kubernetesVersion;
  }

  public Duration asyncOperationDuration() {
    return asyncOperationDuration;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Whether the large generated catalog ({@code bulk-broker}) is served and registered. */
  public boolean largeCatalog() {
    return largeCatalogServices > 0;
  }

  public int largeCatalogServices() {
    return largeCatalogServices;
  }

  public int largeCatalogPlans() {
    return largeCatalogPlans;
  }

  public int largeCatalogSchemaEvery() {
    return largeCatalogSchemaEvery;
  }

  public int brokerThreads() {
    return brokerThreads;
  }

  /** ServiceInstances pre-seeded in namespace {@code bulk}, already provisioned (0: none). */
  public int bulkInstances() {
    return bulkInstances;
  }

  /** ServiceBindings pre-seeded in namespace {@code bulk}, already bound (0: none). */
  public int bulkBindings() {
    return bulkBindings;
  }

  public List<SandboxComponent> components() {
    return components;
  }

  /** Whether the sandbox runs the console's catalog controller (default true), before any other component. */
  public boolean embeddedController() {
    return embeddedController;
  }

  /** Builds {@link SandboxOptions}. */
  public static final class Builder {
    private int apiPort;
    private String namespace = "default";
    private KubernetesVersion kubernetesVersion = KubernetesVersion.V1_21;
    private Duration asyncOperationDuration = Duration.ofSeconds(4);
    private int retryAfterSeconds = 1;
    private int largeCatalogServices;
    private int largeCatalogPlans;
    private int largeCatalogSchemaEvery = 10;
    private int brokerThreads = 4;
    private int bulkInstances;
    private int bulkBindings;
    private final List<SandboxComponent> components = new ArrayList<>();
    private boolean embeddedController = true;

    private Builder() {
    }

    /** The API server's port on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder apiPort(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("The API port must be between 0 and 65535, not " + port + ".");
      }
      this.apiPort = port;
      return this;
    }

    /** The namespace of the client configuration (default {@code default}). */
    public Builder namespace(String namespace) {
      this.namespace = Objects.requireNonNull(namespace, "namespace");
      return this;
    }

    /** What {@code /version} reports (default v1.21). */
    public Builder kubernetesVersion(KubernetesVersion version) {
      this.kubernetesVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /** How long the asynchronous sample operations take (default 4 s). */
    public Builder asyncOperationDuration(Duration duration) {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("The asynchronous operation duration cannot be negative.");
      }
      this.asyncOperationDuration = duration;
      return this;
    }

    /** The {@code Retry-After} seconds sent while an operation is in progress (default 1). */
    public Builder retryAfterSeconds(int seconds) {
      if (seconds < 0) {
        throw new IllegalArgumentException("Retry-After cannot be negative.");
      }
      this.retryAfterSeconds = seconds;
      return this;
    }

    /**
     * Serves and registers a generated catalog of {@code services × plans} plans as {@code bulk-broker}.
     *
     * @param services number of services (0 turns the large catalog off)
     * @param plans plans per service
     * @param schemaEvery every n-th service gets parameter schemas (0 for none)
     */
    public Builder largeCatalog(int services, int plans, int schemaEvery) {
      if (services < 0 || (services > 0 && plans < 1) || schemaEvery < 0) {
        throw new IllegalArgumentException("A large catalog needs services >= 0, plans >= 1 and schemaEvery >= 0,"
            + " not " + services + ", " + plans + ", " + schemaEvery + ".");
      }
      this.largeCatalogServices = services;
      this.largeCatalogPlans = plans;
      this.largeCatalogSchemaEvery = schemaEvery;
      return this;
    }

    /**
     * Pre-seeds {@code instances} ServiceInstances of the large catalog's services and {@code bindings}
     * ServiceBindings to them in namespace {@code bulk}, written as provisioned and bound. The embedded controller
     * then watches only the sample namespaces, so these stay as written. Needs {@link #largeCatalog}.
     */
    public Builder bulkObjects(int instances, int bindings) {
      if (instances < 0 || bindings < 0 || (bindings > 0 && instances == 0)) {
        throw new IllegalArgumentException("Bulk objects need instances >= 0 and bindings >= 0, and bindings need"
            + " instances to bind to, not " + instances + " instances and " + bindings + " bindings.");
      }
      this.bulkInstances = instances;
      this.bulkBindings = bindings;
      return this;
    }

    /** Threads that serve broker requests (default 4). */
    public Builder brokerThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("The brokers need at least one thread.");
      }
      this.brokerThreads = threads;
      return this;
    }

    /**
     * Whether to run the console's catalog controller inside the sandbox (default true). Without it the brokers,
     * instances and bindings stay as written, which suits tests of the API server itself.
     */
    public Builder embeddedController(boolean run) {
      this.embeddedController = run;
      return this;
    }

    /** Adds a component started after the API and brokers are up (and after the embedded controller). */
    public Builder component(SandboxComponent component) {
      this.components.add(Objects.requireNonNull(component, "component"));
      return this;
    }

    public SandboxOptions build() {
      if (bulkInstances > 0 && largeCatalogServices == 0) {
        throw new IllegalArgumentException("Bulk instances are instances of the large catalog's services:"
            + " set largeCatalog(...) too.");
      }
      return new SandboxOptions(this);
    }
  }
}
