package io.servicecatalog.console.controller;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of an embedded {@link CatalogController}: which namespaces to watch, how often to resync and relist,
 * how fast to poll brokers and retry failures, and the clock used for status timestamps. The defaults are the
 * upstream controller's; tests shorten the intervals.
 *
 * @param namespaces namespaces whose ServiceBrokers, ServiceInstances and ServiceBindings are reconciled; empty means all
 * @param resyncInterval informer resync period (upstream {@code --resync-interval}, 5 min)
 * @param defaultRelistInterval relist period for brokers with {@code relistBehavior: Duration} and no
 *     {@code relistDuration} (upstream 15 min)
 * @param pollInterval first wait before polling an asynchronous operation
 * @param maxPollInterval longest wait between polls (a broker's {@code Retry-After} may ask for longer)
 * @param minRetryBackoff first wait before retrying a failed reconciliation
 * @param maxRetryBackoff longest wait between retries (upstream 20 min)
 * @param reconciliationRetryDuration how long a failing operation is retried before it is given up (upstream 7 days)
 * @param clusterId the {@code clusterid} sent in the OSB Kubernetes context
 * @param workerThreads threads of the controller's executor
 * @param clock clock for status timestamps and relist decisions
 * @param osbClientFactory how broker clients are made
 */
public record ControllerOptions(List<String> namespaces, Duration resyncInterval, Duration defaultRelistInterval,
    Duration pollInterval, Duration maxPollInterval, Duration minRetryBackoff, Duration maxRetryBackoff,
    Duration reconciliationRetryDuration, String clusterId, int workerThreads, Clock clock,
    OsbClientFactory osbClientFactory) {

  public ControllerOptions {
    namespaces = List.copyOf(namespaces);
    Objects.requireNonNull(resyncInterval, "resyncInterval");
    Objects.requireNonNull(defaultRelistInterval, "defaultRelistInterval");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(maxPollInterval, "maxPollInterval");
    Objects.requireNonNull(minRetryBackoff, "minRetryBackoff");
    Objects.requireNonNull(maxRetryBackoff, "maxRetryBackoff");
    Objects.requireNonNull(reconciliationRetryDuration, "reconciliationRetryDuration");
    Objects.requireNonNull(clusterId, "clusterId");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(osbClientFactory, "osbClientFactory");
    if (workerThreads < 1) {
      throw new IllegalArgumentException("workerThreads must be at least 1, was " + workerThreads);
    }
  }

  /** Options with the upstream defaults, watching all namespaces. */
  public static ControllerOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link ControllerOptions}; every setting has the upstream default. */
  public static final class Builder {
    private List<String> namespaces = List.of();
    private Duration resyncInterval = Duration.ofMinutes(5);
    private Duration defaultRelistInterval = Duration.ofMinutes(15);
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration maxPollInterval = Duration.ofMinutes(20);
    private Duration minRetryBackoff = Duration.ofSeconds(1);
    private Duration maxRetryBackoff = Duration.ofMinutes(20);
    private Duration reconciliationRetryDuration = Duration.ofDays(7);
    private String clusterId = java.util.UUID.randomUUID().toString();
    private int workerThreads = 4;
    private Clock clock = Clock.systemUTC();
    private OsbClientFactory osbClientFactory = OsbClientFactory.standard(Duration.ofSeconds(10));

    private Builder() {
    }

    public Builder namespaces(List<String> namespaces) {
      this.namespaces = namespaces;
      return this;
    }

    public Builder resyncInterval(Duration resyncInterval) {
      this.resyncInterval = resyncInterval;
      return this;
    }

    public Builder defaultRelistInterval(Duration defaultRelistInterval) {
      this.defaultRelistInterval = defaultRelistInterval;
      return this;
    }

    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
      return this;
    }

    public Builder maxPollInterval(Duration maxPollInterval) {
      this.maxPollInterval = maxPollInterval;
      return this;
    }

    public Builder minRetryBackoff(Duration minRetryBackoff) {
      this.minRetryBackoff = minRetryBackoff;
      return this;
    }

    public Builder maxRetryBackoff(Duration maxRetryBackoff) {
      this.maxRetryBackoff = maxRetryBackoff;
      return this;
    }

    public Builder reconciliationRetryDuration(Duration reconciliationRetryDuration) {
      this.reconciliationRetryDuration = reconciliationRetryDuration;
      return this;
    }

    public Builder clusterId(String clusterId) {
      this.clusterId = clusterId;
      return this;
    }

    public Builder workerThreads(int workerThreads) {
      this.workerThreads = workerThreads;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder osbClientFactory(OsbClientFactory osbClientFactory) {
      this.osbClientFactory = osbClientFactory;
      return this;
    }

    public ControllerOptions build() {
      return new ControllerOptions(namespaces, resyncInterval, defaultRelistInterval, pollInterval, maxPollInterval,
          minRetryBackoff, maxRetryBackoff, reconciliationRetryDuration, clusterId, workerThreads, clock,
          osbClientFactory);
    }
  }
}
