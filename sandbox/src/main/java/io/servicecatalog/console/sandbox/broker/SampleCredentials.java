package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Credentials the sample services hand out on bind. They look like the real thing (URIs, keys, a service-account
 * JSON document) but open nothing: every host is under the reserved {@code .invalid} domain.
 */
public final class SampleCredentials {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PASSWORD_CHARS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private SampleCredentials() {
  }

  /** A URI, a user name and a password: what most services return. */
  public static ObjectNode generic(BindingCredentials.Request request) {
    ObjectNode credentials = JSON.objectNode();
    String host = request.serviceName() + "-" + shortId(request.instanceId()) + ".sandbox.invalid";
    credentials.put("uri", "https://" + host);
    credentials.put("username", "u-" + shortId(request.bindingId()));
    credentials.put("password", password(20));
    return credentials;
  }

  /** The starter-pack service: generic credentials plus the colour chosen at provision time. */
  public static ObjectNode starterPack(BindingCredentials.Request request) {
    ObjectNode credentials = generic(request);
    credentials.put("color", request.instanceParameters().path("color").asText("Clear"));
    return credentials;
  }

  /**
   * The message queue: topic, subscription, endpoint URL, project and a service-account key as a JSON object
   * ({@code privateKeyData}), which a Pod typically mounts as a file.
   */
  public static ObjectNode messageQueue(BindingCredentials.Request request) {
    String topic = request.instanceParameters().path("topicName").asText("");
    if (topic.isEmpty()) {
      topic = "topic-" + shortId(request.instanceId());
    }
    String project = "sandbox-project";
    String account = "sub-" + shortId(request.bindingId());
    ObjectNode credentials = JSON.objectNode();
    credentials.put("topic", topic);
    credentials.put("subscription", topic + "-" + account);
    credentials.put("url", "https://pubsub.sandbox.invalid/v1/projects/" + project + "/topics/" + topic);
    credentials.put("projectId", project);
    credentials.put("role", request.bindingParameters().path("role").asText("subscriber"));
    ObjectNode key = credentials.putObject("privateKeyData");
    key.put("type", "service_account");
    key.put("project_id", project);
    key.put("private_key_id", hex(20));
    key.put("private_key", "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
        .encodeToString(bytes(96)) + "\n-----END PRIVATE KEY-----\n");
    key.put("client_email", account + "@" + project + ".iam.sandbox.invalid");
    key.put("client_id", Long.toUnsignedString(RANDOM.nextLong()));
    key.put("auth_uri", "https://accounts.sandbox.invalid/o/oauth2/auth");
    key.put("token_uri", "https://oauth2.sandbox.invalid/token");
    return credentials;
  }

  /** The database: connection URI and its parts; {@code port} is a number and {@code readOnly} a boolean. */
  public static ObjectNode database(BindingCredentials.Request request) {
    String host = "pg-" + shortId(request.instanceId()) + ".sandbox.invalid";
    String database = request.bindingParameters().path("databaseName").asText("app");
    String username = "user_" + shortId(request.bindingId());
    String password = password(24);
    ObjectNode credentials = JSON.objectNode();
    credentials.put("uri", "postgresql://" + username + ":" + password + "@" + host + ":5432/" + database
        + "?sslmode=require");
    credentials.put("host", host);
    credentials.put("port", 5432);
    credentials.put("database", database);
    credentials.put("username", username);
    credentials.put("password", password);
    credentials.put("readOnly", "read-only".equals(request.bindingParameters().path("access").asText()));
    credentials.put("ca.crt", "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
        .encodeToString(bytes(144)) + "\n-----END CERTIFICATE-----\n");
    return credentials;
  }

  private static String shortId(String id) {
    String clean = id.replaceAll("[^a-zA-Z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    return clean.length() <= 8 ? clean : clean.substring(0, 8);
  }

  private static String password(int length) {
    StringBuilder password = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      password.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
    }
    return password.toString();
  }

  private static byte[] bytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static String hex(int n) {
    StringBuilder hex = new StringBuilder();
    for (byte b : bytes(n)) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
