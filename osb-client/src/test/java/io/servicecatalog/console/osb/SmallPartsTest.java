package io.servicecatalog.console.osb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicecatalog.console.osb.internal.RetryAfter;
import io.servicecatalog.console.osb.internal.UrlEncoding;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Retry-After parsing, percent-encoding, the identity header and the orphan-mitigation table. */
class SmallPartsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @ParameterizedTest(name = "Retry-After \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "5|PT5S",
        " 120 |PT2M",
        "0|PT0S",
        "Mon, 23 Nov 2026 10:00:30 GMT|PT30S",
        "Mon, 23 Nov 2026 09:00:00 GMT|PT0S",
        "99999999999999999999999|PT2562047H47M16S"})
    void retryAfterParses(String header, String expected) {
        assertThat(RetryAfter.parse(header, NOW)).contains(Duration.parse(expected));
    }

    @ParameterizedTest(name = "Retry-After \"{0}\" is ignored")
    @CsvSource({"soon", "-5", "1.5", "''"})
    void retryAfterIgnoresNonsense(String header) {
        assertThat(RetryAfter.parse(header, NOW)).isEmpty();
    }

    static Stream<Arguments> randomStrings() {
        long seed = 20261123L;
        Random random = new Random(seed);
        return IntStream.range(0, 40).mapToObj(i -> {
            int length = random.nextInt(20);
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < length; j++) {
                int kind = random.nextInt(4);
                s.appendCodePoint(switch (kind) {
                    case 0 -> 'a' + random.nextInt(26);
                    case 1 -> " /?#&=+%:@!$'()*,;[]~._-".charAt(random.nextInt(24));
                    case 2 -> 0xe0 + random.nextInt(0x20);
                    default -> 0x1f600 + random.nextInt(0x40);
                });
            }
            return Arguments.of("seed " + seed + " #" + i, s.toString());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomStrings")
    @DisplayName("percent-encoding keeps only unreserved characters and decodes back to the input")
    void percentEncodingRoundTrips(String label, String value) {
        String encoded = UrlEncoding.encode(value);
        assertThat(encoded).matches("[A-Za-z0-9._~%-]*");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(value);
        assertThat(URI.create("http://h/v2/service_instances/" + encoded).getPath())
                .isEqualTo("/v2/service_instances/" + value);
    }

    @Test
    @DisplayName("the Kubernetes originating identity is 'kubernetes ' + Base64 of the user.info JSON")
    void originatingIdentityHeader() throws Exception {
        OriginatingIdentity id = OriginatingIdentity.kubernetes("duke", "c2dde242", List.of("admin", "dev"),
                Map.of("mydata", List.of("data1", "data3")));

        String header = id.headerValue();

        assertThat(header).startsWith("kubernetes ");
        JsonNode decoded = new ObjectMapper().readTree(Base64.getDecoder().decode(header.substring(11)));
        assertThat(decoded.get("username").asText()).isEqualTo("duke");
        assertThat(decoded.get("uid").asText()).isEqualTo("c2dde242");
        assertThat(decoded.get("groups")).hasSize(2);
        assertThat(decoded.at("/extra/mydata/1").asText()).isEqualTo("data3");
        assertThat(id.toString()).contains("duke");
        assertThatThrownBy(() -> OriginatingIdentity.of("two words", new ObjectMapper().createObjectNode()))
                .hasMessageContaining("non-empty word");
    }

    static Stream<Arguments> orphanTable() {
        return Stream.of(
                // spec.md "Orphan Mitigation" (2.17), row by row
                Arguments.of(OsbOperation.PROVISION, 204, null, true),
                Arguments.of(OsbOperation.PROVISION, 500, null, true),
                Arguments.of(OsbOperation.PROVISION, 503, null, true),
                Arguments.of(OsbOperation.DEPROVISION, 204, null, true),
                Arguments.of(OsbOperation.DEPROVISION, 500, null, true),
                Arguments.of(OsbOperation.BIND, 204, null, true),
                Arguments.of(OsbOperation.BIND, 500, null, true),
                Arguments.of(OsbOperation.UNBIND, 500, null, true),
                Arguments.of(OsbOperation.UPDATE, 500, null, false),
                Arguments.of(OsbOperation.UPDATE, 204, null, false),
                Arguments.of(OsbOperation.PROVISION, 408, null, false),
                Arguments.of(OsbOperation.PROVISION, 400, null, false),
                Arguments.of(OsbOperation.PROVISION, 422, "ConcurrencyError", false),
                Arguments.of(OsbOperation.BIND, 409, null, false),
                Arguments.of(OsbOperation.FETCH_INSTANCE, 500, null, false),
                Arguments.of(OsbOperation.CATALOG, 500, null, false),
                Arguments.of(OsbOperation.INSTANCE_LAST_OPERATION, 500, null, false));
    }

    @ParameterizedTest(name = "{0} answered {1} {2}: mitigate = {3}")
    @MethodSource("orphanTable")
    void orphanMitigationTable(OsbOperation op, int status, String code, boolean expected) {
        assertThat(Errors.orphanMitigationAfterStatus(op, status, code)).isEqualTo(expected);
    }

    @Test
    @DisplayName("every message of the bundle formats to plain sentences")
    void messagesFormat() {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("io.servicecatalog.console.osb.messages");
        for (String key : bundle.keySet()) {
            String text = Messages.format(key, "https://broker:8443", "provision the service instance", "500",
                    "extra detail");
            assertThat(text).as(key).doesNotContain("{").doesNotContain("''").isNotBlank();
            if (key.startsWith("error.")) {
                assertThat(text).as(key).endsWith(".");
            }
        }
    }

    @Test
    @DisplayName("a client is usable from many threads at once; each request gets its own identity")
    void threadSafe() throws Exception {
        try (io.servicecatalog.console.osb.stub.StubBroker broker = io.servicecatalog.console.osb.stub.StubBroker
                .start()) {
            broker.always("GET", "/v2/catalog",
                    io.servicecatalog.console.osb.stub.StubResponse.json(200, "{\"services\":[]}"));
            OsbClient client = OsbClient.builder(broker.url()).build();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<Integer>> results = pool.invokeAll(IntStream.range(0, 40)
                        .mapToObj(i -> (java.util.concurrent.Callable<Integer>) () -> client.catalog().services()
                                .size())
                        .toList());
                for (java.util.concurrent.Future<Integer> r : results) {
                    assertThat(r.get()).isZero();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(broker.requests().stream().map(r -> r.header("X-Broker-API-Request-Identity")).distinct())
                    .hasSize(40);
        }
    }
}
