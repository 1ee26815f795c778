package io.servicecatalog.console.osb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.servicecatalog.console.osb.stub.RawBroker;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Brokers that break the exchange half-way: the request timeout and orphan mitigation must still hold. */
class TransportFailureTest {

    private static final Function<OsbClient, Object> PROVISION = c -> c.provision("inst-1",
            ProvisionRequest.builder("s", "p").organizationGuid("o").spaceGuid("sp").build(), true);
    private static final Function<OsbClient, Object> BIND = c -> c.bind("inst-1", "b",
            BindRequest.builder("s", "p").build(), true);
    private static final Function<OsbClient, Object> UPDATE = c -> c.update("inst-1",
            UpdateRequest.builder("s").build(), true);
    private static final Function<OsbClient, Object> LAST_OPERATION = c -> c.instanceLastOperation("inst-1", null);

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("provision", PROVISION, true),
                Arguments.of("bind", BIND, true),
                Arguments.of("update", UPDATE, false),
                Arguments.of("last_operation", LAST_OPERATION, false));
    }

    @ParameterizedTest(name = "{0}: headers then a stalled body time out, orphan mitigation {2}")
    @MethodSource("calls")
    void stalledBodyTimesOut(String name, Function<OsbClient, Object> call, boolean orphan) {
        try (RawBroker raw = RawBroker.start(RawBroker.Behaviour.HEADERS_THEN_STALL)) {
            OsbClient client = OsbClient.builder(raw.url()).requestTimeout(Duration.ofMillis(400)).build();

            BrokerTimeoutException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> catchThrowableOfType(BrokerTimeoutException.class, () -> call.apply(client)));

            assertThat(e).isNotNull();
            assertThat(e.orphanMitigationRequired()).isEqualTo(orphan);
            assertThat(e.userMessage()).contains("did not answer within 400 ms");
            assertThat(e.sentRequestId()).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}: a connection reset after the request was sent, orphan mitigation {2}")
    @MethodSource("calls")
    void resetAfterSending(String name, Function<OsbClient, Object> call, boolean orphan) {
        try (RawBroker raw = RawBroker.start(RawBroker.Behaviour.RESET)) {
            OsbClient client = OsbClient.builder(raw.url()).build();

            BrokerUnreachableException e = catchThrowableOfType(BrokerUnreachableException.class,
                    () -> call.apply(client));

            assertThat(e).isNotNull();
            assertThat(raw.requests()).isPositive();
            assertThat(e.httpStatus()).isEmpty();
            assertThat(e.orphanMitigationRequired()).isEqualTo(orphan);
        }
    }

    @Test
    @DisplayName("a timed-out call leaves the client usable for the next one")
    void clientUsableAfterTimeout() {
        try (RawBroker raw = RawBroker.start(RawBroker.Behaviour.HEADERS_THEN_STALL)) {
            OsbClient client = OsbClient.builder(raw.url()).requestTimeout(Duration.ofMillis(300)).build();
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int i = 0; i < 3; i++) {
                    assertThat(catchThrowableOfType(BrokerTimeoutException.class,
                            () -> LAST_OPERATION.apply(client))).isNotNull();
                }
            });
            assertThat(raw.requests()).isEqualTo(3);
        }
    }

    static Stream<Arguments> ioFailures() {
        return Stream.of(
                Arguments.of(new java.net.ConnectException("Connection refused"), false),
                Arguments.of(new java.io.IOException(new java.net.UnknownHostException("broker.invalid")), false),
                Arguments.of(new java.io.IOException(new java.net.NoRouteToHostException("no route")), false),
                Arguments.of(new javax.net.ssl.SSLHandshakeException("PKIX path building failed"), false),
                Arguments.of(new java.io.IOException("Connection reset"), true),
                Arguments.of(new java.io.EOFException("EOF reached while reading"), true),
                Arguments.of(new javax.net.ssl.SSLException("Tag mismatch"), true));
    }

    @ParameterizedTest(name = "{0}: orphan mitigation for provision and bind {1}, never for update")
    @MethodSource("ioFailures")
    void ambiguousFailuresCallForMitigation(java.io.IOException failure, boolean ambiguous) {
        java.net.URI broker = java.net.URI.create("http://127.0.0.1:1");
        for (OsbOperation op : OsbOperation.values()) {
            OsbTransportException e = Errors.transport(op, broker, "rid", failure, Duration.ofSeconds(1),
                    Duration.ofSeconds(1));
            boolean createsSomething = op == OsbOperation.PROVISION || op == OsbOperation.BIND;
            assertThat(e.orphanMitigationRequired()).as(op.name()).isEqualTo(ambiguous && createsSomething);
        }
    }
}
