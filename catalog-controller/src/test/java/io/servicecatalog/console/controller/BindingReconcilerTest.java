package io.servicecatalog.console.controller;

import static io.servicecatalog.console.controller.ControllerTestSupport.awaitValue;
import static io.servicecatalog.console.controller.ControllerTestSupport.clusterBroker;
import static io.servicecatalog.console.controller.ControllerTestSupport.condition;
import static io.servicecatalog.console.controller.ControllerTestSupport.fixture;
import static io.servicecatalog.console.controller.ControllerTestSupport.hasCondition;
import static io.servicecatalog.console.controller.ControllerTestSupport.paths;
import static io.servicecatalog.console.controller.ControllerTestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bindings against the mock API server and loopback brokers: bind, the credentials Secret, transforms, unbind. */
@ExtendWith(MockApiServer.class)
class BindingReconcilerTest {

  static final String NS = InstanceReconcilerTest.NS;

  static KubernetesClient client;
  static FakeBroker testBroker;
  static FakeBroker upsBroker;
  static CatalogController controller;

  @BeforeAll
  static void startBrokersAndController() {
    ControllerTestSupport.installCrds(client);
    ControllerTestSupport.namespace(client, NS);
    testBroker = FakeBroker.testBroker();
    testBroker.asyncPollsInProgress = 8;
    upsBroker = FakeBroker.upsBroker();
    controller = CatalogController.start(client, ControllerTestSupport.fastOptions().build());
    client.resource(clusterBroker("test-broker", testBroker.url())).create();
    client.resource(clusterBroker("ups-broker", upsBroker.url())).create();
    ServiceBroker nsBroker = new ServiceBroker();
    nsBroker.getMetadata().setName("ns-ups-broker");
    nsBroker.getMetadata().setNamespace(NS);
    ServiceBrokerSpec spec = new ServiceBrokerSpec();
    spec.setUrl(upsBroker.url());
    nsBroker.setSpec(spec);
    client.resource(nsBroker).create();
    awaitValue(() -> client.resources(ClusterServiceClass.class).list().getItems(), l -> l.size() == 27);
    awaitValue(() -> client.resources(ServicePlan.class).inNamespace(NS).list().getItems(), l -> l.size() == 4);
  }

  @AfterAll
  static void stop() {
    controller.close();
    testBroker.close();
    upsBroker.close();
  }

  static ServiceInstance readyInstance(String fixtureName, String name) {
    InstanceReconcilerTest.client = client;
    client.resource(InstanceReconcilerTest.fromFixture(fixtureName, name)).create();
    return awaitValue(() -> client.resources(ServiceInstance.class).inNamespace(NS).withName(name).get(),
        i -> hasCondition(i.getStatus(), "Ready", "True", "ProvisionedSuccessfully"));
  }

  /** A new binding with the fixture's spec, pointing at {@code instance}. */
  static ServiceBinding fromFixture(String fixtureName, String name, String instance) {
    JsonNode fixture = fixture(fixtureName);
    ObjectNode spec = fixture.get("spec").deepCopy();
    spec.remove(List.of("externalID"));
    if (spec.path("secretName").asText().equals(fixture.at("/metadata/name").asText())) {
      spec.remove("secretName");
    }
    ((ObjectNode) spec.get("instanceRef")).put("name", instance);
    ObjectNode node = ControllerTestSupport.JSON.createObjectNode();
    node.put("apiVersion", ServiceCatalogKind.API_VERSION).put("kind", "ServiceBinding");
    node.putObject("metadata").put("name", name).put("namespace", NS);
    node.set("spec", spec);
    return ControllerTestSupport.JSON.convertValue(node, ServiceBinding.class);
  }

  static ServiceBinding get(String name) {
    return client.resources(ServiceBinding.class).inNamespace(NS).withName(name).get();
  }

  static ServiceBinding awaitCondition(String name, String type, String status, String reason) {
    return awaitValue(() -> get(name), b -> hasCondition(b.getStatus(), type, status, reason));
  }

  static Map<String, String> secretData(String name) {
    Secret secret = client.secrets().inNamespace(NS).withName(name).get();
    Map<String, String> data = new TreeMap<>();
    if (secret.getStringData() != null) {
      data.putAll(secret.getStringData());
    }
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> data.put(k,
          new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
    }
    return data;
  }

  static Map<String, String> fixtureSecretData(String fixtureName) {
    Map<String, String> data = new TreeMap<>();
    fixture(fixtureName).get("data").fields().forEachRemaining(e -> data.put(e.getKey(),
        new String(Base64.getDecoder().decode(e.getValue().asText()), StandardCharsets.UTF_8)));
    return data;
  }

  static void assertConditionsLike(ServiceBinding actual, JsonNode fixture) {
    JsonNode expected = fixture.at("/status/conditions");
    List<ServiceCatalogCondition> conditions = actual.getStatus().getConditions();
    assertThat(conditions).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(conditions.get(i).getType()).isEqualTo(expected.get(i).get("type").asText());
      assertThat(conditions.get(i).getStatus()).isEqualTo(expected.get(i).get("status").asText());
      assertThat(conditions.get(i).getReason()).isEqualTo(expected.get(i).get("reason").asText());
      assertThat(conditions.get(i).getMessage()).isEqualTo(expected.get(i).get("message").asText());
    }
    assertThat(actual.getStatus().getLastConditionState()).isEqualTo(fixture.at("/status/lastConditionState").asText());
  }

  static void assertSamePaths(Object actual, JsonNode expected) {
    TreeSet<String> actualPaths = paths(tree(actual));
    assertThat(actualPaths).containsExactlyInAnyOrderElementsOf(paths(expected));
  }

  @Test
  @DisplayName("a binding to a Ready instance gets InjectedBindResult and an Opaque Secret owned by the binding")
  void plainBinding() {
    JsonNode fixture = fixture("servicebinding-ready-test-service-plain.json");
    readyInstance("serviceinstance-ready-test-service-with-parameters.json", "plain-instance");
    client.resource(fromFixture("servicebinding-ready-test-service-plain.json", "test-binding", "plain-instance"))
        .create();

    ServiceBinding ready = awaitCondition("test-binding", "Ready", "True", "InjectedBindResult");

    assertConditionsLike(ready, fixture);
    assertThat(ready.getStatus().getUnbindStatus()).isEqualTo("Required");
    assertThat(ready.getStatus().getReconciledGeneration()).isEqualTo(ready.getMetadata().getGeneration());
    assertThat(ready.getSpec().getSecretName()).isEqualTo("test-binding");
    assertThat(ready.getMetadata().getFinalizers()).containsExactly(ServiceCatalogKind.FINALIZER);
    assertSamePaths(ready, fixture);

    JsonNode secretFixture = fixture("secret-test-binding-plain.json");
    Secret secret = client.secrets().inNamespace(NS).withName("test-binding").get();
    assertThat(secretData("test-binding")).isEqualTo(fixtureSecretData("secret-test-binding-plain.json"));
    assertThat(secret.getType()).isEqualTo("Opaque");
    assertThat(secret.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> {
      assertThat(o.getKind()).isEqualTo("ServiceBinding");
      assertThat(o.getName()).isEqualTo("test-binding");
      assertThat(o.getUid()).isEqualTo(ready.getMetadata().getUid());
      assertThat(o.getController()).isTrue();
      assertThat(o.getBlockOwnerDeletion()).isTrue();
    });
    TreeSet<String> secretPaths = paths(tree(secret));
    // The mock server adds metadata.generation to Secrets; a real API server does not.
    secretPaths.removeIf(p -> p.startsWith("/metadata/labels") || p.startsWith("/metadata/annotations")
        || p.equals("/metadata/generation"));
    assertThat(secretPaths).containsExactlyInAnyOrderElementsOf(paths(secretFixture));

    FakeBroker.Request put = testBroker.requests("PUT", "/service_bindings/" + ready.getSpec().getExternalID())
        .get(0);
    assertThat(put.body().at("/context/platform").asText()).isEqualTo("kubernetes");
    assertThat(put.body().at("/context/namespace").asText()).isEqualTo(NS);
  }

  @Test
  @DisplayName("renameKey, addKey and removeKey are applied in order (ups fixture)")
  void secretTransforms() {
    readyInstance("serviceinstance-ready-ups-credentials-parameters.json", "ups-instance");
    client.resource(fromFixture("servicebinding-ready-ups-secret-transforms.json", "ups-binding", "ups-instance"))
        .create();

    ServiceBinding ready = awaitCondition("ups-binding", "Ready", "True", "InjectedBindResult");

    assertConditionsLike(ready, fixture("servicebinding-ready-ups-secret-transforms.json"));
    assertSamePaths(ready, fixture("servicebinding-ready-ups-secret-transforms.json"));
    assertThat(secretData("ups-binding")).isEqualTo(fixtureSecretData("secret-ups-binding-transformed.json"));
  }

  @Test
  @DisplayName("non-string credentials are stored as JSON text: numbers, booleans, arrays and objects")
  void nonStringCredentials() {
    readyInstance("serviceinstance-ready-ups-premium-nonstring-credentials.json", "ups-typed-instance");
    client.resource(fromFixture("servicebinding-ready-ups-nonstring-credentials.json", "ups-typed-binding",
        "ups-typed-instance")).create();

    awaitCondition("ups-typed-binding", "Ready", "True", "InjectedBindResult");

    assertThat(secretData("ups-typed-binding"))
        .isEqualTo(fixtureSecretData("secret-ups-typed-binding-nonstring-values.json"));
  }

  @Test
  @DisplayName("binding parameters from Secrets are redacted in status; value, jsonPath and addKeysFrom transforms")
  void parametersAndMoreTransforms() {
    JsonNode fixture = fixture("servicebinding-ready-parameters-parametersfrom-more-transforms.json");
    ControllerTestSupport.secret(client, NS, "instance-params", Map.of("parameters",
        "{\"param-2\":\"value-from-secret\",\"credentials\":{\"dbuser\":\"from-secret\",\"dbpass\":\"hunter2\"}}"));
    ControllerTestSupport.secret(client, NS, "binding-params", Map.of("params",
        "{\"role\":\"reader\",\"token\":\"t0k3n\"}"));
    ControllerTestSupport.secret(client, NS, "extra-keys", Map.of("EXTRA_A", "alpha", "EXTRA_B", "beta"));
    readyInstance("serviceinstance-ready-parametersfrom-secret.json", "paramsfrom-instance");
    client.resource(fromFixture("servicebinding-ready-parameters-parametersfrom-more-transforms.json",
        "params-binding", "paramsfrom-instance")).create();

    ServiceBinding ready = awaitCondition("params-binding", "Ready", "True", "InjectedBindResult");

    assertConditionsLike(ready, fixture);
    assertSamePaths(ready, fixture);
    assertThat(tree(ready.getStatus().getExternalProperties().getParameters()))
        .isEqualTo(fixture.at("/status/externalProperties/parameters"));
    assertThat(ready.getStatus().getExternalProperties().getParameterChecksum()).isEqualTo(
        Parameters.checksum(ControllerTestSupport.JSON.createObjectNode().put("role", "reader")
            .put("scope", "read-only").put("token", "t0k3n")));
    assertThat(secretData("params-binding-creds"))
        .isEqualTo(fixtureSecretData("secret-params-binding-creds-transformed.json"));
    FakeBroker.Request put = testBroker.requests("PUT", "/service_bindings/" + ready.getSpec().getExternalID())
        .get(0);
    assertThat(put.body().at("/parameters/token").asText()).isEqualTo("t0k3n");
  }

  @Test
  @DisplayName("a binding to a missing instance gets ReferencesNonexistentInstance")
  void nonexistentInstance() {
    JsonNode fixture = fixture("servicebinding-references-nonexistent-instance.json");
    client.resource(fromFixture("servicebinding-references-nonexistent-instance.json", "orphan-binding",
        "no-such-instance")).create();

    ServiceBinding failed = awaitCondition("orphan-binding", "Ready", "False", "ReferencesNonexistentInstance");

    assertConditionsLike(failed, fixture);
    assertThat(failed.getStatus().getUnbindStatus()).isEqualTo("NotRequired");
    assertThat(failed.getStatus().getReconciledGeneration()).isZero();
    assertSamePaths(failed, fixture);
  }

  @Test
  @DisplayName("a binding to an instance still provisioning waits with ErrorInstanceNotReady, then binds by itself")
  void waitsForAsyncInstance() {
    client.resource(InstanceReconcilerTest.fromFixture("serviceinstance-async-provision-in-progress.json",
        "async-instance")).create();
    client.resource(fromFixture("servicebinding-error-instance-not-ready-async-provisioning.json",
        "async-pending-binding", "async-instance")).create();

    ServiceBinding waiting = awaitCondition("async-pending-binding", "Ready", "False", "ErrorInstanceNotReady");
    JsonNode fixture = fixture("servicebinding-error-instance-not-ready-async-provisioning.json");
    assertConditionsLike(waiting, fixture);
    assertSamePaths(waiting, fixture);

    ServiceBinding ready = awaitCondition("async-pending-binding", "Ready", "True", "InjectedBindResult");
    assertConditionsLike(ready, fixture("servicebinding-ready-after-async-provision.json"));
  }

  @Test
  @DisplayName("a binding to a failed instance gets ErrorInstanceNotReady")
  void failedInstance() {
    client.resource(InstanceReconcilerTest.fromFixture("serviceinstance-failed-provision-400.json",
        "fail400-instance")).create();
    client.resource(fromFixture("servicebinding-error-instance-not-ready-failed-instance.json",
        "failed-instance-binding", "fail400-instance")).create();

    ServiceBinding waiting = awaitCondition("failed-instance-binding", "Ready", "False", "ErrorInstanceNotReady");
    assertConditionsLike(waiting, fixture("servicebinding-error-instance-not-ready-failed-instance.json"));
  }

  @Test
  @DisplayName("a binding to a namespaced-class instance binds through the namespaced broker")
  void namespacedClassInstance() {
    readyInstance("serviceinstance-ready-namespaced-serviceclass.json", "ns-class-instance");
    client.resource(fromFixture("servicebinding-ready-namespaced-class-instance.json", "ns-class-binding",
        "ns-class-instance")).create();

    ServiceBinding ready = awaitCondition("ns-class-binding", "Ready", "True", "InjectedBindResult");
    assertConditionsLike(ready, fixture("servicebinding-ready-namespaced-class-instance.json"));
    assertThat(secretData(ready.getSpec().getSecretName()))
        .isEqualTo(fixtureSecretData("secret-ns-class-binding.json"));
  }

  @Test
  @DisplayName("a Secret the binding does not own is never overwritten (ErrorInjectingBindResult)")
  void refusesForeignSecret() {
    readyInstance("serviceinstance-ready-test-service-with-parameters.json", "foreign-instance");
    client.secrets().inNamespace(NS).resource(new SecretBuilder().withNewMetadata().withName("taken")
        .withNamespace(NS).endMetadata().withStringData(Map.of("mine", "keep")).build()).create();
    ServiceBinding binding = fromFixture("servicebinding-ready-test-service-plain.json", "foreign-binding",
        "foreign-instance");
    binding.getSpec().setSecretName("taken");
    client.resource(binding).create();

    ServiceBinding failed = awaitCondition("foreign-binding", "Ready", "False", "ErrorInjectingBindResult");
    assertThat(condition(failed.getStatus(), "Ready").getMessage()).contains("is not owned by ServiceBinding");
    assertThat(secretData("taken")).containsExactly(Map.entry("mine", "keep"));
  }

  @Test
  @DisplayName("deleting a binding unbinds, deletes its Secret and releases the finalizer")
  void deleteUnbinds() {
    readyInstance("serviceinstance-ready-test-service-with-parameters.json", "unbind-instance");
    client.resource(fromFixture("servicebinding-ready-test-service-plain.json", "doomed-binding", "unbind-instance"))
        .create();
    ServiceBinding ready = awaitCondition("doomed-binding", "Ready", "True", "InjectedBindResult");

    client.resources(ServiceBinding.class).inNamespace(NS).withName("doomed-binding").delete();

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(get("doomed-binding")).isNull();
      assertThat(client.secrets().inNamespace(NS).withName("doomed-binding").get()).isNull();
    });
    FakeBroker.Request delete = testBroker.requests("DELETE", "/service_bindings/" + ready.getSpec().getExternalID())
        .get(0);
    assertThat(delete.query()).contains("service_id=").contains("plan_id=");
  }
}
