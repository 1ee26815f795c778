package io.servicecatalog.console.app.connection;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.servicecatalog.console.app.BackgroundExecutor;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads the console's fabric8 client runs informer and watch events on: a small pool with a queue, so the
 * thread that finishes one event takes the next.
 *
 * <p>fabric8's default is a cached pool. Each informer passes its events to it one task at a time, submitting the
 * next as the last one ends; at that moment a cached pool has no idle thread, so it hands the task to another
 * thread or starts one. That cost about 70 µs per event on two cores: the 20,000 plans of one listing took 1.4 s to
 * reach the store after they had been read.
 *
 * <p>A bounded pool is safe here because nothing the console asks of its client blocks a task: it uses informers
 * and {@code waitUntilCondition} (whose caller waits, on the console's own workers), and no exec, log or
 * port-forward streams.
 */
final class ClientTasks implements KubernetesClientBuilder.ExecutorSupplier {

  /** Eight informers deliver events; each needs one thread at a time, and few are busy at once. */
  static final int THREADS = 4;

  @Override
  public Executor get() {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), BackgroundExecutor.named("kube-events"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  @Override
  public void onClose(Executor executor) {
    ((ExecutorService) executor).shutdownNow();
  }
}
