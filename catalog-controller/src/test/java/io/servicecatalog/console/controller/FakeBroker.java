package io.servicecatalog.console.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small OSB broker on loopback that behaves like the upstream test-broker and ups-broker (the brokers the
 * fixtures were recorded with): behaviour follows the service name (provision-fail400, -fail500, async, ...), the
 * ups services hand back {@code parameters.credentials} on bind.
 */
final class FakeBroker implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern INSTANCE = Pattern.compile("/v2/service_instances/([^/]+)(/last_operation)?");
  private static final Pattern BINDING = Pattern.compile("/v2/service_instances/([^/]+)/service_bindings/([^/]+)");

  record Request(String method, String path, String query, Map<String, List<String>> headers, JsonNode body,
      long nanos) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "fake-broker");
    t.setDaemon(true);
    return t;
  });
  private volatile JsonNode catalog;
  private volatile String basicAuth;
  private volatile String bearer;
  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, String> instanceService = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> instanceCredentials = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
  /** How many last_operation polls answer "in progress" before the final state. */
  volatile int asyncPollsInProgress = 1;
  /** When set, in-progress last_operation answers carry {@code Retry-After} with this many seconds. */
  volatile Integer retryAfterSeconds;
  /** Extra failures to inject: service name → remaining 500 answers for provision. */
  final Map<String, AtomicInteger> provisionFailures = new ConcurrentHashMap<>();

  private FakeBroker(JsonNode catalog) throws IOException {
    this.catalog = catalog;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  static FakeBroker testBroker() {
    return start(resource("test-broker-catalog.json"));
  }

  static FakeBroker upsBroker() {
    return start(resource("ups-broker-catalog.json"));
  }

  static FakeBroker start(JsonNode catalog) {
    try {
      return new FakeBroker(catalog);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode resource(String name) {
    try (InputStream in = FakeBroker.class.getResourceAsStream("/" + name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  URI uri() {
    return URI.create(url());
  }

  void catalog(JsonNode catalog) {
    this.catalog = catalog;
  }

  JsonNode catalog() {
    return catalog;
  }

  void requireBasic(String user, String password) {
    basicAuth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  void requireBearer(String token) {
    bearer = "Bearer " + token;
  }

  List<Request> requests(String method, String pathPart) {
    return requests.stream().filter(r -> r.method.equals(method) && r.path.contains(pathPart)).toList();
  }

  long catalogFetches() {
    return requests.stream().filter(r -> r.path.equals("/v2/catalog")).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String query = exchange.getRequestURI().getRawQuery();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
      requests.add(new Request(method, path, query, Map.copyOf(exchange.getRequestHeaders()), body,
          System.nanoTime()));
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if ((basicAuth != null && !basicAuth.equals(auth)) || (bearer != null && !bearer.equals(auth))) {
        send(exchange, 401, JSON.createObjectNode());
        return;
      }
      if (path.equals("/v2/catalog") && method.equals("GET")) {
        send(exchange, 200, catalog);
        return;
      }
      Matcher binding = BINDING.matcher(path);
      if (binding.matches()) {
        handleBinding(exchange, method, binding.group(1));
        return;
      }
      Matcher instance = INSTANCE.matcher(path);
      if (instance.matches()) {
        if (instance.group(2) != null) {
          lastOperation(exchange, instance.group(1), query);
        } else {
          handleInstance(exchange, method, instance.group(1), body, query);
        }
        return;
      }
      send(exchange, 404, JSON.createObjectNode());
    }
  }

  private String serviceName(String serviceId) {
    for (JsonNode service : catalog.path("services")) {
      if (service.path("id").asText().equals(serviceId)) {
        return service.path("name").asText();
      }
    }
    return "";
  }

  private static String queryParam(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String part : query.split("&")) {
      String[] kv = part.split("=", 2);
      if (kv[0].equals(name)) {
        return kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
      }
    }
    return null;
  }

  private void handleInstance(HttpExchange exchange, String method, String id, JsonNode body, String query)
      throws IOException {
    String service = method.equals("DELETE") ? instanceService.getOrDefault(id, serviceName(queryParam(query,
        "service_id"))) : serviceName(body.path("service_id").asText());
    ObjectNode empty = JSON.createObjectNode();
    switch (method) {
      case "PUT" -> {
        instanceService.put(id, service);
        AtomicInteger injected = provisionFailures.get(service);
        if (injected != null && injected.getAndDecrement() > 0) {
          send(exchange, 500, empty);
        } else if (service.equals("test-service-provision-fail400")) {
          send(exchange, 400, empty);
        } else if (service.equals("test-service-provision-fail500")) {
          send(exchange, 500, empty);
        } else if (service.contains("async") && !service.contains("async-update")
            && !service.contains("async-deprovision")) {
          polls.put(id, new AtomicInteger());
          send(exchange, 202, JSON.createObjectNode().put("operation", "provision"));
        } else {
          JsonNode credentials = body.path("parameters").path("credentials");
          if (credentials.isObject()) {
            instanceCredentials.put(id, credentials);
          }
          send(exchange, 201, empty);
        }
      }
      case "PATCH" -> {
        if (service.endsWith("update-fail400")) {
          send(exchange, 400, empty);
        } else if (service.equals("test-service-async")) {
          polls.put(id, new AtomicInteger());
          send(exchange, 202, JSON.createObjectNode().put("operation", "update"));
        } else {
          send(exchange, 200, empty);
        }
      }
      case "DELETE" -> {
        if (service.endsWith("deprovision-fail400")) {
          send(exchange, 400, empty);
        } else if (service.endsWith("deprovision-fail500")) {
          send(exchange, 500, empty);
        } else if (service.contains("async")) {
          polls.put(id, new AtomicInteger());
          send(exchange, 202, JSON.createObjectNode().put("operation", "deprovision"));
        } else {
          instanceService.remove(id);
          send(exchange, 200, empty);
        }
      }
      default -> send(exchange, 405, empty);
    }
  }

  private void lastOperation(HttpExchange exchange, String id, String query) throws IOException {
    String operation = queryParam(query, "operation");
    String service = instanceService.getOrDefault(id, "");
    int count = polls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    ObjectNode answer = JSON.createObjectNode();
    if (count <= asyncPollsInProgress) {
      answer.put("state", "in progress").put("description", "Operation still in progress...");
      if (retryAfterSeconds != null) {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
      }
    } else if (service.contains("async-provision-fail") && ("provision".equals(operation)
        || "deprovision".equals(operation))) {
      answer.put("state", "failed").put("description", "Failed");
    } else {
      answer.put("state", "succeeded");
    }
    send(exchange, 200, answer);
  }

  private void handleBinding(HttpExchange exchange, String method, String instanceId) throws IOException {
    if (method.equals("DELETE")) {
      send(exchange, 200, JSON.createObjectNode());
      return;
    }
    ObjectNode answer = JSON.createObjectNode();
    JsonNode stored = instanceCredentials.get(instanceId);
    if (stored != null) {
      answer.set("credentials", stored);
    } else {
      answer.set("credentials", JSON.createObjectNode().put("special-key-1", "special-value-1")
          .put("special-key-2", "special-value-2"));
    }
    send(exchange, 201, answer);
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
