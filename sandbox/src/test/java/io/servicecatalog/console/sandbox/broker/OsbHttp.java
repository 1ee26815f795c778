package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small OSB caller for tests, on the JDK HTTP client. */
public final class OsbHttp {

  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;
  private final String version;
  private final String authorization;
  private final Map<String, String> extraHeaders;

  private OsbHttp(String baseUrl, String version, String authorization, Map<String, String> extraHeaders) {
    this.baseUrl = baseUrl;
    this.version = version;
    this.authorization = authorization;
    this.extraHeaders = extraHeaders;
  }

  public OsbHttp header(String name, String value) {
    Map<String, String> headers = new java.util.LinkedHashMap<>(extraHeaders);
    headers.put(name, value);
    return new OsbHttp(baseUrl, version, authorization, headers);
  }

  public static OsbHttp to(String baseUrl) {
    return new OsbHttp(baseUrl, "2.17", null, Map.of());
  }

  public OsbHttp version(String version) {
    return new OsbHttp(baseUrl, version, authorization, extraHeaders);
  }

  public OsbHttp auth(BasicCredentials credentials) {
    return new OsbHttp(baseUrl, version, credentials.authorizationHeader(), extraHeaders);
  }

  public OsbHttp authorization(String header) {
    return new OsbHttp(baseUrl, version, header, extraHeaders);
  }

  /** An answer: status, JSON body (or null) and headers. */
  public record Answer(int status, JsonNode body, HttpHeaders headers) {
    public String text(String field) {
      return body == null ? null : body.path(field).asText(null);
    }
  }

  public Answer get(String path) {
    return send("GET", path, null);
  }

  public Answer delete(String path) {
    return send("DELETE", path, null);
  }

  public Answer put(String path, JsonNode body) {
    return send("PUT", path, body);
  }

  public Answer patch(String path, JsonNode body) {
    return send("PATCH", path, body);
  }

  public Answer send(String method, String path, JsonNode body) {
    try {
      return sendRaw(method, path, body == null ? null : MAPPER.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Answer sendRaw(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (version != null) {
      request.header("X-Broker-API-Version", version);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    extraHeaders.forEach(request::header);
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (!response.body().isEmpty() && response.headers().firstValue("Content-Type").orElse("")
          .startsWith("application/json")) {
        json = MAPPER.readTree(response.body());
      }
      return new Answer(response.statusCode(), json, response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A provision or bind body. */
  public static ObjectNode body(String serviceId, String planId, ObjectNode parameters) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("service_id", serviceId);
    body.put("plan_id", planId);
    body.put("organization_guid", "org");
    body.put("space_guid", "space");
    body.putObject("context").put("platform", "kubernetes").put("namespace", "default");
    if (parameters != null) {
      body.set("parameters", parameters);
    }
    return body;
  }

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }
}
