package io.servicecatalog.console.controller;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keyed work queue on the controller's executor: a key is never reconciled by two threads at once, a key added
 * while it is being reconciled runs again afterwards, and a failing key is retried with exponential backoff.
 */
final class WorkQueue {

  /** Reconciles one key; returns how long to wait before looking again, or empty to wait for the next event. */
  @FunctionalInterface
  interface Reconciler {
    Optional<Duration> reconcile(String key) throws Exception;
  }

  private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);

  private final String name;
  private final ScheduledExecutorService executor;
  private final Reconciler reconciler;
  private final Duration minBackoff;
  private final Duration maxBackoff;
  private final Set<String> queued = new HashSet<>();
  private final Set<String> running = new HashSet<>();
  private final Set<String> dirty = new HashSet<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private volatile boolean stopped;

  WorkQueue(String name, ScheduledExecutorService executor, Reconciler reconciler, Duration minBackoff,
      Duration maxBackoff) {
    this.name = name;
    this.executor = executor;
    this.reconciler = reconciler;
    this.minBackoff = minBackoff;
    this.maxBackoff = maxBackoff;
  }

  void add(String key) {
    if (stopped) {
      return;
    }
    synchronized (this) {
      if (running.contains(key)) {
        dirty.add(key);
        return;
      }
      if (!queued.add(key)) {
        return;
      }
    }
    try {
      executor.execute(() -> run(key));
    } catch (RejectedExecutionException e) {
      LOG.debug("{} queue: executor stopped, dropping {}", name, key);
    }
  }

  void addAfter(String key, Duration delay) {
    if (stopped) {
      return;
    }
    try {
      executor.schedule(() -> add(key), Math.max(1, delay.toMillis()), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("{} queue: executor stopped, not scheduling {}", name, key);
    }
  }

  void stop() {
    stopped = true;
  }

  private void run(String key) {
    synchronized (this) {
      queued.remove(key);
      running.add(key);
    }
    Optional<Duration> again = Optional.empty();
    boolean failed = false;
    try {
      again = reconciler.reconcile(key);
      synchronized (this) {
        failures.remove(key);
      }
    } catch (RetryLater e) {
      failed = true;
      LOG.debug("{} {}: retrying later: {}", name, key, e.getMessage());
    } catch (Exception | LinkageError e) {
      failed = true;
      if (!stopped) {
        LOG.warn("{} {}: reconciliation failed, will retry", name, key, e);
      }
    } finally {
      boolean rerun;
      synchronized (this) {
        running.remove(key);
        rerun = dirty.remove(key);
      }
      if (rerun) {
        add(key);
      }
    }
    if (failed) {
      addAfter(key, backoff(key));
    } else {
      again.ifPresent(delay -> addAfter(key, delay));
    }
  }

  private Duration backoff(String key) {
    int count;
    synchronized (this) {
      count = failures.merge(key, 1, Integer::sum);
    }
    long millis = minBackoff.toMillis() << Math.min(count - 1, 20);
    return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
  }

  /** Thrown by a reconciler that recorded its failure in the status and wants the key retried with backoff. */
  static final class RetryLater extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RetryLater(String message) {
      super(message, null, false, false);
    }
  }
}
