package io.servicecatalog.console.osb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.servicecatalog.console.osb.stub.StubBroker;
import io.servicecatalog.console.osb.stub.StubResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broker error answers and transport failures become typed exceptions with a sentence a person can act on. */
class OsbErrorsTest {

    private static final String PATH = "/v2/service_instances/inst-1";
    private StubBroker broker;
    private OsbClient client;

    @BeforeEach
    void start() {
        broker = StubBroker.start();
        client = OsbClient.builder(broker.url()).requestTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    private ProvisionResponse provision() {
        return client.provision("inst-1", ProvisionRequest.builder("s", "p").organizationGuid("o").spaceGuid("sp")
                .build(), false);
    }

    static Stream<Arguments> errorCodes() {
        return Stream.of(
                Arguments.of("AsyncRequired", AsyncRequiredException.class, "accepts_incomplete=true"),
                Arguments.of("ConcurrencyError", ConcurrencyErrorException.class, "Wait until that operation finishes"),
                Arguments.of("RequiresApp", RequiresAppException.class, "application GUID"),
                Arguments.of("MaintenanceInfoConflict", MaintenanceInfoConflictException.class,
                        "Refresh the broker's catalog"),
                Arguments.of("SomethingElse", BrokerUnprocessableException.class, "adjust the request"));
    }

    @ParameterizedTest(name = "422 {0} -> {1}")
    @MethodSource("errorCodes")
    void everySpecErrorCodeIsTyped(String code, Class<? extends OsbException> type, String advice) {
        broker.always("PUT", PATH, StubResponse.json(422,
                "{\"error\":\"" + code + "\",\"description\":\"Broker explanation for " + code + ".\"}"));

        OsbException e = catchThrowableOfType(OsbException.class, this::provision);

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.httpStatus()).hasValue(422);
        assertThat(e.errorCode()).contains(code);
        assertThat(e.brokerDescription()).contains("Broker explanation for " + code + ".");
        assertThat(e.operation()).isEqualTo(OsbOperation.PROVISION);
        assertThat(e.orphanMitigationRequired()).as("a 4xx never calls for mitigation").isFalse();
        assertThat(e.userMessage())
                .contains(broker.url().toString())
                .contains("provision the service instance")
                .contains(advice)
                .contains("The broker said: \"Broker explanation for " + code + ".\"")
                .contains("Request ID for the broker's operator: " + broker.last().header("X-Broker-API-Request-Identity"))
                .doesNotContain("{").doesNotContain("''");
        assertThat(e.getMessage()).contains("HTTP 422").contains(code);
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BrokerBadRequestException.class, "rejected the request", false),
                Arguments.of(401, BrokerAuthenticationException.class, "refused the credentials", false),
                Arguments.of(403, BrokerAuthenticationException.class, "refused the credentials", false),
                Arguments.of(404, BrokerNotFoundException.class, "does not know this resource", false),
                Arguments.of(408, UnexpectedStatusException.class, "does not allow here", false),
                Arguments.of(409, BrokerConflictException.class, "already exists with different settings", false),
                Arguments.of(410, BrokerGoneException.class, "no longer exists", false),
                Arguments.of(429, UnexpectedStatusException.class, "does not allow here", false),
                Arguments.of(500, BrokerServerErrorException.class, "internal error (HTTP 500)", true),
                Arguments.of(503, BrokerServerErrorException.class, "internal error (HTTP 503)", true),
                Arguments.of(204, UnexpectedStatusException.class, "answered HTTP 204", true),
                Arguments.of(302, UnexpectedStatusException.class, "answered HTTP 302", false));
    }

    @ParameterizedTest(name = "provision answered {0} -> {1}, orphan mitigation {3}")
    @MethodSource("statuses")
    void statusesAreTypedWithOrphanMitigationPerSpec(int status, Class<? extends OsbException> type, String text,
            boolean orphan) {
        broker.always("PUT", PATH, StubResponse.json(status, status == 204 ? "" : "{}"));

        OsbException e = catchThrowableOfType(OsbException.class, this::provision);

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.httpStatus()).hasValue(status);
        assertThat(e.userMessage()).contains(text);
        assertThat(e.orphanMitigationRequired()).isEqualTo(orphan);
    }

    @Test
    @DisplayName("412 is a version mismatch that names the version sent")
    void versionMismatch() {
        broker.always("GET", "/v2/catalog", StubResponse.json(412,
                "{\"description\":\"The provided service broker API version is not supported\"}"));
        OsbClient v214 = OsbClient.builder(broker.url()).apiVersion("2.14").build();

        ApiVersionMismatchException e = catchThrowableOfType(ApiVersionMismatchException.class, v214::catalog);

        assertThat(e.versionSent()).isEqualTo("2.14");
        assertThat(e.userMessage()).contains("does not accept Open Service Broker API version 2.14")
                .contains("Set this broker's API version");
    }

    @Test
    @DisplayName("instance_usable and update_repeatable of a failed update reach the caller and the sentence")
    void updateFailureFlags() {
        broker.always("PATCH", PATH, StubResponse.json(422,
                "{\"error\":\"PlanChangeNotSupported\",\"instance_usable\":false,\"update_repeatable\":false}"));

        OsbException e = catchThrowableOfType(OsbException.class,
                () -> client.update("inst-1", UpdateRequest.builder("s").planId("p2").build(), true));

        assertThat(e).isInstanceOf(BrokerUnprocessableException.class);
        assertThat(e.instanceUsable()).isFalse();
        assertThat(e.updateRepeatable()).isFalse();
        assertThat(e.orphanMitigationRequired()).as("never after an update").isFalse();
        assertThat(e.userMessage()).contains("can no longer be used").contains("Repeating this same update will not help");
    }

    @Test
    @DisplayName("5xx on update, fetch or poll never calls for mitigation; on deprovision, bind and unbind it does")
    void orphanMitigationByOperation() {
        broker.always("PATCH", PATH, StubResponse.json(500, "{}"));
        broker.always("DELETE", PATH, StubResponse.json(500, "{}"));
        broker.always("GET", PATH, StubResponse.json(500, "{}"));
        String binding = PATH + "/service_bindings/b";
        broker.always("PUT", binding, StubResponse.json(502, "{}"));
        broker.always("DELETE", binding, StubResponse.json(500, "{}"));

        assertThat(orphan(() -> client.update("inst-1", UpdateRequest.builder("s").build(), true))).isFalse();
        assertThat(orphan(() -> client.fetchInstance("inst-1", null, null))).isFalse();
        assertThat(orphan(() -> client.deprovision("inst-1", "s", "p", true))).isTrue();
        assertThat(orphan(() -> client.bind("inst-1", "b", BindRequest.builder("s", "p").build(), true))).isTrue();
        assertThat(orphan(() -> client.unbind("inst-1", "b", "s", "p", true))).isTrue();
    }

    private static boolean orphan(Runnable call) {
        return catchThrowableOfType(OsbException.class, call::run).orphanMitigationRequired();
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of(201, "not json at all", true, "is not JSON"),
                Arguments.of(202, "{\"operation\": 42}", true, "operation must be a string"),
                Arguments.of(200, "[1,2]", false, "a JSON object was expected"),
                Arguments.of(201, "{\"metadata\": \"labels\"}", true, "metadata must be a JSON object"));
    }

    @ParameterizedTest(name = "provision {0} with body {1} is malformed, orphan mitigation {2}")
    @MethodSource("malformedBodies")
    void malformedBodies(int status, String body, boolean orphan, String problem) {
        broker.always("PUT", PATH, StubResponse.text(status, body));

        MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class, this::provision);
        assertThat(e).as("a bad body is an answer, not a network failure").isNotInstanceOf(OsbTransportException.class);

        assertThat(e.httpStatus()).hasValue(status);
        assertThat(e.orphanMitigationRequired()).isEqualTo(orphan);
        assertThat(e.userMessage()).contains("not valid Open Service Broker JSON").contains(problem)
                .contains("Contact the broker's operator");
    }

    @Test
    @DisplayName("404 for the catalog points at the broker URL")
    void catalogNotFound() {
        broker.always("GET", "/v2/catalog", StubResponse.text(404, "<html>Not Found</html>"));
        BrokerNotFoundException e = catchThrowableOfType(BrokerNotFoundException.class, client::catalog);
        assertThat(e.userMessage()).contains("does not serve an Open Service Broker catalog")
                .contains("Check the broker URL");
    }

    @Test
    @DisplayName("a catalog that breaks the spec is malformed and the sentence names the field")
    void malformedCatalog() {
        broker.always("GET", "/v2/catalog", StubResponse.json(200,
                "{\"services\":[{\"id\":\"s\",\"name\":\"n\",\"description\":\"d\",\"bindable\":true,\"plans\":[]}]}"));
        assertThatThrownBy(client::catalog).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("services[0].plans is required and must list at least one plan");
    }

    @Test
    @DisplayName("a last_operation answer with an unknown state is malformed")
    void unknownState() {
        broker.always("GET", PATH + "/last_operation", StubResponse.json(200, "{\"state\":\"almost\"}"));
        assertThatThrownBy(() -> client.instanceLastOperation("inst-1", null))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("\"almost\"");
    }

    @Test
    @DisplayName("an error answer with a non-JSON body still reports its status")
    void errorWithHtmlBody() {
        broker.always("PUT", PATH, StubResponse.text(500, "<html>Bad gateway</html>"));
        OsbException e = catchThrowableOfType(OsbException.class, this::provision);
        assertThat(e).isInstanceOf(BrokerServerErrorException.class);
        assertThat(e.brokerDescription()).isEmpty();
    }

    @Test
    @DisplayName("the request identity the broker echoed is surfaced; without an echo the one sent is")
    void echoedRequestIdentity() {
        broker.enqueue("PUT", PATH, StubResponse.json(500, "{}").withHeader("X-Broker-API-Request-Identity", "x")
                .withoutEcho());
        broker.enqueue("PUT", PATH, StubResponse.json(500, "{}").withoutEcho());

        OsbException echoed = catchThrowableOfType(OsbException.class, this::provision);
        OsbException silent = catchThrowableOfType(OsbException.class, this::provision);

        assertThat(echoed.echoedRequestId()).contains("x");
        assertThat(echoed.requestId()).contains("x");
        assertThat(echoed.sentRequestId()).isPresent().isNotEqualTo(echoed.echoedRequestId());
        assertThat(silent.echoedRequestId()).isEmpty();
        assertThat(silent.requestId()).isEqualTo(silent.sentRequestId());
        assertThat(silent.userMessage()).contains(silent.sentRequestId().orElseThrow());
    }

    @Test
    @DisplayName("connection refused is reported as unreachable, without orphan mitigation")
    void connectionRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        OsbClient nowhere = OsbClient.builder(URI.create("http://127.0.0.1:" + port)).build();

        BrokerUnreachableException e = catchThrowableOfType(BrokerUnreachableException.class,
                () -> nowhere.provision("i", ProvisionRequest.builder("s", "p").organizationGuid("o").spaceGuid("s")
                        .build(), true));

        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.orphanMitigationRequired()).isFalse();
        assertThat(e.userMessage()).startsWith("Could not connect to the broker at http://127.0.0.1:" + port)
                .contains("Check the broker URL");
    }

    @Test
    @DisplayName("a connect timeout is reported as such, without orphan mitigation (the request never left)")
    void connectTimeout() {
        // Mapped directly: making a real connection hang is platform-dependent (Linux drops, Windows refuses).
        OsbTransportException e = Errors.transport(OsbOperation.PROVISION, broker.url(), "rid-1",
                new java.net.http.HttpConnectTimeoutException("HTTP connect timed out"), Duration.ofMillis(300),
                Duration.ofSeconds(60));

        assertThat(e).isInstanceOf(BrokerTimeoutException.class);
        assertThat(e.orphanMitigationRequired()).isFalse();
        assertThat(e.userMessage()).contains("Could not connect").contains("within 300 ms")
                .contains("raise the connect timeout").contains("rid-1");
    }

    @Test
    @DisplayName("an unknown host is reported with advice to check the URL")
    void unknownHost() {
        OsbClient nowhere = OsbClient.builder(URI.create("http://no-such-broker.invalid")).build();
        BrokerUnreachableException e = catchThrowableOfType(BrokerUnreachableException.class, nowhere::catalog);
        assertThat(e.userMessage()).contains("could not be found").contains("Check the spelling");
    }

    static Stream<Arguments> timeouts() {
        Function<OsbClient, Object> provision = c -> c.provision("inst-1",
                ProvisionRequest.builder("s", "p").organizationGuid("o").spaceGuid("sp").build(), true);
        Function<OsbClient, Object> update = c -> c.update("inst-1", UpdateRequest.builder("s").build(), true);
        Function<OsbClient, Object> bind = c -> c.bind("inst-1", "b", BindRequest.builder("s", "p").build(), true);
        return Stream.of(
                Arguments.of("PUT", PATH, provision, true),
                Arguments.of("PATCH", PATH, update, false),
                Arguments.of("PUT", PATH + "/service_bindings/b", bind, true));
    }

    @ParameterizedTest(name = "{0} {1} that never answers times out, orphan mitigation {3}")
    @MethodSource("timeouts")
    void slowBrokerTimesOut(String method, String path, Function<OsbClient, Object> call, boolean orphan) {
        broker.always(method, path, StubResponse.hang());
        OsbClient impatient = OsbClient.builder(broker.url()).requestTimeout(Duration.ofMillis(300)).build();

        BrokerTimeoutException e = catchThrowableOfType(BrokerTimeoutException.class, () -> call.apply(impatient));

        assertThat(e.orphanMitigationRequired()).isEqualTo(orphan);
        assertThat(e.userMessage()).contains("did not answer within 300 ms").contains("raise the request timeout");
        assertThat(e.sentRequestId()).isPresent();
    }

    @Test
    @DisplayName("a slow answer inside the timeout is read normally")
    void slowButInTime() {
        broker.always("GET", "/v2/catalog", StubResponse.json(200, "{\"services\":[]}").held());
        OsbClient patient = OsbClient.builder(broker.url()).requestTimeout(Duration.ofSeconds(20)).build();
        java.util.concurrent.CompletableFuture<Object> call = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> patient.catalog().services());
        org.awaitility.Awaitility.await().until(() -> !broker.requests().isEmpty());
        broker.releaseHeld();
        assertThat(call.join()).isEqualTo(java.util.List.of());
    }

    @Test
    @DisplayName("builder settings that cannot work are refused with a sentence")
    void builderValidation() {
        assertThatThrownBy(() -> OsbClient.builder(URI.create("ftp://x"))).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> OsbClient.builder(URI.create("http://u:pw@host")))
                .hasMessageContaining("not in the URL").hasMessageNotContaining("pw");
        assertThatThrownBy(() -> OsbClient.builder(broker.url()).apiVersion("3"))
                .hasMessageContaining("must look like 2.17");
        assertThatThrownBy(() -> OsbClient.builder(broker.url()).requestTimeout(Duration.ZERO))
                .hasMessageContaining("longer than zero");
        assertThatThrownBy(() -> OsbClient.builder(broker.url()).caBundlePem("garbage"))
                .hasMessageContaining("contains no PEM certificate");
        assertThatThrownBy(() -> ProvisionRequest.builder("s", "p").build())
                .hasMessageContaining("organization_guid");
        assertThatThrownBy(() -> BindRequest.builder("s", "").build()).hasMessageContaining("plan_id");
    }
}
