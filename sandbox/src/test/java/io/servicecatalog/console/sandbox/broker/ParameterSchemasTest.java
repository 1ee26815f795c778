package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Plan parameter schemas of the sample brokers")
class ParameterSchemasTest {

  private static final List<BrokerDefinition> SAMPLES = List.of(SampleCatalogs.starterPack(),
      SampleCatalogs.cloud(new BasicCredentials("u", "p")), SampleCatalogs.lab(), SampleCatalogs.teamA(),
      SampleCatalogs.partner(), LargeCatalog.definition(20, 2, 5));

  @Test
  @DisplayName("every schema in every sample catalog compiles, and only the database requires parameters")
  void allSchemasCompile() {
    int schemas = 0;
    for (BrokerDefinition broker : SAMPLES) {
      Map<String, JsonNode> plans = new HashMap<>();
      broker.catalog().path("services").forEach(s -> s.path("plans").forEach(p -> plans.put(p.path("id").asText(), p)));
      ParameterSchemas checker = new ParameterSchemas(plans);
      for (Map.Entry<String, JsonNode> plan : plans.entrySet()) {
        for (ParameterSchemas.Use use : ParameterSchemas.Use.values()) {
          List<String> violations = checker.violations(plan.getKey(), use, JsonNodeFactory.instance.objectNode());
          boolean databaseCreate = use == ParameterSchemas.Use.PROVISION
              && broker.name().equals(SampleCatalogs.CLOUD)
              && plan.getValue().at("/schemas/service_instance/create/parameters/required").size() > 0;
          if (databaseCreate) {
            assertThat(violations).hasSize(3);
          } else {
            assertThat(violations).as("%s %s", plan.getValue().path("name"), use).isEmpty();
          }
          if (plan.getValue().has("schemas")) {
            schemas++;
          }
        }
      }
    }
    assertThat(schemas).isGreaterThan(10);
  }

  @Test
  @DisplayName("a plan without schemas accepts any parameters")
  void noSchemaAcceptsAnything() {
    JsonNode plan = JsonNodeFactory.instance.objectNode().put("id", "p");
    ParameterSchemas checker = new ParameterSchemas(Map.of("p", plan));

    assertThat(checker.violations("p", ParameterSchemas.Use.PROVISION,
        JsonNodeFactory.instance.objectNode().put("anything", 1))).isEmpty();
  }
}
