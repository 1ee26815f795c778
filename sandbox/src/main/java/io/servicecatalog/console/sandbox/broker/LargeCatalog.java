package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A generated catalog of many services and plans for benchmarks and scale tests. It is deterministic for a given
 * size (seeded), so runs compare.
 */
public final class LargeCatalog {

  /** Name of the broker that serves the large catalog. */
  public static final String BROKER_NAME = "bulk-broker";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String[] AREAS = {"database", "cache", "queue", "storage", "search", "analytics", "ml",
      "monitoring", "mail", "identity"};
  private static final String[] PROVIDERS = {"Sandbox Cloud", "Sandbox Labs", "Partner Co.", "Bulk Systems"};

  private LargeCatalog() {
  }

  /**
   * A broker definition with {@code services × plans} plans.
   *
   * @param services number of services (at least 1)
   * @param plans plans per service (at least 1)
   * @param schemaEvery every n-th service gets create/update/bind schemas on its plans (0 for none)
   */
  public static BrokerDefinition definition(int services, int plans, int schemaEvery) {
    if (services < 1 || plans < 1) {
      throw new IllegalArgumentException("A large catalog needs at least one service and one plan, not "
          + services + " × " + plans + ".");
    }
    return new BrokerDefinition(BROKER_NAME, catalog(services, plans, schemaEvery), null, Map.of(), Map.of());
  }

  static ObjectNode catalog(int services, int plans, int schemaEvery) {
    Random random = new Random(20_000L + services * 31L + plans);
    String icon = SampleCatalogs.icon("managed-database");
    ObjectNode catalog = JSON.objectNode();
    ArrayNode list = catalog.putArray("services");
    for (int s = 0; s < services; s++) {
      String area = AREAS[s % AREAS.length];
      ObjectNode service = list.addObject();
      service.put("name", String.format("bulk-%s-%05d", area, s));
      service.put("id", new UUID(random.nextLong(), random.nextLong()).toString());
      service.put("description", "Generated " + area + " service number " + s + ".");
      service.put("bindable", s % 7 != 0);
      service.put("plan_updateable", s % 2 == 0);
      service.putArray("tags").add(area).add("bulk").add("group-" + (s % 50));
      ObjectNode metadata = service.putObject("metadata");
      metadata.put("displayName", "Bulk " + capitalised(area) + " " + s);
      metadata.put("providerDisplayName", PROVIDERS[s % PROVIDERS.length]);
      metadata.put("longDescription", "A generated service for scale tests: " + plans + " plans, "
          + (schemaEvery > 0 && s % schemaEvery == 0 ? "with" : "without") + " parameter schemas.");
      if (s % 3 == 0 && icon != null) {
        metadata.put("imageUrl", icon);
      }
      ArrayNode planList = service.putArray("plans");
      for (int p = 0; p < plans; p++) {
        ObjectNode plan = planList.addObject();
        plan.put("name", "plan-" + p);
        plan.put("id", new UUID(random.nextLong(), random.nextLong()).toString());
        plan.put("description", "Plan " + p + " of service " + s + ".");
        boolean free = p == 0;
        plan.put("free", free);
        if (!free) {
          ObjectNode planMetadata = plan.putObject("metadata");
          planMetadata.putArray("bullets").add((p + 1) + " GiB").add("Tier " + p);
          ObjectNode cost = planMetadata.putArray("costs").addObject();
          cost.putObject("amount").put("usd", 5.0 * p);
          cost.put("unit", "MONTHLY");
        }
        if (schemaEvery > 0 && s % schemaEvery == 0) {
          plan.set("schemas", schemas(p));
        }
      }
    }
    return catalog;
  }

  private static ObjectNode schemas(int plan) {
    ObjectNode schemas = JSON.objectNode();
    ObjectNode instance = schemas.putObject("service_instance");
    instance.putObject("create").set("parameters", sizeSchema(plan));
    instance.putObject("update").set("parameters", sizeSchema(plan));
    ObjectNode bind = JSON.objectNode();
    bind.put("$schema", "http://json-schema.org/draft-04/schema#");
    bind.put("type", "object");
    bind.putObject("properties").putObject("readOnly").put("type", "boolean").put("default", false);
    schemas.putObject("service_binding").putObject("create").set("parameters", bind);
    return schemas;
  }

  private static ObjectNode sizeSchema(int plan) {
    ObjectNode schema = JSON.objectNode();
    schema.put("$schema", "http://json-schema.org/draft-04/schema#");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("sizeGb").put("type", "integer").put("minimum", 1).put("maximum", 100 * (plan + 1))
        .put("default", 1);
    properties.putObject("region").put("type", "string").put("default", "sandbox-1")
        .putArray("enum").add("sandbox-1").add("sandbox-2").add("sandbox-3");
    properties.putObject("label").put("type", "string").put("maxLength", 63);
    return schema;
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
