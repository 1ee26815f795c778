package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks request parameters against the plan schemas a broker publishes ({@code schemas.service_instance.create},
 * {@code .update}, {@code schemas.service_binding.create}). Schemas are compiled on first use, so a large catalog
 * costs nothing until someone provisions from it.
 */
final class ParameterSchemas {

  /** Which of a plan's schemas applies. */
  enum Use {
    PROVISION("/schemas/service_instance/create/parameters"),
    UPDATE("/schemas/service_instance/update/parameters"),
    BIND("/schemas/service_binding/create/parameters");

    private final String pointer;

    Use(String pointer) {
      this.pointer = pointer;
    }
  }

  /** Created on first use: most sandbox runs never provision from a plan with a schema, so why load it at start. */
  private static final class Registry {
    // OSB requires draft-04 support; a schema's own $schema picks a later draft where it names one.
    static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
  }

  private final Map<String, JsonNode> plans;
  private final Map<String, Optional<Schema>> compiled = new ConcurrentHashMap<>();

  ParameterSchemas(Map<String, JsonNode> plansById) {
    this.plans = plansById;
  }

  /**
   * The violations of {@code parameters} against the plan's schema for that use, as "location: message" lines;
   * empty when valid or when the plan has no such schema.
   */
  List<String> violations(String planId, Use use, JsonNode parameters) {
    Optional<Schema> schema = compiled.computeIfAbsent(planId + " " + use, key -> {
      JsonNode plan = plans.get(planId);
      JsonNode node = plan == null ? null : plan.at(use.pointer);
      return node == null || !node.isObject() ? Optional.empty() : Optional.of(Registry.INSTANCE.getSchema(node));
    });
    if (schema.isEmpty()) {
      return List.of();
    }
    return schema.get().validate(parameters).stream().map(ParameterSchemas::describe).toList();
  }

  private static String describe(Error error) {
    return error.toString();
  }
}
