package io.servicecatalog.console.osb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicecatalog.console.osb.catalog.Catalog;
import io.servicecatalog.console.osb.catalog.MaintenanceInfo;
import io.servicecatalog.console.osb.stub.StubBroker;
import io.servicecatalog.console.osb.stub.StubResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every platform-side operation against the in-process stub broker: what goes on the wire and what comes back. */
class OsbClientOperationsTest {

    private static final String INSTANCE = "inst-1";
    private static final String BINDING = "bind-1";
    private static final String SERVICE = "svc-id";
    private static final String PLAN = "plan-id";

    private final ObjectMapper mapper = new ObjectMapper();
    private StubBroker broker;
    private OsbClient client;

    @BeforeEach
    void start() {
        broker = StubBroker.start();
        client = OsbClient.builder(broker.url()).basicAuth("admin", "s3cr3t-pass".toCharArray()).build();
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    private static OsbContext k8sInstanceContext() {
        return OsbContext.kubernetes().namespace("team-a").clusterId("cluster-uid-1").instanceName("my-db").build();
    }

    @Test
    @DisplayName("catalog: GET /v2/catalog with version, request identity, basic auth and no originating identity")
    void catalogRequestAndHeaders() {
        broker.always("GET", "/v2/catalog", StubResponse.json(200, """
                {"services":[{"id":"s1","name":"db","description":"d","bindable":true,
                  "plans":[{"id":"p1","name":"small","description":"d"}]}]}"""));

        Catalog catalog = client.withOriginatingIdentity(OriginatingIdentity.kubernetes("duke", "u1", List.of(), null))
                .catalog();

        assertThat(catalog.services()).extracting(s -> s.name()).containsExactly("db");
        StubBroker.Recorded r = broker.last();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.header("X-Broker-API-Version")).isEqualTo("2.17");
        assertThat(r.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("admin:s3cr3t-pass".getBytes(StandardCharsets.UTF_8)));
        assertThat(UUID.fromString(r.header("X-Broker-API-Request-Identity"))).isNotNull();
        assertThat(r.header("X-Broker-API-Originating-Identity")).as("catalog fetches carry no identity").isNull();
        assertThat(r.body()).isEmpty();
    }

    @Test
    @DisplayName("catalog caching: ETag and Last-Modified go back as If-None-Match/If-Modified-Since; 304 is unchanged")
    void conditionalCatalog() {
        String lastModified = "Mon, 23 Nov 2026 10:00:00 GMT";
        broker.enqueue("GET", "/v2/catalog", StubResponse.json(200, "{\"services\":[]}")
                .withHeader("ETag", "\"v1\"").withHeader("Last-Modified", lastModified));
        broker.enqueue("GET", "/v2/catalog", StubResponse.json(304, ""));

        CatalogFetch first = client.catalogIfChanged(null, null);
        StubBroker.Recorded unconditional = broker.last();
        CatalogFetch second = client.catalogIfChanged(first.etag(), first.lastModified());

        assertThat(unconditional.header("If-None-Match")).isNull();
        assertThat(first.changed()).isTrue();
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(first.lastModified()).isEqualTo(lastModified);
        assertThat(broker.last().header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(broker.last().header("If-Modified-Since")).isEqualTo(lastModified);
        assertThat(second.changed()).isFalse();
        assertThat(second.catalogIfChanged()).isEmpty();
        assertThat(second.etag()).isEqualTo("\"v1\"");
    }

    @Test
    @DisplayName("every request carries a fresh request identity")
    void requestIdentityIsFreshPerRequest() {
        broker.always("GET", "/v2/catalog", StubResponse.json(200, "{\"services\":[]}"));
        for (int i = 0; i < 5; i++) {
            client.catalog();
        }
        Set<String> ids = new HashSet<>();
        broker.requests().forEach(r -> ids.add(r.header("X-Broker-API-Request-Identity")));
        assertThat(ids).hasSize(5).doesNotContainNull();
    }

    @Test
    @DisplayName("the API version header is configurable per broker")
    void apiVersionConfigurable() {
        broker.always("GET", "/v2/catalog", StubResponse.json(200, "{\"services\":[]}"));
        OsbClient old = OsbClient.builder(broker.url()).apiVersion("2.14").build();
        old.catalog();
        assertThat(broker.last().header("X-Broker-API-Version")).isEqualTo("2.14");
        assertThat(broker.last().header("Authorization")).isNull();
    }

    @Test
    @DisplayName("bearer authentication sends Authorization: Bearer")
    void bearerAuth() {
        broker.always("GET", "/v2/catalog", StubResponse.json(200, "{\"services\":[]}"));
        OsbClient.builder(broker.url()).bearerToken("tok-123").build().catalog();
        assertThat(broker.last().header("Authorization")).isEqualTo("Bearer tok-123");
    }

    @Test
    @DisplayName("a broker URL with a path prefix keeps the prefix")
    void pathPrefix() {
        broker.always("GET", "/broker/a/v2/catalog", StubResponse.json(200, "{\"services\":[]}"));
        OsbClient.builder(URI.create(broker.url() + "/broker/a/")).build().catalog();
        assertThat(broker.last().rawPath()).isEqualTo("/broker/a/v2/catalog");
    }

    @Test
    @DisplayName("provision: PUT with accepts_incomplete, Kubernetes context, identity, parameters, maintenance_info")
    void provisionAsync() throws Exception {
        broker.enqueue("PUT", "/v2/service_instances/inst-1", StubResponse.json(202, """
                {"dashboard_url":"https://dash/inst-1","operation":"task_10",
                 "metadata":{"labels":{"tier":"gold"},"attributes":{"broker.generated.attr1":"v1"}}}"""));
        OriginatingIdentity duke = OriginatingIdentity.kubernetes("duke", "c2dde242", List.of("admin", "dev"),
                Map.of("mydata", List.of("data1", "data3")));

        ProvisionResponse response = client.withOriginatingIdentity(duke).provision(INSTANCE,
                ProvisionRequest.builder(SERVICE, PLAN).context(k8sInstanceContext())
                        .parameters(Map.of("size", 3, "name", "db"))
                        .maintenanceInfo(MaintenanceInfo.of("2.1.1+abcdef")).build(), true);

        assertThat(response.async()).isTrue();
        assertThat(response.operation()).isEqualTo("task_10");
        assertThat(response.dashboardUrl()).isEqualTo("https://dash/inst-1");
        assertThat(response.metadata().labels()).containsKey("tier");
        assertThat(response.metadata().attributes().get("broker.generated.attr1").asText()).isEqualTo("v1");

        StubBroker.Recorded r = broker.last();
        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.query()).containsExactly(Map.entry("accepts_incomplete", "true"));
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.get("service_id").asText()).isEqualTo(SERVICE);
        assertThat(body.get("plan_id").asText()).isEqualTo(PLAN);
        assertThat(body.get("context")).isEqualTo(mapper.readTree("""
                {"platform":"kubernetes","namespace":"team-a","clusterid":"cluster-uid-1","instance_name":"my-db"}"""));
        assertThat(body.get("organization_guid").asText()).isEqualTo("cluster-uid-1");
        assertThat(body.get("space_guid").asText()).isEqualTo("team-a");
        assertThat(body.get("parameters")).isEqualTo(mapper.readTree("{\"size\":3,\"name\":\"db\"}"));
        assertThat(body.get("maintenance_info")).isEqualTo(mapper.readTree("{\"version\":\"2.1.1+abcdef\"}"));

        String identity = r.header("X-Broker-API-Originating-Identity");
        assertThat(identity).startsWith("kubernetes ");
        JsonNode decoded = mapper.readTree(Base64.getDecoder().decode(identity.substring("kubernetes ".length())));
        assertThat(decoded).isEqualTo(mapper.readTree("""
                {"username":"duke","uid":"c2dde242","groups":["admin","dev"],"extra":{"mydata":["data1","data3"]}}"""));
    }

    @Test
    @DisplayName("provision: 201 created, 200 already existed, both synchronous; no accepts_incomplete when not asked")
    void provisionSync() {
        broker.enqueue("PUT", "/v2/service_instances/inst-1", StubResponse.json(201, "{\"dashboard_url\":null}"));
        broker.enqueue("PUT", "/v2/service_instances/inst-1", StubResponse.json(200, "{}"));
        ProvisionRequest request = ProvisionRequest.builder(SERVICE, PLAN).organizationGuid("org").spaceGuid("space")
                .build();

        ProvisionResponse created = client.provision(INSTANCE, request, false);
        ProvisionResponse existed = client.provision(INSTANCE, request, false);

        assertThat(created.async()).isFalse();
        assertThat(created.alreadyExisted()).isFalse();
        assertThat(created.dashboardUrlIfAny()).isEmpty();
        assertThat(existed.alreadyExisted()).isTrue();
        assertThat(broker.last().query()).isEmpty();
        assertThat(broker.last().json().get("organization_guid").asText()).isEqualTo("org");
    }

    @Test
    @DisplayName("update: PATCH with only the changed parameters, new plan, previous_values and context")
    void update() throws Exception {
        broker.enqueue("PATCH", "/v2/service_instances/inst-1",
                StubResponse.json(202, "{\"operation\":\"upd-1\",\"dashboard_url\":\"https://dash/2\"}"));
        broker.enqueue("PATCH", "/v2/service_instances/inst-1", StubResponse.json(200, "{}"));

        UpdateResponse async = client.update(INSTANCE, UpdateRequest.builder(SERVICE).planId("plan-2")
                .parameters(Map.of("size", 5)).context(k8sInstanceContext())
                .previousValues(PreviousValues.of(PLAN, MaintenanceInfo.of("1.0.0")))
                .maintenanceInfo(MaintenanceInfo.of("1.1.0")).build(), true);
        JsonNode body = broker.last().json();
        UpdateResponse sync = client.update(INSTANCE, UpdateRequest.builder(SERVICE).build(), false);

        assertThat(async.async()).isTrue();
        assertThat(async.operation()).isEqualTo("upd-1");
        assertThat(async.dashboardUrl()).isEqualTo("https://dash/2");
        assertThat(body.get("plan_id").asText()).isEqualTo("plan-2");
        assertThat(body.get("parameters")).isEqualTo(mapper.readTree("{\"size\":5}"));
        assertThat(body.get("previous_values")).isEqualTo(mapper.readTree(
                "{\"plan_id\":\"plan-id\",\"maintenance_info\":{\"version\":\"1.0.0\"}}"));
        assertThat(body.get("maintenance_info").get("version").asText()).isEqualTo("1.1.0");
        assertThat(sync.async()).isFalse();
        assertThat(sync.dashboardUrlIfAny()).as("absent means keep the previous one").isEmpty();
        JsonNode minimal = broker.last().json();
        assertThat(minimal.has("plan_id")).as("no plan change").isFalse();
        assertThat(minimal.has("parameters")).as("no parameter change").isFalse();
    }

    @Test
    @DisplayName("deprovision: DELETE with service_id, plan_id, accepts_incomplete; 200, 202 and 410 are success")
    void deprovision() {
        broker.enqueue("DELETE", "/v2/service_instances/inst-1", StubResponse.json(202, "{\"operation\":\"del-1\"}"));
        broker.enqueue("DELETE", "/v2/service_instances/inst-1", StubResponse.json(200, "{}"));
        broker.enqueue("DELETE", "/v2/service_instances/inst-1", StubResponse.json(410, "{}"));

        DeleteResponse async = client.deprovision(INSTANCE, SERVICE, PLAN, true);
        StubBroker.Recorded first = broker.last();
        DeleteResponse sync = client.deprovision(INSTANCE, SERVICE, PLAN, false);
        DeleteResponse gone = client.deprovision(INSTANCE, SERVICE, PLAN, false);

        assertThat(first.method()).isEqualTo("DELETE");
        assertThat(first.query()).containsEntry("service_id", SERVICE).containsEntry("plan_id", PLAN)
                .containsEntry("accepts_incomplete", "true");
        assertThat(first.body()).isEmpty();
        assertThat(async.async()).isTrue();
        assertThat(async.operation()).isEqualTo("del-1");
        assertThat(sync.async()).isFalse();
        assertThat(gone.alreadyGone()).isTrue();
    }

    @Test
    @DisplayName("fetch instance: GET with the optional hints; parameters, maintenance_info and metadata read")
    void fetchInstance() {
        broker.always("GET", "/v2/service_instances/inst-1", StubResponse.json(200, """
                {"service_id":"svc-id","plan_id":"plan-id","dashboard_url":"https://dash",
                 "parameters":{"admin_password":"pw-in-params"},"maintenance_info":{"version":"1.0.0","description":"d"},
                 "metadata":{"labels":{"a":"b"},"attributes":{"x":"y"}}}"""));

        ServiceInstanceResource instance = client.fetchInstance(INSTANCE, SERVICE, PLAN);

        assertThat(broker.last().query()).containsEntry("service_id", SERVICE).containsEntry("plan_id", PLAN);
        assertThat(instance.serviceId()).contains(SERVICE);
        assertThat(instance.planId()).contains(PLAN);
        assertThat(instance.dashboardUrl()).contains("https://dash");
        assertThat(instance.parameters()).isPresent();
        assertThat(instance.maintenanceInfo()).contains(new MaintenanceInfo("1.0.0", "d"));
        assertThat(instance.metadata().attributes()).containsKey("x");
        assertThat(instance.toString()).doesNotContain("pw-in-params");

        client.fetchInstance(INSTANCE, null, null);
        assertThat(broker.last().query()).isEmpty();
    }

    @Test
    @DisplayName("instance last_operation: hints and percent-encoded operation; state, flags and Retry-After read")
    void instanceLastOperation() {
        broker.always("GET", "/v2/service_instances/inst-1/last_operation", StubResponse.json(200, """
                {"state":"failed","description":"Disk full.","instance_usable":false,"update_repeatable":false}""")
                .withHeader("Retry-After", "7"));

        LastOperation op = client.instanceLastOperation(INSTANCE,
                LastOperationQuery.of(SERVICE, PLAN, "task 10/ü&x=1"));

        StubBroker.Recorded r = broker.last();
        assertThat(r.rawQuery()).contains("operation=task%2010%2F%C3%BC%26x%3D1");
        assertThat(r.query()).containsEntry("operation", "task 10/ü&x=1").containsEntry("service_id", SERVICE)
                .containsEntry("plan_id", PLAN);
        assertThat(r.header("X-Broker-API-Originating-Identity")).isNull();
        assertThat(op.state()).isEqualTo(OperationState.FAILED);
        assertThat(op.description()).isEqualTo("Disk full.");
        assertThat(op.instanceUsable()).isFalse();
        assertThat(op.updateRepeatable()).isFalse();
        assertThat(op.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    @DisplayName("last_operation: missing flags default to usable and repeatable; 410 comes back as gone")
    void lastOperationDefaultsAndGone() {
        broker.enqueue("GET", "/v2/service_instances/inst-1/last_operation",
                StubResponse.json(200, "{\"state\":\"in progress\"}"));
        broker.enqueue("GET", "/v2/service_instances/inst-1/last_operation", StubResponse.json(410, "{}"));

        LastOperation first = client.instanceLastOperation(INSTANCE, null);
        LastOperation second = client.instanceLastOperation(INSTANCE, null);

        assertThat(first.inProgress()).isTrue();
        assertThat(first.instanceUsable()).isTrue();
        assertThat(first.updateRepeatable()).isTrue();
        assertThat(first.retryAfterIfAny()).isEmpty();
        assertThat(second.gone()).isTrue();
    }

    @Test
    @DisplayName("bind: PUT with context, bind_resource and parameters; credentials, endpoints, volume mounts read")
    void bind() throws Exception {
        broker.enqueue("PUT", "/v2/service_instances/inst-1/service_bindings/bind-1", StubResponse.json(201, """
                {"credentials":{"uri":"mysql://u:p@h:3306/db","username":"mysqluser","password":"pass-xyz","port":3306},
                 "metadata":{"expires_at":"2030-01-01T00:00:00.0Z","renew_before":"2029-12-01T00:00:00.0Z"},
                 "syslog_drain_url":"syslog://logs:514","route_service_url":"https://route",
                 "endpoints":[{"host":"mysqlhost","ports":["3306","9000-9010"]},{"host":"10.0.0.1","ports":["53"],"protocol":"udp"}],
                 "volume_mounts":[{"driver":"cephdriver","container_dir":"/data/images","mode":"r","device_type":"shared",
                   "device":{"volume_id":"bc2c1eab","mount_config":{"key":"mount-secret"}}}]}"""));

        BindResponse response = client.bind(INSTANCE, BINDING, BindRequest.builder(SERVICE, PLAN)
                .context(OsbContext.kubernetes().namespace("team-a").clusterId("cluster-uid-1").build())
                .appGuid("app-1").route("https://app.example.com").parameters(Map.of("role", "ro")).build(), true);

        JsonNode body = broker.last().json();
        assertThat(broker.last().query()).containsEntry("accepts_incomplete", "true");
        assertThat(body.get("bind_resource")).isEqualTo(mapper.readTree(
                "{\"app_guid\":\"app-1\",\"route\":\"https://app.example.com\"}"));
        assertThat(body.get("context")).isEqualTo(mapper.readTree(
                "{\"platform\":\"kubernetes\",\"namespace\":\"team-a\",\"clusterid\":\"cluster-uid-1\"}"));
        assertThat(body.has("predecessor_binding_id")).isFalse();
        assertThat(response.async()).isFalse();
        assertThat(response.credentials().getAsText("password")).contains("pass-xyz");
        assertThat(response.credentials().getAsText("port")).contains("3306");
        assertThat(response.credentials().keys()).containsExactly("uri", "username", "password", "port");
        assertThat(response.metadata().expiresAtInstant()).contains(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(response.metadata().renewBeforeInstant()).contains(Instant.parse("2029-12-01T00:00:00Z"));
        assertThat(response.syslogDrainUrl()).contains("syslog://logs:514");
        assertThat(response.routeServiceUrl()).contains("https://route");
        assertThat(response.endpoints()).containsExactly(new Endpoint("mysqlhost", List.of("3306", "9000-9010"), "tcp"),
                new Endpoint("10.0.0.1", List.of("53"), "udp"));
        assertThat(response.volumeMounts()).singleElement().satisfies(v -> {
            assertThat(v.driver()).isEqualTo("cephdriver");
            assertThat(v.containerDir()).isEqualTo("/data/images");
            assertThat(v.mode()).isEqualTo("r");
            assertThat(v.deviceType()).isEqualTo("shared");
            assertThat(v.volumeId()).isEqualTo("bc2c1eab");
            assertThat(v.mountConfig().get("key").asText()).isEqualTo("mount-secret");
        });
        assertThat(response.toString()).doesNotContain("pass-xyz").doesNotContain("mount-secret")
                .doesNotContain("mysql://u:p@h");
    }

    @Test
    @DisplayName("bind rotation: predecessor_binding_id is sent on a PUT with the new binding id")
    void bindRotation() {
        broker.enqueue("PUT", "/v2/service_instances/inst-1/service_bindings/bind-2",
                StubResponse.json(202, "{\"operation\":\"rot-1\"}"));

        BindResponse response = client.bind(INSTANCE, "bind-2",
                BindRequest.builder(SERVICE, PLAN).predecessorBindingId(BINDING).build(), true);

        assertThat(broker.last().json().get("predecessor_binding_id").asText()).isEqualTo(BINDING);
        assertThat(response.async()).isTrue();
        assertThat(response.operation()).isEqualTo("rot-1");
        assertThat(response.credentials().isEmpty()).isTrue();
    }

    @Test
    @DisplayName("fetch binding, binding last_operation and unbind use the binding routes")
    void bindingRoutes() {
        String path = "/v2/service_instances/inst-1/service_bindings/bind-1";
        broker.always("GET", path, StubResponse.json(200,
                "{\"credentials\":{\"token\":\"tok-abc\"},\"parameters\":{\"role\":\"ro\"}}"));
        broker.always("GET", path + "/last_operation", StubResponse.json(200,
                "{\"state\":\"succeeded\",\"description\":\"Bound.\"}"));
        broker.enqueue("DELETE", path, StubResponse.json(202, "{\"operation\":\"unbind-1\"}"));
        broker.enqueue("DELETE", path, StubResponse.json(410, "{}"));

        ServiceBindingResource binding = client.fetchBinding(INSTANCE, BINDING, SERVICE, PLAN);
        assertThat(broker.last().query()).containsEntry("service_id", SERVICE);
        LastOperation op = client.bindingLastOperation(INSTANCE, BINDING, LastOperationQuery.of(SERVICE, PLAN, "b-op"));
        assertThat(broker.last().query()).containsEntry("operation", "b-op");
        DeleteResponse unbind = client.unbind(INSTANCE, BINDING, SERVICE, PLAN, true);
        StubBroker.Recorded unbindRequest = broker.last();
        DeleteResponse gone = client.unbind(INSTANCE, BINDING, SERVICE, PLAN, false);

        assertThat(binding.credentials().getAsText("token")).contains("tok-abc");
        assertThat(binding.parameters()).isPresent();
        assertThat(binding.toString()).doesNotContain("tok-abc");
        assertThat(op.state()).isEqualTo(OperationState.SUCCEEDED);
        assertThat(op.description()).isEqualTo("Bound.");
        assertThat(unbind.async()).isTrue();
        assertThat(unbind.operation()).isEqualTo("unbind-1");
        assertThat(unbindRequest.query()).containsEntry("service_id", SERVICE).containsEntry("plan_id", PLAN)
                .containsEntry("accepts_incomplete", "true");
        assertThat(gone.alreadyGone()).isTrue();
    }

    @Test
    @DisplayName("ids with reserved characters are percent-encoded in the path")
    void idsArePercentEncoded() {
        broker.always("GET", "/v2/service_instances/a%2Fb%20c/service_bindings/%C3%A9%3F",
                StubResponse.json(200, "{}"));
        client.fetchBinding("a/b c", "é?", null, null);
        assertThat(broker.last().rawPath()).isEqualTo("/v2/service_instances/a%2Fb%20c/service_bindings/%C3%A9%3F");
    }

    @Test
    @DisplayName("the originating identity goes with instance and binding requests, not with polls")
    void identityPlacement() {
        broker.always("GET", "/v2/service_instances/inst-1", StubResponse.json(200, "{}"));
        broker.always("GET", "/v2/service_instances/inst-1/last_operation",
                StubResponse.json(200, "{\"state\":\"succeeded\"}"));
        OsbClient asDuke = client.withOriginatingIdentity(OriginatingIdentity.kubernetes("duke", "1", null, null));

        asDuke.fetchInstance(INSTANCE, null, null);
        assertThat(broker.last().header("X-Broker-API-Originating-Identity")).startsWith("kubernetes ");
        asDuke.instanceLastOperation(INSTANCE, null);
        assertThat(broker.last().header("X-Broker-API-Originating-Identity")).isNull();
        client.fetchInstance(INSTANCE, null, null);
        assertThat(broker.last().header("X-Broker-API-Originating-Identity")).as("the base client stays anonymous")
                .isNull();
    }

    @Test
    @DisplayName("deprovision and unbind: 410 is success whatever its body (HTML, text or empty)")
    void goneWithAnyBody() {
        String instancePath = "/v2/service_instances/" + INSTANCE;
        String bindingPath = instancePath + "/service_bindings/" + BINDING;
        broker.enqueue("DELETE", instancePath, StubResponse.text(410, "<html>Gone</html>"));
        broker.enqueue("DELETE", instancePath, StubResponse.text(410, ""));
        broker.enqueue("DELETE", bindingPath, StubResponse.text(410, "gone"));

        DeleteResponse htmlGone = client.deprovision(INSTANCE, SERVICE, PLAN, true);
        DeleteResponse emptyGone = client.deprovision(INSTANCE, SERVICE, PLAN, false);
        DeleteResponse unbound = client.unbind(INSTANCE, BINDING, SERVICE, PLAN, true);

        assertThat(List.of(htmlGone, emptyGone, unbound)).allSatisfy(r -> {
            assertThat(r.alreadyGone()).isTrue();
            assertThat(r.operationIfAny()).isEmpty();
        });
    }

    @Test
    @DisplayName("a fetched instance's maintenance_info is read like the catalog's: a blank version is named by path")
    void fetchedInstanceBlankMaintenanceVersion() {
        String path = "/v2/service_instances/" + INSTANCE;
        broker.enqueue("GET", path, StubResponse.json(200, "{\"maintenance_info\":{\"version\":\"  \"}}"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.fetchInstance(INSTANCE, null, null))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("instance.maintenance_info.version must not be empty");
    }

    @Test
    @DisplayName("a body of only whitespace counts as empty: {} where that is allowed, malformed where not")
    void whitespaceBodies() {
        String path = "/v2/service_instances/" + INSTANCE;
        broker.enqueue("PUT", path, StubResponse.text(201, " \r\n\t "));
        broker.enqueue("GET", path, StubResponse.text(200, " \n "));

        ProvisionResponse created = client.provision(INSTANCE,
                ProvisionRequest.builder(SERVICE, PLAN).organizationGuid("o").spaceGuid("s").build(), false);

        assertThat(created.httpStatus()).isEqualTo(201);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.fetchInstance(INSTANCE, null, null))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("the body is empty");
    }
}
