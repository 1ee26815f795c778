package io.servicecatalog.console.osb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.servicecatalog.console.osb.catalog.MaintenanceInfo;
import io.servicecatalog.console.osb.stub.StubBroker;
import io.servicecatalog.console.osb.stub.StubResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bodies the client puts on the wire, validated against the OSB v2.17 OpenAPI 3 and Swagger 2 documents'
 * schemas (networknt, draft 4, internal $refs resolved inside the document).
 */
class RequestBodySchemaTest {

    private static final String OPENAPI = "https://osb.test/openapi-v2.17.json";
    private static final String SWAGGER = "https://osb.test/swagger-v2.17.json";
    private static SchemaRegistry registry;
    private static StubBroker broker;
    private static OsbClient client;

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        YAMLMapper yaml = new YAMLMapper();
        String openapi = json.writeValueAsString(yaml.readTree(TestFiles.shared("reference/osb/openapi-v2.17.yaml")
                .toFile()));
        String swagger = json.writeValueAsString(yaml.readTree(TestFiles.shared("reference/osb/swagger-v2.17.yaml")
                .toFile()));
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                builder -> builder.schemas(Map.of(OPENAPI, openapi, SWAGGER, swagger)));
        broker = StubBroker.start();
        broker.always("PUT", "/v2/service_instances/i", StubResponse.json(201, "{}"));
        broker.always("PATCH", "/v2/service_instances/i", StubResponse.json(200, "{}"));
        broker.always("PUT", "/v2/service_instances/i/service_bindings/b", StubResponse.json(201, "{}"));
        client = OsbClient.builder(broker.url()).build();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private static Schema openapi(String name) {
        return registry.getSchema(SchemaLocation.of(OPENAPI + "#/components/schemas/" + name));
    }

    private static Schema swagger(String name) {
        return registry.getSchema(SchemaLocation.of(SWAGGER + "#/definitions/" + name));
    }

    private static final OsbContext K8S = OsbContext.kubernetes().namespace("ns").clusterId("c").instanceName("db")
            .namespaceAnnotations(Map.of("a/b", "c")).instanceAnnotations(Map.of("d", "e")).build();

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("provision, minimal", "ServiceInstanceProvisionRequestBody",
                        "ServiceInstanceProvisionRequest", (Consumer<OsbClient>) c -> c.provision("i",
                                ProvisionRequest.builder("s", "p").organizationGuid("o").spaceGuid("sp").build(),
                                true)),
                Arguments.of("provision, Kubernetes context, parameters, maintenance_info",
                        "ServiceInstanceProvisionRequestBody", "ServiceInstanceProvisionRequest",
                        (Consumer<OsbClient>) c -> c.provision("i", ProvisionRequest.builder("s", "p").context(K8S)
                                .parameters(Map.of("size", 3, "tags", List.of("a"), "nested", Map.of("k", true)))
                                .maintenanceInfo(new MaintenanceInfo("1.0.0", "d")).build(), true)),
                Arguments.of("update, minimal", "ServiceInstanceUpdateRequestBody", "ServiceInstanceUpdateRequest",
                        (Consumer<OsbClient>) c -> c.update("i", UpdateRequest.builder("s").build(), true)),
                Arguments.of("update, every field", "ServiceInstanceUpdateRequestBody", "ServiceInstanceUpdateRequest",
                        (Consumer<OsbClient>) c -> c.update("i", UpdateRequest.builder("s").planId("p2")
                                .parameters(Map.of("size", 4)).context(K8S)
                                .previousValues(new PreviousValues("p", MaintenanceInfo.of("1.0.0"), "s", "o", "sp"))
                                .maintenanceInfo(MaintenanceInfo.of("1.1.0")).build(), true)),
                Arguments.of("bind, minimal", "ServiceBindingRequest", "ServiceBindingRequest",
                        (Consumer<OsbClient>) c -> c.bind("i", "b", BindRequest.builder("s", "p").build(), true)),
                Arguments.of("bind, every field", "ServiceBindingRequest", "ServiceBindingRequest",
                        (Consumer<OsbClient>) c -> c.bind("i", "b", BindRequest.builder("s", "p")
                                .context(OsbContext.kubernetes().namespace("ns").clusterId("c").build())
                                .appGuid("app").legacyAppGuid("app").route("https://r")
                                .parameters(Map.of("role", "ro")).build(), true)),
                Arguments.of("bind rotation", "ServiceBindingRequest", "ServiceBindingRequest",
                        (Consumer<OsbClient>) c -> c.bind("i", "b", BindRequest.builder("s", "p")
                                .predecessorBindingId("old").build(), true)));
    }

    @ParameterizedTest(name = "{0} is valid against {1} (OpenAPI) and {2} (Swagger)")
    @MethodSource("bodies")
    void sentBodiesMatchTheSpecSchemas(String name, String openapiSchema, String swaggerSchema,
            Consumer<OsbClient> call) {
        call.accept(client);
        JsonNode sent = broker.last().json();

        List<Error> openapiErrors = openapi(openapiSchema).validate(sent);
        List<Error> swaggerErrors = swagger(swaggerSchema).validate(sent);

        assertThat(openapiErrors).as("OpenAPI errors for %s", sent).isEmpty();
        assertThat(swaggerErrors).as("Swagger errors for %s", sent).isEmpty();
    }

    @Test
    @DisplayName("the validation really checks: a body without service_id or with a numeric plan_id fails")
    void validatorDetectsBrokenBodies() {
        client.provision("i", ProvisionRequest.builder("s", "p").context(K8S).build(), true);
        ObjectNode missing = (ObjectNode) broker.last().json();
        missing.remove("service_id");
        ObjectNode wrongType = (ObjectNode) broker.last().json();
        wrongType.put("plan_id", 7);
        ObjectNode badContext = (ObjectNode) broker.last().json();
        badContext.put("context", "kubernetes");

        assertThat(openapi("ServiceInstanceProvisionRequestBody").validate(missing))
                .anySatisfy(e -> assertThat(e.toString()).contains("service_id"));
        assertThat(openapi("ServiceInstanceProvisionRequestBody").validate(wrongType))
                .anySatisfy(e -> assertThat(e.toString()).contains("/plan_id"));
        assertThat(openapi("ServiceInstanceProvisionRequestBody").validate(badContext)).isNotEmpty();
        assertThat(swagger("ServiceInstanceProvisionRequest").validate(missing)).isNotEmpty();
    }
}
