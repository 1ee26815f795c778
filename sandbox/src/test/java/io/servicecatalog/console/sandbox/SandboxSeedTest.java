package io.servicecatalog.console.sandbox;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.sandbox.broker.BasicCredentials;
import io.servicecatalog.console.sandbox.broker.OsbHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Sandbox seed: registered sample brokers")
@SuppressWarnings("unchecked")
class SandboxSeedTest {

  private Sandbox sandbox;
  private KubernetesClient client;

  @BeforeAll
  void start() {
    // The seed as written, before any controller touches it.
    sandbox = Sandbox.start(SandboxOptions.builder().embeddedController(false).build());
    client = sandbox.newClient();
  }

  @AfterAll
  void stop() {
    client.close();
    sandbox.close();
  }

  @Test
  @DisplayName("brokers() lists each sample broker with its scope and a loopback URL")
  void brokerList() {
    assertThat(sandbox.brokers()).extracting(SampleBroker::name, SampleBroker::scope).containsExactly(
        org.assertj.core.groups.Tuple.tuple("starter-pack-broker", SampleBroker.Scope.CLUSTER),
        org.assertj.core.groups.Tuple.tuple("cloud-broker", SampleBroker.Scope.CLUSTER),
        org.assertj.core.groups.Tuple.tuple("lab-broker", SampleBroker.Scope.CLUSTER),
        org.assertj.core.groups.Tuple.tuple("team-a-broker", SampleBroker.Scope.NAMESPACED),
        org.assertj.core.groups.Tuple.tuple("partner-broker", SampleBroker.Scope.UNREGISTERED));
    assertThat(sandbox.brokers()).allSatisfy(b -> assertThat(b.url()).matches("http://127\\.0\\.0\\.1:\\d+"));
    assertThat(sandbox.broker("team-a-broker").orElseThrow().namespace()).isEqualTo("team-a");
    assertThat(sandbox.broker("cloud-broker").orElseThrow().credentials()).isPresent();
    assertThat(sandbox.broker("partner-broker").orElseThrow().services()).isEqualTo(2);
  }

  @Test
  @DisplayName("cluster brokers are ClusterServiceBrokers with the defaulted upstream spec")
  void clusterBrokers() {
    var brokers = client.genericKubernetesResources(sandbox.crds().context("ClusterServiceBroker")).list()
        .getItems();

    assertThat(brokers).extracting(b -> b.getMetadata().getName())
        .containsExactlyInAnyOrder("starter-pack-broker", "cloud-broker", "lab-broker");
    GenericKubernetesResource starter = brokers.stream()
        .filter(b -> b.getMetadata().getName().equals("starter-pack-broker")).findFirst().orElseThrow();
    assertThat(starter.<String>get("spec", "url")).isEqualTo(sandbox.broker("starter-pack-broker").orElseThrow().url());
    assertThat(starter.<String>get("spec", "relistBehavior")).isEqualTo("Duration");
    Object authInfo = starter.get("spec", "authInfo");
    assertThat(authInfo).isNull();
  }

  @Test
  @DisplayName("seeded brokers have exactly what the real v0.3.1 webhook added: spec url, relistBehavior Duration,"
      + " relistRequests 0 (no relistDuration), authInfo where needed, and the service-catalog finalizer")
  void specsMatchTheRealServer() throws java.io.IOException {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var fixtures = java.nio.file.Path.of(System.getProperty("shared.dir", "../testdata"), "reference", "fixtures");
    Map<String, Object> plain = mapper.readValue(fixtures.resolve("clusterservicebroker-ups-broker-ready.json")
        .toFile(), Map.class);
    Map<String, Object> withAuth = mapper.readValue(fixtures.resolve(
        "clusterservicebroker-missing-auth-secret-error.json").toFile(), Map.class);
    Map<String, Object> namespaced = mapper.readValue(fixtures.resolve("servicebroker-ns-ups-broker-ready.json")
        .toFile(), Map.class);
    var clusterBrokers = client.genericKubernetesResources(sandbox.crds().context("ClusterServiceBroker"));
    GenericKubernetesResource starterBroker = clusterBrokers.withName("starter-pack-broker").get();
    GenericKubernetesResource cloudBroker = clusterBrokers.withName("cloud-broker").get();
    GenericKubernetesResource teamABroker = client.genericKubernetesResources(
        sandbox.crds().context("ServiceBroker")).inNamespace("team-a").withName("team-a-broker").get();
    Map<String, Object> starter = starterBroker.get("spec");
    Map<String, Object> cloud = cloudBroker.get("spec");
    Map<String, Object> teamA = teamABroker.get("spec");
    for (GenericKubernetesResource seeded : List.of(starterBroker, cloudBroker, teamABroker)) {
      assertThat(seeded.getMetadata().getFinalizers()).as(seeded.getMetadata().getName())
          .isEqualTo(((Map<String, Object>) plain.get("metadata")).get("finalizers"))
          .isEqualTo(((Map<String, Object>) namespaced.get("metadata")).get("finalizers"));
    }

    for (var pair : List.of(Map.entry(starter, plain), Map.entry(cloud, withAuth), Map.entry(teamA, namespaced))) {
      Map<String, Object> real = (Map<String, Object>) pair.getValue().get("spec");
      assertThat(pair.getKey()).containsOnlyKeys(real.keySet())
          .containsEntry("relistBehavior", real.get("relistBehavior"))
          .containsEntry("relistRequests", real.get("relistRequests"));
    }
    assertThat(cloud.get("authInfo")).isEqualTo(Map.of("basic",
        Map.of("secretRef", Map.of("namespace", "default", "name", "cloud-broker-auth"))));
  }

  @Test
  @DisplayName("the cloud broker authenticates with a Secret via authInfo.basic.secretRef{namespace,name}")
  void basicAuthSecret() {
    GenericKubernetesResource cloud = client.genericKubernetesResources(
        sandbox.crds().context("ClusterServiceBroker")).withName("cloud-broker").get();
    Map<String, Object> secretRef = cloud.get("spec", "authInfo", "basic", "secretRef");

    assertThat(secretRef).containsEntry("namespace", "default").containsEntry("name", "cloud-broker-auth");
    Secret secret = client.secrets().inNamespace("default").withName("cloud-broker-auth").get();
    BasicCredentials fromSecret = new BasicCredentials(decode(secret.getData().get("username")),
        decode(secret.getData().get("password")));
    String url = cloud.get("spec", "url");

    assertThat(OsbHttp.to(url).get("/v2/catalog").status()).isEqualTo(401);
    OsbHttp.Answer catalog = OsbHttp.to(url).auth(fromSecret).get("/v2/catalog");
    assertThat(catalog.status()).isEqualTo(200);
    assertThat(catalog.body().path("services")).hasSize(2);
  }

  @Test
  @DisplayName("the namespaced broker is a ServiceBroker in team-a whose catalog answers")
  void namespacedBroker() {
    var brokers = client.genericKubernetesResources(sandbox.crds().context("ServiceBroker")).inAnyNamespace()
        .list().getItems();

    assertThat(brokers).hasSize(1);
    GenericKubernetesResource teamA = brokers.get(0);
    assertThat(teamA.getMetadata().getNamespace()).isEqualTo("team-a");
    assertThat(teamA.getMetadata().getName()).isEqualTo("team-a-broker");
    assertThat(OsbHttp.to(teamA.get("spec", "url")).get("/v2/catalog").body().at("/services/0/name").asText())
        .isEqualTo("team-search");
  }

  @Test
  @DisplayName("the partner broker is running but not registered")
  void unregisteredBroker() {
    SampleBroker partner = sandbox.broker("partner-broker").orElseThrow();

    assertThat(OsbHttp.to(partner.url()).get("/v2/catalog").status()).isEqualTo(200);
    assertThat(client.genericKubernetesResources(sandbox.crds().context("ClusterServiceBroker"))
        .withName("partner-broker").get()).isNull();
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
