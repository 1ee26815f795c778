package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * The sample brokers' catalogs and behaviour. Catalogs are JSON resources; icons (PNG, one SVG) and the database's
 * schemas are separate resources merged in at load time, so the catalogs stay readable.
 */
public final class SampleCatalogs {

  /** Name of the broker with the osb-starter-pack example service. */
  public static final String STARTER_PACK = "starter-pack-broker";
  /** Name of the broker with the message queue and the database; it demands basic auth. */
  public static final String CLOUD = "cloud-broker";
  /** Name of the broker with the asynchronous and failing services. */
  public static final String LAB = "lab-broker";
  /** Name of the broker served to namespace {@code team-a} only. */
  public static final String TEAM_A = "team-a-broker";
  /** Name of the broker left for the user to register. */
  public static final String PARTNER = "partner-broker";

  /** Service ids, for behaviours and tests. */
  public static final String STARTER_PACK_SERVICE_ID = "4f6e6cf6-ffdd-425f-a2c7-3c9258ad246a";
  public static final String STARTER_PACK_PLAN_ID = "86064792-7ea2-467b-af93-ac9694d96d5b";
  public static final String MESSAGE_QUEUE_SERVICE_ID = "86685075-d644-4a9b-966a-648bb8934a20";
  public static final String DATABASE_SERVICE_ID = "0ba35474-1dc3-4e93-869c-59b052d64df1";
  public static final String SLOW_CACHE_SERVICE_ID = "608b8da4-39d0-4121-94e4-15c06ae08077";
  public static final String UNAVAILABLE_SERVICE_ID = "6ecebd31-33d8-454c-81a8-db462ed8b769";
  public static final String UNAVAILABLE_REFUSED_PLAN_ID = "f3c7b1a7-73b6-4eaa-baf4-9357abab306d";
  public static final String UNAVAILABLE_FAILS_LATER_PLAN_ID = "a037f954-8237-4113-92a7-584392924c14";
  public static final String STICKY_STORAGE_SERVICE_ID = "670aa3cd-4086-4d2d-9012-229425983cba";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BASE = "/io/servicecatalog/console/sandbox/";

  private SampleCatalogs() {
  }

  /** The osb-starter-pack example from the Service Catalog walkthrough. */
  public static BrokerDefinition starterPack() {
    return new BrokerDefinition(STARTER_PACK, load("starter-pack"), null, Map.of(),
        Map.of(STARTER_PACK_SERVICE_ID, SampleCredentials::starterPack));
  }

  /** A managed message queue and a managed database with rich schemas and paid plans, behind basic auth. */
  public static BrokerDefinition cloud(BasicCredentials credentials) {
    ObjectNode catalog = load("cloud");
    JsonNode create = resource("schemas/database-create.json");
    JsonNode update = resource("schemas/database-update.json");
    JsonNode bind = resource("schemas/database-bind.json");
    for (JsonNode service : catalog.path("services")) {
      if (DATABASE_SERVICE_ID.equals(service.path("id").asText())) {
        for (JsonNode plan : service.path("plans")) {
          ObjectNode schemas = ((ObjectNode) plan).putObject("schemas");
          ObjectNode instance = schemas.putObject("service_instance");
          instance.putObject("create").set("parameters", create.deepCopy());
          instance.putObject("update").set("parameters", update.deepCopy());
          schemas.putObject("service_binding").putObject("create").set("parameters", bind.deepCopy());
        }
      }
    }
    return new BrokerDefinition(CLOUD, catalog, credentials, Map.of(), Map.of(
        MESSAGE_QUEUE_SERVICE_ID, SampleCredentials::messageQueue,
        DATABASE_SERVICE_ID, SampleCredentials::database));
  }

  /** Asynchronous operations, a provision that fails (at once or later) and a deprovision that fails once. */
  public static BrokerDefinition lab() {
    return new BrokerDefinition(LAB, load("lab"), null, Map.of(
        SLOW_CACHE_SERVICE_ID, Behaviour.ASYNCHRONOUS,
        UNAVAILABLE_REFUSED_PLAN_ID, Behaviour.PROVISION_FAILS,
        UNAVAILABLE_FAILS_LATER_PLAN_ID, Behaviour.ASYNC_PROVISION_FAILS,
        STICKY_STORAGE_SERVICE_ID, Behaviour.DEPROVISION_FAILS_ONCE), Map.of());
  }

  /** A small catalog for the namespaced broker of team A. */
  public static BrokerDefinition teamA() {
    return new BrokerDefinition(TEAM_A, load("team-a"), null, Map.of(), Map.of());
  }

  /** A partner's catalog, not registered at start. */
  public static BrokerDefinition partner() {
    return new BrokerDefinition(PARTNER, load("partner"), null, Map.of(), Map.of());
  }

  /** A catalog resource with each service's icon set as a {@code data:} URL. */
  static ObjectNode load(String name) {
    ObjectNode catalog = (ObjectNode) resource("catalogs/" + name + ".json");
    for (JsonNode service : catalog.path("services")) {
      String icon = icon(service.path("name").asText());
      if (icon != null) {
        ObjectNode metadata = service.has("metadata") ? (ObjectNode) service.get("metadata")
            : ((ObjectNode) service).putObject("metadata");
        metadata.put("imageUrl", icon);
      }
    }
    return catalog;
  }

  /** The bundled icon of a service as a data URL, or null if it has none. */
  static String icon(String serviceName) {
    for (String[] type : new String[][] {{"png", "image/png"}, {"svg", "image/svg+xml"}}) {
      byte[] bytes = bytes("icons/" + serviceName + "." + type[0]);
      if (bytes != null) {
        return "data:" + type[1] + ";base64," + Base64.getEncoder().encodeToString(bytes);
      }
    }
    return null;
  }

  private static JsonNode resource(String path) {
    byte[] bytes = bytes(path);
    if (bytes == null) {
      throw new IllegalStateException("The sandbox jar is missing " + BASE + path + "; rebuild the sandbox module.");
    }
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not parse " + BASE + path, e);
    }
  }

  private static byte[] bytes(String path) {
    try (InputStream in = SampleCatalogs.class.getResourceAsStream(BASE + path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + BASE + path, e);
    }
  }
}
