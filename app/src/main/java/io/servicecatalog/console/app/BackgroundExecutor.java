package io.servicecatalog.console.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The app's one pool for network and disk work, with named daemon threads, shut down on exit. Work never
 * runs on the FX thread; results are handed back through {@link Fx}.
 */
public final class BackgroundExecutor implements AutoCloseable {

  private final ExecutorService workers;
  private final ScheduledExecutorService timers;

  public BackgroundExecutor() {
    this.workers = Executors.newCachedThreadPool(named("console-worker"));
    this.timers = Executors.newSingleThreadScheduledExecutor(named("console-timer"));
  }

  /** Runs {@code work} on a worker thread. */
  public <T> CompletableFuture<T> supply(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, workers);
  }

  /** Runs {@code work} on a worker thread. */
  public CompletableFuture<Void> run(Runnable work) {
    return CompletableFuture.runAsync(work, workers);
  }

  /** A scheduler for short timer work such as batching flushes; never for blocking calls. */
  public ScheduledExecutorService timers() {
    return timers;
  }

  /**
   * Stops taking work and lets what is running finish for a few seconds before interrupting it: a window
   * closed while a create or delete is on its way must not cut it in half (say, a broker's Secret created
   * and the broker not).
   */
  @Override
  public void close() {
    workers.shutdown();
    timers.shutdownNow();
    try {
      if (!workers.awaitTermination(CLOSE_GRACE_SECONDS, TimeUnit.SECONDS)) {
        workers.shutdownNow();
        workers.awaitTermination(1, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** How long running work may take to finish when the console closes. */
  static final long CLOSE_GRACE_SECONDS = 3;

  /** Named daemon threads: {@code prefix-1}, {@code prefix-2}, ... */
  public static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory base = Executors.defaultThreadFactory();
    return runnable -> {
      Thread thread = base.newThread(runnable);
      thread.setName(prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
