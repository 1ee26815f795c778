package io.servicecatalog.console.osb.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * An in-process OSB broker double on a loopback port (JDK HttpServer): it records every request and answers with
 * scripted responses, matched by method and path. Unmatched requests get 500 so a test sees them.
 */
public final class StubBroker implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stub-broker");
        t.setDaemon(true);
        return t;
    });
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<StubResponse>> scripts = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, StubResponse> defaults = Collections.synchronizedMap(new LinkedHashMap<>());
    private final CountDownLatch release = new CountDownLatch(1);
    private final String scheme;

    private StubBroker(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A plain-HTTP stub on 127.0.0.1 and a free port. */
    public static StubBroker start() {
        try {
            return new StubBroker(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                    "http");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HTTPS stub using {@code tls} for its certificate. */
    public static StubBroker startHttps(SSLContext tls) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new StubBroker(server, "https");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    public URI url() {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The base URL with a host name instead of the IP (for host-name checks). */
    public URI urlWithHost(String host) {
        return URI.create(scheme + "://" + host + ":" + server.getAddress().getPort());
    }

    /** Answers the next request to {@code method path} (raw path, without query) with {@code response}, once. */
    public StubBroker enqueue(String method, String path, StubResponse response) {
        scripts.computeIfAbsent(method + " " + path, k -> new ConcurrentLinkedDeque<>()).add(response);
        return this;
    }

    /** Answers every request to {@code method path} with {@code response} when no queued answer is left. */
    public StubBroker always(String method, String path, StubResponse response) {
        defaults.put(method + " " + path, response);
        return this;
    }

    /** Lets requests held by {@link StubResponse#hang()} finish. */
    public void releaseHeld() {
        release.countDown();
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public Recorded last() {
        if (requests.isEmpty()) {
            throw new AssertionError("The stub broker received no request");
        }
        return requests.get(requests.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            Recorded recorded = new Recorded(exchange.getRequestMethod(), rawPath,
                    exchange.getRequestURI().getRawQuery(), query(exchange.getRequestURI().getRawQuery()),
                    copy(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8));
            requests.add(recorded);
            String key = exchange.getRequestMethod() + " " + rawPath;
            Deque<StubResponse> queue = scripts.get(key);
            StubResponse response = queue == null ? null : queue.poll();
            if (response == null) {
                response = defaults.get(key);
            }
            if (response == null) {
                response = StubResponse.text(500, "no scripted answer for " + key);
            }
            if (response.hangs()) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String echo = exchange.getRequestHeaders().getFirst("X-Broker-API-Request-Identity");
            if (echo != null && response.echoRequestId()) {
                exchange.getResponseHeaders().add("X-Broker-API-Request-Identity", echo);
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] out = response.body().getBytes(StandardCharsets.UTF_8);
            if (!response.body().isEmpty() && !response.headers().containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            result.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return result;
    }

    private static Map<String, List<String>> copy(Headers headers) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        headers.forEach((k, v) -> result.put(k.toLowerCase(java.util.Locale.ROOT), new ArrayList<>(v)));
        return result;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /** One request the stub received. */
    public record Recorded(String method, String rawPath, String rawQuery, Map<String, String> query,
            Map<String, List<String>> headers, String body) {

        /** The first value of a header (names are case-insensitive). */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("The request body is not JSON: " + body, e);
            }
        }
    }
}
