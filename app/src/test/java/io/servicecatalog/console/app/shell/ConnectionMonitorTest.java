package io.servicecatalog.console.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.shell.ConnectionMonitor.State;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConnectionMonitorTest {

  private final BackgroundExecutor background = new BackgroundExecutor();
  private final AtomicBoolean up = new AtomicBoolean(true);
  private final ConnectionMonitor monitor = new ConnectionMonitor(() -> {
    if (!up.get()) {
      throw new IllegalStateException("Connection refused", new ConnectException("refused"));
    }
  }, background, Runnable::run, Duration.ofMillis(50), 3);

  @AfterEach
  void stop() {
    monitor.close();
    background.close();
  }

  @Test
  @DisplayName("connected, then reconnecting and lost with the reason while the server is away, then connected again")
  void followsTheServer() {
    monitor.start();
    await().until(() -> monitor.statusProperty().get().state() == State.CONNECTED);
    up.set(false);
    await().until(() -> monitor.statusProperty().get().state() == State.LOST);
    assertThat(monitor.statusProperty().get().reason()).contains("refused");
    up.set(true);
    await().until(() -> monitor.statusProperty().get().state() == State.CONNECTED);
    assertThat(monitor.statusProperty().get().reason()).isEmpty();
  }

  @Test
  @DisplayName("a single failure reads as reconnecting, not lost")
  void oneFailureIsReconnecting() {
    up.set(false);
    monitor.checkNow();
    await().until(() -> monitor.statusProperty().get().state() == State.RECONNECTING);
  }

  @Test
  @DisplayName("a probe that hangs counts as a failure instead of freezing the indicator")
  void hangingProbe() {
    // A server that never answers: the probe blocks until the monitor gives up on it and interrupts it.
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    ConnectionMonitor hanging = new ConnectionMonitor(() -> {
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, background, Runnable::run, Duration.ofMillis(100), 1);
    hanging.checkNow();
    await().atMost(Duration.ofSeconds(5)).until(() -> hanging.statusProperty().get().state() == State.LOST);
    assertThat(hanging.statusProperty().get().reason()).contains("no answer");
  }
}
