package io.servicecatalog.console.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.model.v1beta1.AddKeyTransform;
import io.servicecatalog.console.model.v1beta1.RemoveKeyTransform;
import io.servicecatalog.console.model.v1beta1.RenameKeyTransform;
import io.servicecatalog.console.model.v1beta1.SecretTransform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pure helpers: checksums, catalog restrictions, Go durations, credentials → Secret data, JSONPath. */
class ControllerUnitsTest {

  @Test
  @DisplayName("the parameter checksum is sha256 of the compact key-sorted JSON, as in the fixtures")
  void parameterChecksumMatchesFixtures() throws Exception {
    ObjectNode async = ControllerTestSupport.JSON.createObjectNode().put("param-1", "async-value-1");
    assertThat(Parameters.checksum(async))
        .isEqualTo("76b751f73d76597af8cc39ba99bbef41fdb3133bc5c330c1f1fbbb63e2eacc94");
    JsonNode fixture = ControllerTestSupport.fixture("serviceinstance-ready-test-service-with-parameters.json");
    assertThat(Parameters.checksum(fixture.at("/spec/parameters")))
        .isEqualTo(fixture.at("/status/externalProperties/parameterChecksum").asText());
    JsonNode merged = ControllerTestSupport.JSON.readTree("{\"param-1\":\"inline-value-1\",\"param-2\":"
        + "\"value-from-secret\",\"credentials\":{\"dbuser\":\"from-secret\",\"dbpass\":\"hunter2\"}}");
    assertThat(Parameters.checksum(merged)).isEqualTo(ControllerTestSupport.fixture(
        "serviceinstance-ready-parametersfrom-secret.json").at("/status/externalProperties/parameterChecksum")
        .asText());
  }

  @Test
  @DisplayName("catalog restrictions accept ==, !=, in and notin, all of which must hold")
  void catalogRestrictions() {
    CatalogRestrictionFilter filter = CatalogRestrictionFilter.parse(List.of(
        "spec.externalName in (a, b), spec.externalID!=x", "name notin (skip)"));
    assertThat(filter.test(Map.of("spec.externalName", "a", "spec.externalID", "y", "name", "n"))).isTrue();
    assertThat(filter.test(Map.of("spec.externalName", "c", "spec.externalID", "y", "name", "n"))).isFalse();
    assertThat(filter.test(Map.of("spec.externalName", "b", "spec.externalID", "x", "name", "n"))).isFalse();
    assertThat(filter.test(Map.of("spec.externalName", "b", "spec.externalID", "y", "name", "skip"))).isFalse();
    assertThat(CatalogRestrictionFilter.parse(List.of()).test(Map.of())).isTrue();
    assertThatThrownBy(() -> CatalogRestrictionFilter.parse(List.of("spec.free ~ true")))
        .hasMessageContaining("property==value");
  }

  @Test
  @DisplayName("Go durations such as 15m0s and 1h30m parse; garbage does not")
  void goDurations() {
    assertThat(Times.parseGoDuration("15m0s")).contains(Duration.ofMinutes(15));
    assertThat(Times.parseGoDuration("1h30m")).contains(Duration.ofMinutes(90));
    assertThat(Times.parseGoDuration("300ms")).contains(Duration.ofMillis(300));
    assertThat(Times.parseGoDuration("soon")).isEmpty();
    assertThat(Times.parseGoDuration("0s")).isEmpty();
  }

  @Test
  @DisplayName("credentials become one Secret key each, strings raw and other values as JSON; transforms in order")
  void secretData() throws Exception {
    JsonNode credentials = ControllerTestSupport.JSON.readTree(
        "{\"user\":\"alice\",\"port\":5432,\"tls\":true,\"hosts\":[\"a\",\"b\"],\"opts\":{\"x\":1},\"uri\":\"u\"}");
    Map<String, byte[]> data = BindingSecretData.fromCredentials(credentials);
    RenameKeyTransform rename = new RenameKeyTransform();
    rename.setFrom("user");
    rename.setTo("USER");
    AddKeyTransform add = new AddKeyTransform();
    add.setKey("FIRST_HOST");
    add.setJsonPathExpression("{.hosts[0]}");
    RemoveKeyTransform remove = new RemoveKeyTransform();
    remove.setKey("uri");
    SecretTransform t1 = new SecretTransform();
    t1.setRenameKey(rename);
    SecretTransform t2 = new SecretTransform();
    t2.setAddKey(add);
    SecretTransform t3 = new SecretTransform();
    t3.setRemoveKey(remove);
    Map<String, byte[]> transformed = BindingSecretData.transform(data, credentials, List.of(t1, t2, t3), null, "ns");
    Map<String, String> text = new LinkedHashMap<>();
    transformed.forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
    assertThat(text).containsOnly(Map.entry("USER", "alice"), Map.entry("port", "5432"), Map.entry("tls", "true"),
        Map.entry("hosts", "[\"a\",\"b\"]"), Map.entry("opts", "{\"x\":1}"), Map.entry("FIRST_HOST", "a"));
  }

  @Test
  @DisplayName("a JSONPath that finds nothing is reported with the expression")
  void jsonPathMiss() throws Exception {
    JsonNode credentials = ControllerTestSupport.JSON.readTree("{\"a\":{\"b\":1}}");
    assertThat(BindingSecretData.jsonPath(credentials, "{.a.b}").asInt()).isEqualTo(1);
    assertThat(BindingSecretData.jsonPath(credentials, "{.a['b']}").asInt()).isEqualTo(1);
    assertThatThrownBy(() -> BindingSecretData.jsonPath(credentials, "{.a.c}")).hasMessageContaining("{.a.c}");
    assertThatThrownBy(() -> BindingSecretData.jsonPath(credentials, "{.a[?(@.x)]}"))
        .hasMessageContaining("not supported");
  }

  @Test
  @DisplayName("broker credentials never appear in toString()")
  void credentialsRedacted() {
    BrokerConnection connection = new BrokerConnection("b", null, java.net.URI.create("http://x"), null, false,
        new BrokerConnection.Basic("alice", "s3cret"));
    assertThat(connection.toString()).doesNotContain("s3cret").contains("alice");
    assertThat(new BrokerConnection.Bearer("tok-123").toString()).doesNotContain("tok-123");
  }
}
