package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StartupWarmupTest {

  @Test
  @DisplayName("the warm-up runs its work in order on its own daemon thread, past a piece that fails")
  void runsInOrderOffTheCaller() throws InterruptedException {
    List<String> ran = new CopyOnWriteArrayList<>();
    Thread thread = StartupWarmup.start(List.of(
        () -> ran.add("logging on " + Thread.currentThread().getName()),
        () -> {
          throw new IllegalStateException("no preferences here");
        },
        () -> ran.add("preferences")));
    assertThat(thread.isDaemon()).isTrue();
    thread.join(5_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(ran).containsExactly("logging on startup-warmup", "preferences");
  }
}
