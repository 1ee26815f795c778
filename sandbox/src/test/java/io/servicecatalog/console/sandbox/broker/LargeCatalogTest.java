package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicecatalog.console.sandbox.Sandbox;
import io.servicecatalog.console.sandbox.SampleBroker;
import io.servicecatalog.console.sandbox.SandboxOptions;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Large-catalog mode")
class LargeCatalogTest {

  private static final long SEED = 4711L;

  static Stream<Arguments> sizes() {
    Random random = new Random(SEED);
    return Stream.generate(() -> Arguments.of(1 + random.nextInt(300), 1 + random.nextInt(12), random.nextInt(6)))
        .limit(8);
  }

  @ParameterizedTest(name = "seed " + SEED + ": {0} services × {1} plans, schemas every {2}")
  @MethodSource("sizes")
  void generatesExactlyNTimesMWithUniqueIds(int services, int plans, int schemaEvery) {
    JsonNode catalog = LargeCatalog.definition(services, plans, schemaEvery).catalog();

    assertThat(catalog.path("services")).hasSize(services);
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    int planCount = 0;
    int withSchemas = 0;
    for (JsonNode service : catalog.path("services")) {
      assertThat(ids.add(service.path("id").asText())).isTrue();
      assertThat(names.add(service.path("name").asText())).isTrue();
      assertThat(service.path("plans")).hasSize(plans);
      for (JsonNode plan : service.path("plans")) {
        planCount++;
        assertThat(ids.add(plan.path("id").asText())).isTrue();
        if (plan.has("schemas")) {
          withSchemas++;
        }
      }
    }
    assertThat(planCount).isEqualTo(services * plans);
    int expectedWithSchemas = schemaEvery == 0 ? 0 : ((services + schemaEvery - 1) / schemaEvery) * plans;
    assertThat(withSchemas).isEqualTo(expectedWithSchemas);
  }

  @Test
  @DisplayName("the same size gives the same catalog, so benchmark runs compare")
  void deterministic() {
    assertThat(LargeCatalog.definition(50, 3, 5).catalog()).isEqualTo(LargeCatalog.definition(50, 3, 5).catalog());
  }

  @Test
  @DisplayName("a sandbox in large-catalog mode serves and registers 2,000 × 10 over HTTP")
  void sandboxServesLargeCatalog() {
    // Serving and registering the large catalog, without reconciling 20,000 plans in a unit test.
    SandboxOptions options = SandboxOptions.builder().largeCatalog(2_000, 10, 10).embeddedController(false).build();
    try (Sandbox sandbox = Sandbox.start(options); KubernetesClient client = sandbox.newClient()) {
      SampleBroker bulk = sandbox.broker(LargeCatalog.BROKER_NAME).orElseThrow();
      assertThat(bulk.scope()).isEqualTo(SampleBroker.Scope.CLUSTER);
      assertThat(bulk.services()).isEqualTo(2_000);
      assertThat(bulk.plans()).isEqualTo(20_000);

      JsonNode catalog = OsbHttp.to(bulk.url()).get("/v2/catalog").body();
      int plans = 0;
      for (JsonNode service : catalog.path("services")) {
        plans += service.path("plans").size();
      }
      assertThat(catalog.path("services")).hasSize(2_000);
      assertThat(plans).isEqualTo(20_000);
      assertThat(client.genericKubernetesResources(sandbox.crds().context("ClusterServiceBroker"))
          .withName(LargeCatalog.BROKER_NAME).get()).isNotNull();
    }
  }
}
