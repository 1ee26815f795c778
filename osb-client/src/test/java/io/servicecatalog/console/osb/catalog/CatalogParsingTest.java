package io.servicecatalog.console.osb.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.TestFiles;
import io.servicecatalog.console.osb.internal.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogParsingTest {

    private static final String FULL = """
            {
              "services": [{
                "name": "fake-service",
                "id": "acb56d7c-0000-0000-0000-feb140a59a66",
                "description": "A fake service.",
                "tags": ["no-sql", "relational"],
                "requires": ["route_forwarding"],
                "bindable": true,
                "instances_retrievable": true,
                "bindings_retrievable": true,
                "allow_context_updates": true,
                "plan_updateable": true,
                "metadata": {
                  "displayName": "Fake Service",
                  "imageUrl": "data:image/png;base64,iVBORw0KGgo=",
                  "longDescription": "A long description.",
                  "providerDisplayName": "The Company",
                  "documentationUrl": "https://docs.example.com",
                  "supportUrl": "https://support.example.com",
                  "console.openshift.io/iconClass": "icon-database"
                },
                "dashboard_client": {"id": "client-id", "secret": "dashboard-secret-1", "redirect_uri": "https://dash"},
                "x-vendor": {"anything": [1, 2.50, null]},
                "plans": [{
                  "id": "d3031751-0000-0000-0000-a42377d3320e",
                  "name": "fake-plan-1",
                  "description": "Shared fake Server, 5tb persistent disk, 40 max concurrent connections.",
                  "free": false,
                  "bindable": false,
                  "binding_rotatable": true,
                  "plan_updateable": false,
                  "maximum_polling_duration": 3600,
                  "maintenance_info": {"version": "2.1.1+abcdef", "description": "OS image update."},
                  "metadata": {
                    "displayName": "Fake Plan One",
                    "bullets": ["Shared fake server", 7, "5 TB storage"],
                    "costs": [
                      {"amount": {"usd": 99.0, "eur": 49.90}, "unit": "MONTHLY"},
                      {"amount": {"usd": 0.99}, "unit": "1GB of messages over 20GB"},
                      {"amount": "broken", "unit": "x"}
                    ],
                    "cost": "ninety-nine"
                  },
                  "schemas": {
                    "service_instance": {
                      "create": {"parameters": {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
                        "properties": {"billing-account": {"type": "string"}}}},
                      "update": {"parameters": {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object"}}
                    },
                    "service_binding": {
                      "create": {"parameters": {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object"}}
                    }
                  },
                  "x-plan-extension": true
                }, {
                  "id": "0f4008b5-0000-0000-0000-dace631cd648",
                  "name": "fake-plan-2",
                  "description": "Shared fake Server, 5tb persistent disk, 40 max concurrent connections. 100 async."
                }]
              }]
            }
            """;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0} round-trips to an equal JSON tree")
    @ValueSource(strings = {"brokers/test-broker-catalog.json", "brokers/ups-broker-catalog.json"})
    void realCatalogsRoundTripWithoutLoss(String file) {
        JsonNode original = TestFiles.sharedJson("reference/" + file);

        Catalog catalog = Catalog.fromJson(original);

        assertThat(catalog.toJson()).isEqualTo(original);
        assertThat(catalog.services()).isNotEmpty();
        for (ServiceOffering offering : catalog.services()) {
            assertThat(offering.toJson()).isEqualTo(find(original, offering.id()));
        }
    }

    @Test
    @DisplayName("the user-provided-service catalog reads with the spec's defaults applied")
    void upsBrokerCatalogFieldsAndDefaults() {
        Catalog catalog = Catalog.fromJson(TestFiles.sharedJson("reference/brokers/ups-broker-catalog.json"));

        ServiceOffering ups = catalog.serviceByName("user-provided-service").orElseThrow();
        assertThat(ups.id()).isEqualTo("4f6e6cf6-ffdd-425f-a2c7-3c9258ad2468");
        assertThat(ups.bindable()).isTrue();
        assertThat(ups.planUpdateable()).isTrue();
        assertThat(ups.dashboardClient()).as("explicit null dashboard_client").isEmpty();
        ServicePlan premium = ups.planByName("premium").orElseThrow();
        assertThat(premium.toJson().has("free")).isFalse();
        assertThat(premium.free()).as("free defaults to true when absent").isTrue();
        assertThat(premium.bindable()).as("inherits bindable from the offering").isTrue();
        assertThat(premium.bindableOverride()).isEmpty();
        assertThat(premium.planUpdateable()).isTrue();
        assertThat(premium.bindingRotatable()).isFalse();
        assertThat(premium.serviceId()).isEqualTo(ups.id());
        assertThat(catalog.plan(premium.id())).contains(premium);
        assertThat(catalog.serviceByName("user-provided-service-with-schemas").orElseThrow().plans())
                .anySatisfy(p -> assertThat(p.schemas().instanceCreateParameters()).isPresent());
    }

    @Test
    @DisplayName("every v2.17 offering and plan field and the profile's metadata conventions are typed")
    void fullCatalogIsTyped() throws Exception {
        Catalog catalog = Catalog.fromJson(Json.MAPPER.readTree(FULL));

        ServiceOffering s = catalog.services().get(0);
        assertThat(s.tags()).containsExactly("no-sql", "relational");
        assertThat(s.requires()).containsExactly("route_forwarding");
        assertThat(s.instancesRetrievable()).isTrue();
        assertThat(s.bindingsRetrievable()).isTrue();
        assertThat(s.allowContextUpdates()).isTrue();
        assertThat(s.metadata().displayName()).contains("Fake Service");
        assertThat(s.metadata().imageUrl()).contains("data:image/png;base64,iVBORw0KGgo=");
        assertThat(s.metadata().longDescription()).contains("A long description.");
        assertThat(s.metadata().providerDisplayName()).contains("The Company");
        assertThat(s.metadata().documentationUrl()).contains("https://docs.example.com");
        assertThat(s.metadata().supportUrl()).contains("https://support.example.com");
        assertThat(s.metadata().get("console.openshift.io/iconClass")).isPresent();
        assertThat(s.dashboardClient()).get().satisfies(d -> {
            assertThat(d.id()).contains("client-id");
            assertThat(d.secret()).contains("dashboard-secret-1");
            assertThat(d.toString()).doesNotContain("dashboard-secret-1");
        });
        assertThat(s.extensions()).containsOnlyKeys("x-vendor");

        ServicePlan p = s.plans().get(0);
        assertThat(p.free()).isFalse();
        assertThat(p.bindable()).as("plan overrides the offering").isFalse();
        assertThat(p.bindableOverride()).contains(false);
        assertThat(p.bindingRotatable()).isTrue();
        assertThat(p.planUpdateable()).isFalse();
        assertThat(p.maximumPollingDuration()).contains(Duration.ofHours(1));
        assertThat(p.maintenanceInfo()).contains(new MaintenanceInfo("2.1.1+abcdef", "OS image update."));
        assertThat(p.metadata().displayName()).contains("Fake Plan One");
        assertThat(p.metadata().bullets()).containsExactly("Shared fake server", "5 TB storage");
        assertThat(p.metadata().costs()).containsExactly(
                new PlanCost(Map.of("usd", new BigDecimal("99.0"), "eur", new BigDecimal("49.90")), "MONTHLY"),
                new PlanCost(Map.of("usd", new BigDecimal("0.99")), "1GB of messages over 20GB"));
        assertThat(p.schemas().instanceCreateParameters()).get()
                .satisfies(schema -> assertThat(schema.at("/properties/billing-account/type").asText())
                        .isEqualTo("string"));
        assertThat(p.schemas().instanceUpdateParameters()).isPresent();
        assertThat(p.schemas().bindingCreateParameters()).isPresent();
        assertThat(p.extensions()).containsOnlyKeys("x-plan-extension");

        ServicePlan p2 = s.plans().get(1);
        assertThat(p2.free()).isTrue();
        assertThat(p2.bindable()).isTrue();
        assertThat(p2.planUpdateable()).isTrue();
        assertThat(p2.maximumPollingDuration()).isEmpty();
        assertThat(p2.schemas().instanceCreateParameters()).isEmpty();

        assertThat(catalog.toJson()).isEqualTo(Json.MAPPER.readTree(FULL));
        assertThat(catalog.toString()).doesNotContain("dashboard-secret-1");
    }

    @Test
    @DisplayName("decimal costs keep their exact digits through a round trip")
    void decimalsStayExact() throws Exception {
        Catalog catalog = Catalog.fromJson(Json.MAPPER.readTree(FULL));
        String written = Json.MAPPER.writeValueAsString(catalog.toJson());
        assertThat(written).contains("49.90").contains("99.0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/services/0/id|services[0].id is required",
        "/services/0/name|services[0].name is required",
        "/services/0/plans|services[0].plans is required",
        "/services/0/plans/0/id|services[0].plans[0].id is required",
        "/services/0/plans/0/description|services[0].plans[0].description is required"})
    void missingRequiredFieldsAreNamed(String spec) throws Exception {
        String[] parts = spec.split("\\|");
        ObjectNode doc = (ObjectNode) MAPPER.readTree(FULL);
        String pointer = parts[0];
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) doc.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));

        assertThatThrownBy(() -> Catalog.fromJson(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(parts[1]);
    }

    @Test
    @DisplayName("a missing bindable reads as false, as the upstream controller reads it")
    void missingBindableIsFalse() throws Exception {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(FULL);
        ((ObjectNode) doc.at("/services/0")).remove("bindable");
        ServiceOffering offering = Catalog.fromJson(doc).services().get(0);
        assertThat(offering.bindable()).isFalse();
        assertThat(offering.plans().get(1).bindable()).isFalse();
    }

    @Test
    void wrongTypesAreNamed() throws Exception {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(FULL);
        ((ObjectNode) doc.at("/services/0/plans/0")).put("free", "yes");
        assertThatThrownBy(() -> Catalog.fromJson(doc)).hasMessageContaining("services[0].plans[0].free must be true or false");
    }

    @Test
    void duplicateNamesAreRejected() throws Exception {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(FULL);
        ((ObjectNode) doc.at("/services/0/plans/1")).put("name", "fake-plan-1");
        assertThatThrownBy(() -> Catalog.fromJson(doc)).hasMessageContaining("plan names must be unique");
    }

    @Test
    void anEmptyCatalogIsValid() throws Exception {
        assertThat(Catalog.fromJson(MAPPER.readTree("{\"services\": []}")).services()).isEmpty();
    }

    private static JsonNode find(JsonNode catalog, String serviceId) {
        for (JsonNode s : catalog.get("services")) {
            if (s.get("id").asText().equals(serviceId)) {
                return s;
            }
        }
        throw new AssertionError(serviceId);
    }
}
