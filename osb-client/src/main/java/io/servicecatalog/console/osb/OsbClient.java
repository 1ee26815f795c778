package io.servicecatalog.console.osb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.catalog.Catalog;
import io.servicecatalog.console.osb.internal.Checks;
import io.servicecatalog.console.osb.internal.Json;
import io.servicecatalog.console.osb.internal.RetryAfter;
import io.servicecatalog.console.osb.internal.Tls;
import io.servicecatalog.console.osb.internal.UrlEncoding;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for one Open Service Broker (API v2.17): catalog, provision, update, deprovision, fetch instance,
 * bind (and rotate), unbind, fetch binding, and both {@code last_operation} endpoints. Methods block; run them on
 * your own executor. Instances are immutable and thread-safe. Failures are {@link OsbException}s with a sentence a
 * person can act on.
 *
 * <pre>{@code
 * OsbClient client = OsbClient.builder(URI.create("https://broker.example.com"))
 *         .basicAuth("admin", password).build();
 * Catalog catalog = client.catalog();
 * }</pre>
 */
public final class OsbClient {

    /** The API version sent unless {@link Builder#apiVersion(String)} says otherwise. */
    public static final String DEFAULT_API_VERSION = "2.17";
    /** The request timeout of the upstream Service Catalog controller. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    static final String HEADER_API_VERSION = "X-Broker-API-Version";
    static final String HEADER_ORIGINATING_IDENTITY = "X-Broker-API-Originating-Identity";
    static final String HEADER_REQUEST_IDENTITY = "X-Broker-API-Request-Identity";

    private static final Logger LOG = LoggerFactory.getLogger(OsbClient.class);
    private static final Pattern API_VERSION = Pattern.compile("2\\.\\d{1,3}");

    private final Shared shared;
    private final OriginatingIdentity identity;

    private OsbClient(Shared shared, OriginatingIdentity identity) {
        this.shared = shared;
        this.identity = identity;
    }

    /** Starts configuring a client for the broker at {@code brokerUrl} (http or https, optionally with a path). */
    public static Builder builder(URI brokerUrl) {
        return new Builder(brokerUrl);
    }

    /**
     * The same client (same connections, auth and settings) sending {@code X-Broker-API-Originating-Identity} for
     * the user on whose behalf the following requests are made. The catalog fetch never sends it.
     */
    public OsbClient withOriginatingIdentity(OriginatingIdentity originatingIdentity) {
        return new OsbClient(shared, Objects.requireNonNull(originatingIdentity, "originatingIdentity"));
    }

    /** The broker's base URL. */
    public URI brokerUrl() {
        return shared.baseUrl;
    }

    /** The {@code X-Broker-API-Version} this client sends. */
    public String apiVersion() {
        return shared.apiVersion;
    }

    /** {@code GET /v2/catalog}. */
    public Catalog catalog() {
        return catalogIfChanged(null, null).catalog();
    }

    /**
     * {@code GET /v2/catalog} with the caching validators of a previous fetch ({@code If-None-Match} and
     * {@code If-Modified-Since}); either may be null. Brokers that support them answer 304 when nothing changed.
     */
    public CatalogFetch catalogIfChanged(String etag, String lastModified) {
        Map<String, String> conditions = new LinkedHashMap<>();
        if (etag != null && !etag.isBlank()) {
            conditions.put("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            conditions.put("If-Modified-Since", lastModified);
        }
        Exchange x = send(OsbOperation.CATALOG, "GET", "/v2/catalog", Map.of(), null, conditions);
        if (x.status == 304 && !conditions.isEmpty()) {
            return new CatalogFetch(null, x.header("ETag").orElse(etag),
                    x.header("Last-Modified").orElse(lastModified));
        }
        if (x.status != 200) {
            throw x.error();
        }
        JsonNode body = x.json(false);
        try {
            return new CatalogFetch(Catalog.fromJson(body), x.header("ETag").orElse(null),
                    x.header("Last-Modified").orElse(null));
        } catch (IllegalArgumentException e) {
            throw x.malformed(e.getMessage(), e);
        }
    }

    /**
     * {@code PUT /v2/service_instances/:instance_id}. With {@code acceptsIncomplete} the broker may answer 202;
     * then poll {@link #instanceLastOperation} (or use a {@link LastOperationPoller}).
     */
    public ProvisionResponse provision(String instanceId, ProvisionRequest request, boolean acceptsIncomplete) {
        Objects.requireNonNull(request, "request");
        Exchange x = send(OsbOperation.PROVISION, "PUT", instancePath(instanceId), incomplete(acceptsIncomplete),
                request.toJson());
        if (x.status != 200 && x.status != 201 && x.status != 202) {
            throw x.error();
        }
        return x.read(body -> ProvisionResponse.fromJson(x.status, body), true);
    }

    /** {@code PATCH /v2/service_instances/:instance_id}. */
    public UpdateResponse update(String instanceId, UpdateRequest request, boolean acceptsIncomplete) {
        Objects.requireNonNull(request, "request");
        Exchange x = send(OsbOperation.UPDATE, "PATCH", instancePath(instanceId), incomplete(acceptsIncomplete),
                request.toJson());
        if (x.status != 200 && x.status != 202) {
            throw x.error();
        }
        return x.read(body -> UpdateResponse.fromJson(x.status, body), true);
    }

    /** {@code DELETE /v2/service_instances/:instance_id}; 410 Gone counts as success. */
    public DeleteResponse deprovision(String instanceId, String serviceId, String planId, boolean acceptsIncomplete) {
        Exchange x = send(OsbOperation.DEPROVISION, "DELETE", instancePath(instanceId),
                deleteQuery(serviceId, planId, acceptsIncomplete), null);
        return deleted(x, "deprovision response");
    }

    /**
     * {@code GET /v2/service_instances/:instance_id} (offerings with {@code instances_retrievable}). The service
     * and plan ids are optional hints; pass null to leave them out.
     */
    public ServiceInstanceResource fetchInstance(String instanceId, String serviceId, String planId) {
        Exchange x = send(OsbOperation.FETCH_INSTANCE, "GET", instancePath(instanceId), hints(serviceId, planId), null);
        if (x.status != 200) {
            throw x.error();
        }
        return x.read(ServiceInstanceResource::fromJson, false);
    }

    /**
     * One {@code GET /v2/service_instances/:instance_id/last_operation}. A 410 answer comes back as
     * {@link LastOperation#gone()} (success for a deprovision, to be ignored otherwise).
     */
    public LastOperation instanceLastOperation(String instanceId, LastOperationQuery query) {
        return lastOperation(OsbOperation.INSTANCE_LAST_OPERATION, instancePath(instanceId) + "/last_operation", query);
    }

    /**
     * {@code PUT …/service_bindings/:binding_id}; a {@link BindRequest} with a predecessor binding id rotates that
     * binding. After a 202, poll {@link #bindingLastOperation} and then {@link #fetchBinding} for the credentials.
     */
    public BindResponse bind(String instanceId, String bindingId, BindRequest request, boolean acceptsIncomplete) {
        Objects.requireNonNull(request, "request");
        Exchange x = send(OsbOperation.BIND, "PUT", bindingPath(instanceId, bindingId), incomplete(acceptsIncomplete),
                request.toJson());
        if (x.status != 200 && x.status != 201 && x.status != 202) {
            throw x.error();
        }
        return x.read(body -> BindResponse.fromJson(x.status, body), true);
    }

    /** {@code DELETE …/service_bindings/:binding_id}; 410 Gone counts as success. */
    public DeleteResponse unbind(String instanceId, String bindingId, String serviceId, String planId,
            boolean acceptsIncomplete) {
        Exchange x = send(OsbOperation.UNBIND, "DELETE", bindingPath(instanceId, bindingId),
                deleteQuery(serviceId, planId, acceptsIncomplete), null);
        return deleted(x, "unbind response");
    }

    /** {@code GET …/service_bindings/:binding_id} (offerings with {@code bindings_retrievable}); hints may be null. */
    public ServiceBindingResource fetchBinding(String instanceId, String bindingId, String serviceId, String planId) {
        Exchange x = send(OsbOperation.FETCH_BINDING, "GET", bindingPath(instanceId, bindingId),
                hints(serviceId, planId), null);
        if (x.status != 200) {
            throw x.error();
        }
        return x.read(ServiceBindingResource::fromJson, false);
    }

    /** One {@code GET …/service_bindings/:binding_id/last_operation}; 410 comes back as {@link LastOperation#gone()}. */
    public LastOperation bindingLastOperation(String instanceId, String bindingId, LastOperationQuery query) {
        return lastOperation(OsbOperation.BINDING_LAST_OPERATION, bindingPath(instanceId, bindingId) + "/last_operation",
                query);
    }

    /** Starts configuring a {@link LastOperationPoller} for this client. */
    public LastOperationPoller.Builder poller() {
        return LastOperationPoller.builder(this);
    }

    private LastOperation lastOperation(OsbOperation op, String path, LastOperationQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null) {
            params.putAll(hints(query.serviceId(), query.planId()));
            if (query.operation() != null) {
                params.put("operation", query.operation());
            }
        }
        Exchange x = send(op, "GET", path, params, null);
        if (x.status == 410) {
            return LastOperation.goneAnswer();
        }
        if (x.status != 200) {
            throw x.error();
        }
        Duration retryAfter = RetryAfter.parse(x.response.headers().firstValue("Retry-After").orElse(null),
                shared.clock.instant()).orElse(null);
        return x.read(body -> LastOperation.fromJson(body, retryAfter), false);
    }

    private static String instancePath(String instanceId) {
        return "/v2/service_instances/" + UrlEncoding.encode(Requests.nonEmpty(instanceId, "instance id"));
    }

    private static String bindingPath(String instanceId, String bindingId) {
        return instancePath(instanceId) + "/service_bindings/"
                + UrlEncoding.encode(Requests.nonEmpty(bindingId, "binding id"));
    }

    /** The query of both DELETEs: service_id and plan_id are required there, unlike the GET hints. */
    private static Map<String, String> deleteQuery(String serviceId, String planId, boolean acceptsIncomplete) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("service_id", Requests.nonEmpty(serviceId, "service_id"));
        query.put("plan_id", Requests.nonEmpty(planId, "plan_id"));
        query.putAll(incomplete(acceptsIncomplete));
        return query;
    }

    /** A DELETE's answer; 410 is success whatever its body holds (the spec gives it no content to read). */
    private static DeleteResponse deleted(Exchange x, String what) {
        if (x.status == 410) {
            return new DeleteResponse(410, null);
        }
        if (x.status != 200 && x.status != 202) {
            throw x.error();
        }
        return x.read(body -> DeleteResponse.fromJson(x.status, body, what), true);
    }

    private static Map<String, String> incomplete(boolean acceptsIncomplete) {
        return acceptsIncomplete ? Map.of("accepts_incomplete", "true") : Map.of();
    }

    private static Map<String, String> hints(String serviceId, String planId) {
        Map<String, String> query = new LinkedHashMap<>();
        if (serviceId != null && !serviceId.isEmpty()) {
            query.put("service_id", serviceId);
        }
        if (planId != null && !planId.isEmpty()) {
            query.put("plan_id", planId);
        }
        return query;
    }

    private Exchange send(OsbOperation op, String method, String path, Map<String, String> query, ObjectNode body) {
        return send(op, method, path, query, body, Map.of());
    }

    private Exchange send(OsbOperation op, String method, String path, Map<String, String> query, ObjectNode body,
            Map<String, String> extraHeaders) {
        StringBuilder uri = new StringBuilder(shared.basePath).append(path);
        char separator = '?';
        for (Map.Entry<String, String> q : query.entrySet()) {
            uri.append(separator).append(UrlEncoding.encode(q.getKey())).append('=')
                    .append(UrlEncoding.encode(q.getValue()));
            separator = '&';
        }
        String requestId = UUID.randomUUID().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .timeout(shared.requestTimeout)
                .header(HEADER_API_VERSION, shared.apiVersion)
                .header(HEADER_REQUEST_IDENTITY, requestId)
                .header("Accept", "application/json");
        if (shared.authorization != null) {
            request.header("Authorization", shared.authorization);
        }
        extraHeaders.forEach(request::header);
        if (identity != null && sendsIdentity(op)) {
            request.header(HEADER_ORIGINATING_IDENTITY, identity.headerValue());
        }
        if (body != null) {
            try {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A JSON tree always serialises", e);
            }
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long started = System.nanoTime();
        // sendAsync + a bounded wait: the request timeout of HttpRequest stops once the headers are in, so a
        // broker that sends headers and then stalls mid-body would otherwise block this thread for ever.
        CompletableFuture<HttpResponse<byte[]>> pending = shared.http.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response;
            try {
                response = pending.get(shared.requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                pending.cancel(true);
                HttpTimeoutException timeout = new HttpTimeoutException("request timed out");
                timeout.initCause(e);
                throw timeout;
            } catch (ExecutionException e) {
                throw unwrap(e.getCause());
            }
            String echoed = response.headers().firstValue(HEADER_REQUEST_IDENTITY).orElse(null);
            LOG.debug("OSB {} {} {} -> {} in {} ms (request id {})", op, method, path, response.statusCode(),
                    (System.nanoTime() - started) / 1_000_000, requestId);
            return new Exchange(op, response, requestId, echoed);
        } catch (IOException e) {
            LOG.debug("OSB {} {} {} failed after {} ms (request id {}): {}", op, method, path,
                    (System.nanoTime() - started) / 1_000_000, requestId, e.toString());
            throw Errors.transport(op, shared.baseUrl, requestId, e, shared.connectTimeout, shared.requestTimeout);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException(
                    "Interrupted while waiting for the broker to " + Messages.action(op));
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    /** The failure behind a failed {@code sendAsync}: I/O failures are rethrown for mapping, others as they are. */
    private static IOException unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        return new IOException(t);
    }

    /** The originating identity goes with requests the OpenAPI document declares it for. */
    private static boolean sendsIdentity(OsbOperation op) {
        return op != OsbOperation.CATALOG && op != OsbOperation.INSTANCE_LAST_OPERATION
                && op != OsbOperation.BINDING_LAST_OPERATION;
    }

    @Override
    public String toString() {
        return "OsbClient[" + shared.baseUrl + ", apiVersion=" + shared.apiVersion + ", auth=" + shared.authKind
                + ", tls=" + shared.tlsKind + (identity != null ? ", identity=" + identity : "") + "]";
    }

    /** One answer, with what is needed to read it or to report it. */
    private final class Exchange {
        final OsbOperation op;
        final HttpResponse<byte[]> response;
        final int status;
        final String requestId;
        final String echoedId;

        Exchange(OsbOperation op, HttpResponse<byte[]> response, String requestId, String echoedId) {
            this.op = op;
            this.response = response;
            this.status = response.statusCode();
            this.requestId = requestId;
            this.echoedId = echoedId;
        }

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** The body as JSON; an empty body is {@code {}} where {@code emptyIsObject}, else malformed. */
        JsonNode json(boolean emptyIsObject) {
            byte[] bytes = response.body();
            if (blank(bytes)) {
                if (emptyIsObject) {
                    return Json.object();
                }
                throw malformed("the body is empty", null);
            }
            try {
                return Json.MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw malformed("it is not JSON (" + firstLine(e.getMessage()) + ")", e);
            }
        }

        /** Empty or only JSON whitespace, checked on the bytes (the body may be large). */
        private boolean blank(byte[] bytes) {
            if (bytes == null) {
                return true;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        <T> T read(Function<ObjectNode, T> reader, boolean emptyIsObject) {
            JsonNode body = json(emptyIsObject);
            if (!body.isObject()) {
                throw malformed("a JSON object was expected", null);
            }
            try {
                return reader.apply((ObjectNode) body);
            } catch (IllegalArgumentException e) {
                throw malformed(e.getMessage(), e);
            }
        }

        MalformedResponseException malformed(String problem, Throwable cause) {
            return Errors.malformed(op, shared.baseUrl, status, requestId, echoedId, problem, cause);
        }

        OsbException error() {
            JsonNode body;
            try {
                byte[] bytes = response.body();
                body = bytes == null || bytes.length == 0 ? null : Json.MAPPER.readTree(bytes);
            } catch (IOException e) {
                // An error answer whose body is not JSON still has a status to report.
                LOG.debug("OSB {} error answer {} has a body that is not JSON (request id {})", op, status, requestId);
                body = null;
            }
            return Errors.forStatus(op, shared.baseUrl, status, body, requestId, echoedId, shared.apiVersion);
        }

        private String firstLine(String message) {
            if (message == null) {
                return "unreadable";
            }
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
    }

    /** The immutable state every derived client shares. */
    private static final class Shared {
        final URI baseUrl;
        final String basePath;
        final String apiVersion;
        final String authorization;
        final String authKind;
        final String tlsKind;
        final Duration connectTimeout;
        final Duration requestTimeout;
        final HttpClient http;
        final Clock clock;

        Shared(Builder b) {
            this.baseUrl = b.brokerUrl;
            String text = b.brokerUrl.toString();
            this.basePath = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            this.apiVersion = b.apiVersion;
            this.authorization = b.authorization;
            this.authKind = b.authKind;
            this.tlsKind = b.tlsKind;
            this.connectTimeout = b.connectTimeout;
            this.requestTimeout = b.requestTimeout;
            this.clock = b.clock;
            HttpClient.Builder http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(b.connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (b.sslContext != null) {
                http.sslContext(b.sslContext);
            }
            this.http = http.build();
        }
    }

    /** Configures an {@link OsbClient}. */
    public static final class Builder {
        private final URI brokerUrl;
        private String apiVersion = DEFAULT_API_VERSION;
        private String authorization;
        private String authKind = "none";
        private SSLContext sslContext;
        private String tlsKind = "system trust";
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Clock clock = Clock.systemUTC();

        private Builder(URI brokerUrl) {
            Objects.requireNonNull(brokerUrl, "brokerUrl");
            String scheme = brokerUrl.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || brokerUrl.getHost() == null) {
                throw new IllegalArgumentException("The broker URL must be an http:// or https:// address with a host,"
                        + " such as https://broker.example.com (got \"" + safe(brokerUrl) + "\").");
            }
            if (brokerUrl.getRawUserInfo() != null) {
                throw new IllegalArgumentException("Put the broker's user name and password in its authentication"
                        + " settings, not in the URL.");
            }
            if (brokerUrl.getRawQuery() != null || brokerUrl.getRawFragment() != null) {
                throw new IllegalArgumentException("The broker URL must not have a query or fragment (got \""
                        + safe(brokerUrl) + "\").");
            }
            this.brokerUrl = brokerUrl;
        }

        private static String safe(URI url) {
            return url.getRawUserInfo() == null ? url.toString() : url.toString().replace(url.getRawUserInfo(), "***");
        }

        /** HTTP basic authentication, sent with every request. */
        public Builder basicAuth(String username, String password) {
            return basicAuth(username, Objects.requireNonNull(password, "password").toCharArray());
        }

        /**
         * HTTP basic authentication, sent with every request. The client keeps the encoded {@code Authorization}
         * header as a String for its whole lifetime, so the password stays recoverable from memory as long as the
         * client exists: wiping {@code password} afterwards only removes the caller's own copy. The array is not
         * kept and not modified.
         */
        public Builder basicAuth(String username, char[] password) {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            if (username.contains(":")) {
                throw new IllegalArgumentException("A basic-auth user name cannot contain a colon.");
            }
            char[] joined = new char[username.length() + 1 + password.length];
            username.getChars(0, username.length(), joined, 0);
            joined[username.length()] = ':';
            System.arraycopy(password, 0, joined, username.length() + 1, password.length);
            var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(joined));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(raw);
            this.authKind = "basic";
            return this;
        }

        /** A bearer token ({@code Authorization: Bearer …}), sent with every request. */
        public Builder bearerToken(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("The bearer token is empty.");
            }
            this.authorization = "Bearer " + token.strip();
            this.authKind = "bearer";
            return this;
        }

        /** No authentication (the default). */
        public Builder noAuth() {
            this.authorization = null;
            this.authKind = "none";
            return this;
        }

        /** The {@code X-Broker-API-Version} to send, {@code 2.x}; default {@value #DEFAULT_API_VERSION}. */
        public Builder apiVersion(String version) {
            if (version == null || !API_VERSION.matcher(version).matches()) {
                throw new IllegalArgumentException("The OSB API version must look like 2.17 (major 2, then a minor"
                        + " version); got \"" + version + "\".");
            }
            this.apiVersion = version;
            return this;
        }

        /** Trust only the certificates in this PEM bundle (instead of the system's trust store). */
        public Builder caBundlePem(String pem) {
            this.sslContext = Tls.trustingBundle(pem);
            this.tlsKind = "CA bundle";
            return this;
        }

        /**
         * Accept any certificate and host name. Only for brokers the caller has decided to trust without
         * verification; the connection can then be intercepted.
         */
        public Builder insecureSkipTlsVerify() {
            this.sslContext = Tls.trustingEverything();
            this.tlsKind = "INSECURE (verification off)";
            return this;
        }

        /** Use the system's trust store (the default). */
        public Builder systemTrust() {
            this.sslContext = null;
            this.tlsKind = "system trust";
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Checks.positive(timeout, "connect timeout");
            return this;
        }

        /** How long one request may take from sending to the end of the answer; default 60 s. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Checks.positive(timeout, "request timeout");
            return this;
        }

        /** The clock used to read {@code Retry-After} dates (tests use a fixed one). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public OsbClient build() {
            return new OsbClient(new Shared(this), null);
        }


        @Override
        public String toString() {
            return "OsbClient.Builder[" + brokerUrl + ", auth=" + authKind + ", tls=" + tlsKind + "]";
        }
    }
}
