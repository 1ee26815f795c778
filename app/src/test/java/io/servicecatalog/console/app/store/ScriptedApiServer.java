package io.servicecatalog.console.app.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback API server that answers list and watch requests for ClusterServiceBrokers from a script a test
 * writes (an answer per request, in order): slow answers, 5xx, a watch that ends with 410 Gone, a server
 * that comes back with other objects. Every other kind lists empty and watches quietly.
 */
final class ScriptedApiServer implements AutoCloseable {

  static final String BROKERS = "/apis/servicecatalog.k8s.io/v1beta1/clusterservicebrokers";

  /** One answer to a list request. */
  record ListAnswer(int code, long delayMillis, String resourceVersion, List<String> names) {
    static ListAnswer of(String resourceVersion, String... names) {
      return new ListAnswer(200, 0, resourceVersion, List.of(names));
    }
  }

  /** One answer to a watch request: the watch stays open, or ends at once with 410 Gone. */
  enum WatchAnswer {
    STAY_OPEN,
    GONE
  }

  private final KubernetesSerialization json = new KubernetesSerialization();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "scripted-api");
    t.setDaemon(true);
    return t;
  });
  private final ConcurrentLinkedDeque<ListAnswer> lists = new ConcurrentLinkedDeque<>();
  private final ConcurrentLinkedDeque<WatchAnswer> watches = new ConcurrentLinkedDeque<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicInteger brokerLists = new AtomicInteger();
  private volatile ListAnswer last = ListAnswer.of("1");

  ScriptedApiServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Queues answers to the next broker list requests; after the last one, it is repeated. */
  ScriptedApiServer lists(ListAnswer... answers) {
    lists.addAll(List.of(answers));
    return this;
  }

  /** Queues answers to the next broker watch requests; after the last one, watches stay open. */
  ScriptedApiServer watches(WatchAnswer... answers) {
    watches.addAll(List.of(answers));
    return this;
  }

  int brokerListCount() {
    return brokerLists.get();
  }

  /** A client for this server: HTTP watches (the JDK server speaks no WebSocket), quick retries. */
  KubernetesClient client() {
    Config config = new ConfigBuilder(Config.empty())
        .withMasterUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .withOnlyHttpWatches(true)
        .withRequestRetryBackoffLimit(0)
        .withWatchReconnectInterval(200)
        .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
    boolean watch = query.contains("watch=true");
    boolean brokers = path.equals(BROKERS);
    if (watch) {
      WatchAnswer answer = brokers && !watches.isEmpty() ? watches.poll() : WatchAnswer.STAY_OPEN;
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        if (answer == WatchAnswer.GONE) {
          var gone = Map.of("type", "ERROR", "object", new StatusBuilder().withStatus("Failure").withCode(410)
              .withReason("Expired").withMessage("too old resource version").build());
          out.write((json.asJson(gone) + "\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
          return;
        }
        if (brokers) {
          // A bookmark, as a real server sends: the client sees the watch is up (and headers leave at once).
          ClusterServiceBroker mark = new ClusterServiceBroker();
          mark.getMetadata().setResourceVersion(last.resourceVersion());
          out.write((json.asJson(Map.of("type", "BOOKMARK", "object", mark)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
        closing.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    ListAnswer answer = ListAnswer.of("1");
    if (brokers) {
      brokerLists.incrementAndGet();
      ListAnswer next = lists.poll();
      answer = next == null ? last : next;
      last = answer;
    }
    if (answer.delayMillis() > 0) {
      try {
        // A server that takes its time: the latch only opens when the server closes.
        closing.await(answer.delayMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] body;
    if (answer.code() != 200) {
      body = json.asJson(new StatusBuilder().withStatus("Failure").withCode(answer.code()).withMessage("etcdserver: request timed out").build())
          .getBytes(StandardCharsets.UTF_8);
    } else {
      String version = answer.resourceVersion();
      List<ClusterServiceBroker> items = answer.names().stream().map(name -> {
        ClusterServiceBroker broker = new ClusterServiceBroker();
        broker.getMetadata().setName(name);
        broker.getMetadata().setResourceVersion(version);
        return broker;
      }).toList();
      body = json.asJson(Map.of("apiVersion", "v1", "kind", "List", "metadata", Map.of("resourceVersion", answer.resourceVersion()),
          "items", items)).getBytes(StandardCharsets.UTF_8);
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.code(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
