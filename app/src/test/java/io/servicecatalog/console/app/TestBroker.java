package io.servicecatalog.console.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny OSB broker for tests: serves one catalog over plain HTTP, behind basic auth. */
final class TestBroker implements AutoCloseable {

  static final String USER = "broker-user";
  static final String PASSWORD = "broker-pass";
  static final String CATALOG = """
      {"services": [
        {"id": "svc-redis", "name": "redis", "description": "In-memory cache", "bindable": true, "tags": ["cache"],
         "plans": [{"id": "plan-redis-small", "name": "small", "description": "256 MB", "free": true},
                   {"id": "plan-redis-large", "name": "large", "description": "8 GB", "free": false}]},
        {"id": "svc-queue", "name": "queue", "description": "Message queue", "bindable": true,
         "plans": [{"id": "plan-queue-basic", "name": "basic", "description": "Basic", "free": true}]}
      ]}
      """;

  private final HttpServer server;

  TestBroker() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    server.createContext("/v2/catalog", exchange -> {
      boolean ok = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = (ok ? CATALOG : "{\"description\":\"bad credentials\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
