package io.servicecatalog.console.app.shell;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches whether the API server still answers, for the shell's connection indicator: a cheap request on
 * a timer (any HTTP answer, even 403, means the server is there). One failure reads "reconnecting"; several
 * in a row read "lost", with the reason; an answer reads "connected" again.
 */
public final class ConnectionMonitor implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionMonitor.class);

  /** The indicator's states. */
  public enum State {
    CONNECTED,
    RECONNECTING,
    LOST
  }

  /**
   * @param state the state
   * @param reason why it is not connected (empty when connected)
   */
  public record Status(State state, String reason) {}

  /** One probe of the server; throws when it cannot be reached. */
  @FunctionalInterface
  public interface Probe {
    void check();
  }

  private final Probe probe;
  private final BackgroundExecutor background;
  private final Executor fx;
  private final Duration interval;
  private final int lostAfter;
  private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(new Status(State.CONNECTED, ""));
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicInteger failures = new AtomicInteger();
  private ScheduledFuture<?> timer;

  public ConnectionMonitor(Probe probe, BackgroundExecutor background, Executor fx, Duration interval, int lostAfter) {
    this.probe = probe;
    this.background = background;
    this.fx = fx;
    this.interval = interval;
    this.lostAfter = lostAfter;
  }

  /** A probe that asks the server for its version. */
  public static Probe versionProbe(KubernetesClient client) {
    return () -> {
      try {
        client.getKubernetesVersion();
      } catch (KubernetesClientException e) {
        if (e.getCode() <= 0) {
          throw e;
        }
      }
    };
  }

  public ReadOnlyObjectProperty<Status> statusProperty() {
    return status.getReadOnlyProperty();
  }

  public synchronized void start() {
    if (timer == null) {
      long ms = interval.toMillis();
      // The timer thread only hands the probe to a worker: it also drives the live lists' flushes.
      timer = background.timers().scheduleWithFixedDelay(this::checkNow, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  /** Probes once, now, unless a probe is already running. */
  public void checkNow() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    // A request that hangs (a half-open connection) must not hold the indicator: it counts as a failure.
    long timeout = Math.max(2000, interval.toMillis() / 2);
    background.run(probe::check).orTimeout(timeout, TimeUnit.MILLISECONDS).whenComplete((ok, error) -> {
      try {
        if (error == null) {
          failures.set(0);
          publish(new Status(State.CONNECTED, ""));
        } else {
          Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
          int count = failures.incrementAndGet();
          String reason = cause instanceof java.util.concurrent.TimeoutException
              ? io.servicecatalog.console.app.I18n.t("connection.noAnswer", timeout / 1000) : ConnectionErrors.rootMessage(cause);
          LOG.info("API server check failed ({} in a row): {}", count, reason);
          publish(new Status(count >= lostAfter ? State.LOST : State.RECONNECTING, reason));
        }
      } finally {
        running.set(false);
      }
    });
  }

  private void publish(Status next) {
    fx.execute(() -> {
      if (!next.equals(status.get())) {
        status.set(next);
      }
    });
  }

  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
