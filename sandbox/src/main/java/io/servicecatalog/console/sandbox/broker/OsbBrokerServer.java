package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sample Open Service Broker (API v2.17) served over HTTP on a loopback port: catalog, instances, bindings and
 * their last operations, with the API-version check and optional basic authentication.
 */
public final class OsbBrokerServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OsbBrokerServer.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
  private static final int MIN_MINOR = 13;
  private static final int PRECONDITION_FAILED = 412;

  private final HttpServer server;
  private final BrokerEngine engine;
  private final byte[] catalog;
  private final String catalogEtag;
  private final String url;
  private final AtomicBoolean closed = new AtomicBoolean();

  private OsbBrokerServer(HttpServer server, BrokerEngine engine, byte[] catalog, String url) {
    this.server = server;
    this.engine = engine;
    this.catalog = catalog;
    this.catalogEtag = etag(catalog);
    this.url = url;
  }

  /**
   * Starts a broker on 127.0.0.1 on a free port.
   *
   * @param definition the catalog and behaviour
   * @param executor runs the request handlers; owned by the caller
   * @param asyncDuration how long asynchronous operations take
   * @param retryAfterSeconds the {@code Retry-After} sent while an operation is in progress
   */
  public static OsbBrokerServer start(BrokerDefinition definition, Executor executor, Duration asyncDuration,
      int retryAfterSeconds) {
    return start(definition, executor, asyncDuration, retryAfterSeconds, Clock.systemUTC());
  }

  static OsbBrokerServer start(BrokerDefinition definition, Executor executor, Duration asyncDuration,
      int retryAfterSeconds, Clock clock) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open a loopback port for sample broker " + definition.name(), e);
    }
    String url = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
        + server.getAddress().getPort();
    BrokerEngine engine = new BrokerEngine(definition, asyncDuration, retryAfterSeconds, clock);
    engine.baseUrl(url);
    byte[] catalog;
    try {
      catalog = MAPPER.writeValueAsBytes(definition.catalog());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Catalog of " + definition.name() + " is not serialisable", e);
    }
    OsbBrokerServer broker = new OsbBrokerServer(server, engine, catalog, url);
    server.createContext("/", broker::handle);
    server.setExecutor(executor);
    server.start();
    return broker;
  }

  /** The broker's URL as a platform registers it, e.g. {@code http://127.0.0.1:40125} (OSB paths follow it). */
  public String url() {
    return url;
  }

  /** The definition this broker serves. */
  public BrokerDefinition definition() {
    return engine.definition();
  }

  /** The instances and bindings the engine holds, finished deletions not yet reported included; for tests. */
  int retained() {
    return engine.retained();
  }

  /** The number of service instances the broker currently holds. */
  public int instanceCount() {
    return engine.instanceCount();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      // OSB 2.15: brokers SHOULD echo the platform's request identity.
      String requestIdentity = exchange.getRequestHeaders().getFirst("X-Broker-API-Request-Identity");
      if (requestIdentity != null) {
        exchange.getResponseHeaders().set("X-Broker-API-Request-Identity", requestIdentity);
      }
      BrokerEngine.Response response;
      try {
        response = route(exchange);
      } catch (RuntimeException e) {
        LOG.warn("Sample broker {} failed on {} {}", engine.definition().name(), exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(), e);
        response = BrokerEngine.error(HttpURLConnection.HTTP_INTERNAL_ERROR, null,
            "The sample broker failed unexpectedly: " + e.getMessage());
      }
      if (response == null) {
        return; // already written
      }
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      send(exchange, response.status(), MAPPER.writeValueAsBytes(response.body()), "application/json");
    } finally {
      exchange.close();
    }
  }

  private BrokerEngine.Response route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    List<String> path = segments(exchange.getRequestURI());
    if (path.size() == 2 && "dashboard".equals(path.get(0)) && "GET".equals(method)) {
      byte[] page = ("Sandbox dashboard of service instance " + path.get(1) + " (broker "
          + engine.definition().name() + ").\n").getBytes(StandardCharsets.UTF_8);
      send(exchange, HttpURLConnection.HTTP_OK, page, "text/plain; charset=utf-8");
      return null;
    }
    if (path.isEmpty() || !"v2".equals(path.get(0))) {
      return BrokerEngine.error(HttpURLConnection.HTTP_NOT_FOUND, null,
          "No such endpoint. Open Service Broker endpoints start with /v2/.");
    }
    BrokerEngine.Response refused = authenticateAndCheckVersion(exchange);
    if (refused != null) {
      return refused;
    }
    Map<String, String> query = query(exchange.getRequestURI());
    boolean acceptsIncomplete = "true".equalsIgnoreCase(query.get("accepts_incomplete"));
    int n = path.size();
    if (n == 2 && "catalog".equals(path.get(1))) {
      if (!"GET".equals(method)) {
        return methodNotAllowed(exchange, "GET");
      }
      exchange.getResponseHeaders().set("ETag", catalogEtag);
      if (catalogEtag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(HttpURLConnection.HTTP_NOT_MODIFIED, -1);
        return null;
      }
      send(exchange, HttpURLConnection.HTTP_OK, catalog, "application/json");
      return null;
    }
    if (n < 3 || !"service_instances".equals(path.get(1))) {
      return notFound();
    }
    String instanceId = path.get(2);
    if (n == 3) {
      return switch (method) {
        case "PUT" -> withBody(exchange, body -> engine.provision(instanceId, acceptsIncomplete, body));
        case "PATCH" -> withBody(exchange, body -> engine.update(instanceId, acceptsIncomplete, body));
        case "DELETE" -> engine.deprovision(instanceId, acceptsIncomplete, query);
        case "GET" -> engine.fetchInstance(instanceId);
        default -> methodNotAllowed(exchange, "GET, PUT, PATCH, DELETE");
      };
    }
    if (n == 4 && "last_operation".equals(path.get(3))) {
      return "GET".equals(method) ? engine.instanceLastOperation(instanceId, query) : methodNotAllowed(exchange, "GET");
    }
    if (n >= 5 && "service_bindings".equals(path.get(3))) {
      String bindingId = path.get(4);
      if (n == 5) {
        return switch (method) {
          case "PUT" -> withBody(exchange, body -> engine.bind(instanceId, bindingId, acceptsIncomplete, body));
          case "DELETE" -> engine.unbind(instanceId, bindingId, acceptsIncomplete, query);
          case "GET" -> engine.fetchBinding(instanceId, bindingId);
          default -> methodNotAllowed(exchange, "GET, PUT, DELETE");
        };
      }
      if (n == 6 && "last_operation".equals(path.get(5))) {
        return "GET".equals(method) ? engine.bindingLastOperation(instanceId, bindingId, query)
            : methodNotAllowed(exchange, "GET");
      }
    }
    return notFound();
  }

  private BrokerEngine.Response authenticateAndCheckVersion(HttpExchange exchange) {
    var credentials = engine.definition().basicAuth();
    if (credentials.isPresent()
        && !credentials.get().matches(exchange.getRequestHeaders().getFirst("Authorization"))) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"" + engine.definition().name() + "\"");
      return BrokerEngine.error(HttpURLConnection.HTTP_UNAUTHORIZED, null,
          "Authentication failed. This broker needs HTTP basic authentication with the user name and password it"
              + " was registered with.");
    }
    String version = exchange.getRequestHeaders().getFirst("X-Broker-API-Version");
    if (version == null) {
      // OSB: 412 means "version not supported"; a request without the header is simply malformed.
      return BrokerEngine.error(HttpURLConnection.HTTP_BAD_REQUEST, null,
          "The X-Broker-API-Version header is missing. Send X-Broker-API-Version: 2.17 (2.13 or later).");
    }
    Matcher matcher = VERSION.matcher(version.trim());
    if (!matcher.matches() || !"2".equals(matcher.group(1)) || Integer.parseInt(matcher.group(2)) < MIN_MINOR) {
      return BrokerEngine.error(PRECONDITION_FAILED, null, "Broker API version " + version
          + " is not supported. This broker implements 2.17 and accepts 2.13 or later.");
    }
    return null;
  }

  private interface BodyHandler {
    BrokerEngine.Response apply(JsonNode body);
  }

  private static BrokerEngine.Response withBody(HttpExchange exchange, BodyHandler handler) throws IOException {
    JsonNode body;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readAllBytes();
      if (bytes.length == 0) {
        return BrokerEngine.badRequest("The request needs a JSON body.");
      }
      body = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      return BrokerEngine.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
    }
    return handler.apply(body);
  }

  private static BrokerEngine.Response notFound() {
    return BrokerEngine.error(HttpURLConnection.HTTP_NOT_FOUND, null, "No such Open Service Broker endpoint.");
  }

  private static BrokerEngine.Response methodNotAllowed(HttpExchange exchange, String allowed) {
    exchange.getResponseHeaders().set("Allow", allowed);
    return BrokerEngine.error(HttpURLConnection.HTTP_BAD_METHOD, null,
        exchange.getRequestMethod() + " is not allowed here; use " + allowed + ".");
  }

  private static void send(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This Java runtime lacks SHA-256", e);
    }
  }

  /** The path's segments, each decoded on its own, so that an id containing {@code %2F} stays one segment. */
  private static List<String> segments(URI uri) {
    String path = uri.getRawPath();
    if (path == null) {
      return List.of();
    }
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty())
        // URLDecoder is for forms: protect '+', which in a path is a plus, not a space.
        .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8))
        .toList();
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.putIfAbsent(key, value);
    }
    return query;
  }
}
