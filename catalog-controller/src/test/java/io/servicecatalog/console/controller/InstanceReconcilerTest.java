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
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.LocalObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBindingSpec;
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
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Instances through their whole lifecycle against the mock API server and loopback brokers that behave like the
 * upstream test-broker and ups-broker; conditions, reasons and status fields are compared with the fixtures the
 * real controller wrote.
 */
@ExtendWith(MockApiServer.class)
class InstanceReconcilerTest {

  static final String NS = "fixtures";

  static KubernetesClient client;
  static FakeBroker testBroker;
  static FakeBroker upsBroker;
  static CatalogController controller;
  static StatusHistory history;

  @BeforeAll
  static void startBrokersAndController() {
    ControllerTestSupport.installCrds(client);
    ControllerTestSupport.namespace(client, NS);
    testBroker = FakeBroker.testBroker();
    upsBroker = FakeBroker.upsBroker();
    history = new StatusHistory(client, NS);
    controller = CatalogController.start(client, ControllerTestSupport.fastOptions()
        .reconciliationRetryDuration(Duration.ofSeconds(3)).build());
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
    history.close();
    controller.close();
    testBroker.close();
    upsBroker.close();
  }

  /** A new instance with the fixture's spec as a user would have written it (no refs). */
  static ServiceInstance fromFixture(String fixtureName, String name) {
    JsonNode fixture = fixture(fixtureName);
    ObjectNode spec = fixture.get("spec").deepCopy();
    spec.remove(List.of("clusterServiceClassRef", "clusterServicePlanRef", "serviceClassRef", "servicePlanRef",
        "externalID", "updateRequests"));
    ObjectNode node = ControllerTestSupport.JSON.createObjectNode();
    node.put("apiVersion", ServiceCatalogKind.API_VERSION).put("kind", "ServiceInstance");
    node.putObject("metadata").put("name", name).put("namespace", NS);
    node.set("spec", spec);
    return ControllerTestSupport.JSON.convertValue(node, ServiceInstance.class);
  }

  static ServiceInstance modify(String name, java.util.function.Consumer<ServiceInstance> change) {
    return ControllerTestSupport.modify(client, ServiceInstance.class, NS, name, change);
  }

  static ServiceInstance get(String name) {
    return client.resources(ServiceInstance.class).inNamespace(NS).withName(name).get();
  }

  static ServiceInstance awaitCondition(String name, String type, String status, String reason) {
    return awaitValue(() -> get(name), i -> hasCondition(i.getStatus(), type, status, reason));
  }

  /** Same conditions as the fixture: type, status, reason and message, in order. */
  static void assertConditionsLike(ServiceInstance actual, JsonNode fixture) {
    JsonNode expected = fixture.at("/status/conditions");
    List<ServiceCatalogCondition> conditions = actual.getStatus().getConditions();
    assertThat(conditions).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(conditions.get(i).getType()).isEqualTo(expected.get(i).get("type").asText());
      assertThat(conditions.get(i).getStatus()).isEqualTo(expected.get(i).get("status").asText());
      assertThat(conditions.get(i).getReason()).isEqualTo(expected.get(i).get("reason").asText());
      assertThat(conditions.get(i).getMessage()).isEqualTo(expected.get(i).get("message").asText());
    }
    assertThat(actual.getStatus().getLastConditionState())
        .isEqualTo(fixture.at("/status/lastConditionState").asText());
  }

  static void assertSamePaths(Object actual, Object expected) {
    assertThat(statusPaths(actual)).containsExactlyInAnyOrderElementsOf(statusPaths(expected));
  }

  static TreeSet<String> statusPaths(JsonNode node) {
    TreeSet<String> all = paths(node);
    all.removeIf(p -> !p.startsWith("/status") && !p.startsWith("/spec") && !p.startsWith("/metadata"));
    return all;
  }

  static TreeSet<String> statusPaths(Object o) {
    TreeSet<String> all = o instanceof JsonNode n ? paths(n) : paths(tree(o));
    all.removeIf(p -> !p.startsWith("/status") && !p.startsWith("/spec") && !p.startsWith("/metadata"));
    return all;
  }

  @Test
  @DisplayName("test-service provisions synchronously: refs, labels, generation 2, externalProperties as the fixture")
  void provisionSynchronously() {
    JsonNode fixture = fixture("serviceinstance-ready-test-service-with-parameters.json");
    client.resource(fromFixture("serviceinstance-ready-test-service-with-parameters.json", "test-instance"))
        .create();

    ServiceInstance ready = awaitCondition("test-instance", "Ready", "True", "ProvisionedSuccessfully");

    assertConditionsLike(ready, fixture);
    assertThat(ready.getMetadata().getGeneration()).isEqualTo(2L);
    assertThat(ready.getStatus().getObservedGeneration()).isEqualTo(2L);
    assertThat(ready.getStatus().getReconciledGeneration()).isEqualTo(2L);
    assertThat(tree(ready.getSpec()).get("clusterServiceClassRef")).isEqualTo(fixture.at("/spec/clusterServiceClassRef"));
    assertThat(tree(ready.getSpec()).get("clusterServicePlanRef")).isEqualTo(fixture.at("/spec/clusterServicePlanRef"));
    assertThat(tree(ready.getMetadata()).get("labels")).isEqualTo(fixture.at("/metadata/labels"));
    assertThat(ready.getMetadata().getFinalizers()).containsExactly(ServiceCatalogKind.FINALIZER);
    assertThat(ready.getSpec().getExternalID()).matches("[0-9a-f-]{36}");
    assertThat(tree(ready.getStatus().getExternalProperties())).isEqualTo(fixture.at("/status/externalProperties"));
    assertSamePaths(ready, fixture);

    FakeBroker.Request put = testBroker.requests("PUT", "/v2/service_instances/" + ready.getSpec().getExternalID())
        .get(0);
    assertThat(put.body().get("context")).isEqualTo(ControllerTestSupport.JSON.createObjectNode()
        .put("platform", "kubernetes").put("namespace", NS).put("clusterid", "test-cluster")
        .put("instance_name", "test-instance"));
    assertThat(put.body().get("parameters")).isEqualTo(fixture.at("/spec/parameters"));
    assertThat(put.query()).contains("accepts_incomplete=true");
    String identity = put.header("X-Broker-API-Originating-Identity");
    assertThat(identity).startsWith("kubernetes ");
    assertThat(new String(Base64.getDecoder().decode(identity.substring("kubernetes ".length())),
        StandardCharsets.UTF_8)).contains("\"username\":\"admin\"");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(history.states("test-instance")).containsSubsequence("ProvisionRequestInFlight", "Ready"));
  }

  @Test
  @DisplayName("a class that does not exist gives ReferencesNonexistentServiceClass, no refs, generation 1")
  void nonexistentClass() {
    JsonNode fixture = fixture("serviceinstance-references-nonexistent-class.json");
    client.resource(fromFixture("serviceinstance-references-nonexistent-class.json", "noclass-instance")).create();

    ServiceInstance failed = awaitCondition("noclass-instance", "Ready", "False",
        "ReferencesNonexistentServiceClass");

    assertConditionsLike(failed, fixture);
    assertThat(failed.getStatus().getObservedGeneration()).isEqualTo(failed.getMetadata().getGeneration());
    assertThat(failed.getSpec().getClusterServiceClassRef()).isNull();
    assertSamePaths(failed, fixture);
  }

  @Test
  @DisplayName("a plan that does not exist gives ReferencesNonexistentServicePlan with upstream's message")
  void nonexistentPlan() {
    JsonNode fixture = fixture("serviceinstance-references-nonexistent-plan.json");
    client.resource(fromFixture("serviceinstance-references-nonexistent-plan.json", "noplan-instance")).create();

    ServiceInstance failed = awaitCondition("noplan-instance", "Ready", "False", "ReferencesNonexistentServicePlan");

    assertConditionsLike(failed, fixture);
    assertThat(failed.getStatus().getObservedGeneration()).isEqualTo(failed.getMetadata().getGeneration());
    assertThat(failed.getSpec().getClusterServiceClassRef()).isNull();
    assertSamePaths(failed, fixture);
  }

  @Test
  @DisplayName("provision answered 400 is final: ProvisionCallFailed + Failed/ClusterServiceBrokerReturnedFailure")
  void provisionFails400() {
    JsonNode fixture = fixture("serviceinstance-failed-provision-400.json");
    client.resource(fromFixture("serviceinstance-failed-provision-400.json", "fail400-instance")).create();

    ServiceInstance failed = awaitCondition("fail400-instance", "Failed", "True",
        "ClusterServiceBrokerReturnedFailure");

    assertConditionsLike(failed, fixture);
    assertThat(failed.getStatus().getProvisionStatus()).isEmpty();
    assertThat(failed.getStatus().getDeprovisionStatus()).isEqualTo("NotRequired");
    assertThat(failed.getStatus().getReconciledGeneration()).isZero();
    assertSamePaths(failed, fixture);
    int puts = testBroker.requests("PUT", failed.getSpec().getExternalID()).size();
    assertThat(puts).isEqualTo(1);
  }

  @Test
  @DisplayName("provision answered 500 starts orphan mitigation, deprovisions, then retries with backoff")
  void provisionFails500WithOrphanMitigation() {
    client.resource(fromFixture("serviceinstance-provision-500-orphan-mitigation-in-progress.json",
        "fail500-instance")).create();

    ServiceInstance mitigated = awaitCondition("fail500-instance", "Ready", "False", "OrphanMitigationSuccessful");
    JsonNode successFixture = fixture("serviceinstance-provision-500-orphan-mitigation-successful-retrying.json");
    assertConditionsLike(mitigated, successFixture);
    assertThat(mitigated.getStatus().getDeprovisionStatus()).isEqualTo("Succeeded");
    assertThat(mitigated.getStatus().getProvisionStatus()).isEqualTo("NotProvisioned");

    ServiceInstance inProgress = awaitValue(() -> history.firstInstance("fail500-instance",
        i -> i.getStatus() != null && Boolean.TRUE.equals(i.getStatus().getOrphanMitigationInProgress())), i -> true);
    JsonNode inProgressFixture = fixture("serviceinstance-provision-500-orphan-mitigation-in-progress.json");
    assertConditionsLike(inProgress, inProgressFixture);
    assertSamePaths(inProgress, inProgressFixture);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(history.states("fail500-instance")).containsSubsequence("ProvisionRequestInFlight",
        "OrphanMitigation", "OrphanMitigationSuccessful", "ProvisionRequestInFlight"));
    await().atMost(Duration.ofSeconds(10)).until(() ->
        testBroker.requests("DELETE", mitigated.getSpec().getExternalID()).size() >= 2);
  }

  @Test
  @DisplayName("a broker that fails once with 500 is mitigated and the instance then provisions")
  void transient500Recovers() {
    testBroker.provisionFailures.put("test-service-multiple-plans", new java.util.concurrent.atomic.AtomicInteger(1));
    ServiceInstance instance = fromFixture("serviceinstance-multiplan-ready-default-before-update.json",
        "recovering-instance");
    client.resource(instance).create();

    ServiceInstance ready = awaitCondition("recovering-instance", "Ready", "True", "ProvisionedSuccessfully");
    assertThat(ready.getStatus().getConditions()).hasSize(1);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(history.states("recovering-instance")).containsSubsequence("OrphanMitigation",
        "OrphanMitigationSuccessful", "Ready"));
  }

  @Test
  @DisplayName("async provision polls last_operation (Provisioning with the broker's description) until Ready")
  void asyncProvision() {
    JsonNode fixture = fixture("serviceinstance-async-provision-in-progress.json");
    client.resource(fromFixture("serviceinstance-async-provision-in-progress.json", "async-instance")).create();

    ServiceInstance ready = awaitCondition("async-instance", "Ready", "True", "ProvisionedSuccessfully");
    assertConditionsLike(ready, fixture("serviceinstance-async-provision-ready.json"));
    assertSamePaths(ready, fixture("serviceinstance-async-provision-ready.json"));

    ServiceInstance polling = awaitValue(() -> history.firstInstance("async-instance", i -> i.getStatus() != null
        && condition(i.getStatus(), "Ready") != null
        && condition(i.getStatus(), "Ready").getMessage().endsWith("(Operation still in progress...)")), i -> true);
    assertConditionsLike(polling, fixture);
    assertThat(polling.getStatus().getLastOperation()).isEqualTo("provision");
    assertThat(polling.getStatus().getCurrentOperation()).isEqualTo("Provision");
    assertThat(polling.getStatus().getInProgressProperties().getParameterChecksum())
        .isEqualTo(fixture.at("/status/inProgressProperties/parameterChecksum").asText());
    assertSamePaths(polling, fixture);
    assertThat(testBroker.requests("GET", "last_operation").get(0).query()).contains("operation=provision");
  }

  @Test
  @DisplayName("a Retry-After on last_operation is honoured before the next poll")
  void retryAfterIsHonoured() {
    testBroker.retryAfterSeconds = 1;
    try {
      client.resource(fromFixture("serviceinstance-async-provision-in-progress.json", "retry-after-instance"))
          .create();
      ServiceInstance ready = awaitCondition("retry-after-instance", "Ready", "True", "ProvisionedSuccessfully");
      List<FakeBroker.Request> polls = testBroker.requests("GET",
          ready.getSpec().getExternalID() + "/last_operation");
      assertThat(polls).hasSizeGreaterThanOrEqualTo(2);
      assertThat(Duration.ofNanos(polls.get(1).nanos() - polls.get(0).nanos()))
          .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    } finally {
      testBroker.retryAfterSeconds = null;
    }
  }

  @Test
  @DisplayName("async provision that fails starts orphan mitigation with Failed and OrphanMitigation conditions")
  void asyncProvisionFails() {
    client.resource(fromFixture("serviceinstance-async-provision-fail-in-progress.json",
        "async-provision-fail-instance")).create();

    JsonNode deprovisioning = fixture(
        "serviceinstance-async-provision-failed-orphan-mitigation-async-deprovisioning.json");
    JsonNode callFailed = fixture(
        "serviceinstance-async-provision-failed-orphan-mitigation-deprovision-call-failed.json");
    awaitCondition("async-provision-fail-instance", "Ready", "Unknown", "DeprovisionCallFailed");
    ServiceInstance failedDeprovision = awaitValue(() -> history.firstInstance("async-provision-fail-instance",
        i -> hasCondition(i.getStatus(), "Ready", "Unknown", "DeprovisionCallFailed")), i -> true);
    assertConditionsLike(failedDeprovision, callFailed);
    assertSamePaths(failedDeprovision, callFailed);

    ServiceInstance polling = awaitValue(() -> history.firstInstance("async-provision-fail-instance",
        i -> i.getStatus() != null && "deprovision".equals(i.getStatus().getLastOperation())), i -> true);
    assertThat(polling.getStatus().getCurrentOperation()).isEqualTo("Provision");
    assertThat(polling.getStatus().getConditions()).extracting(ServiceCatalogCondition::getType)
        .containsExactly("Ready", "Failed", "OrphanMitigation");
    assertThat(polling.getStatus().getLastConditionState()).isEqualTo("OrphanMitigation");
    assertSamePaths(polling, deprovisioning);
  }

  @Test
  @DisplayName("changing the plan updates the instance; an updateRequests bump sends another update")
  void planChangeAndUpdateRequests() {
    client.resource(fromFixture("serviceinstance-multiplan-ready-default-before-update.json", "multiplan-instance"))
        .create();
    ServiceInstance ready = awaitCondition("multiplan-instance", "Ready", "True", "ProvisionedSuccessfully");
    assertConditionsLike(ready, fixture("serviceinstance-multiplan-ready-default-before-update.json"));

    modify("multiplan-instance", i -> i.getSpec().setClusterServicePlanExternalName("premium"));
    ServiceInstance updated = awaitCondition("multiplan-instance", "Ready", "True", "InstanceUpdatedSuccessfully");
    JsonNode fixture = fixture("serviceinstance-multiplan-updated-to-premium.json");
    assertConditionsLike(updated, fixture);
    assertThat(updated.getStatus().getUserSpecifiedPlanName()).isEqualTo("premium");
    assertThat(tree(updated.getStatus().getExternalProperties())).isEqualTo(fixture.at("/status/externalProperties"));
    assertThat(tree(updated.getSpec().getClusterServicePlanRef())).isEqualTo(fixture.at("/spec/clusterServicePlanRef"));
    assertThat(updated.getStatus().getReconciledGeneration()).isEqualTo(updated.getMetadata().getGeneration());
    assertSamePaths(updated, fixture);
    FakeBroker.Request patch = testBroker.requests("PATCH", updated.getSpec().getExternalID()).get(0);
    assertThat(patch.body().get("plan_id").asText()).isEqualTo("e251a5bb-3266-4391-bdde-be9e87bffe2f");
    assertThat(patch.body().at("/previous_values/plan_id").asText()).isNotEmpty();

    modify("multiplan-instance", i -> i.getSpec().setUpdateRequests(1L));
    await().atMost(Duration.ofSeconds(10)).until(() ->
        testBroker.requests("PATCH", updated.getSpec().getExternalID()).size() == 2);
    ServiceInstance touched = awaitValue(() -> get("multiplan-instance"), i ->
        i.getStatus().getReconciledGeneration().equals(i.getMetadata().getGeneration())
            && hasCondition(i.getStatus(), "Ready", "True", "InstanceUpdatedSuccessfully"));
    assertConditionsLike(touched, fixture("serviceinstance-multiplan-updaterequests-bumped.json"));
  }

  @Test
  @DisplayName("a plan change is refused when the class is not plan-updatable, without calling the broker")
  void planChangeRefusedWhenNotUpdatable() throws Exception {
    JsonNode catalog = ControllerTestSupport.JSON.readTree("{\"services\":[{\"name\":\"fixed-plan-service\","
        + "\"id\":\"fixed-svc\",\"description\":\"d\",\"bindable\":true,\"plan_updateable\":false,"
        + "\"plans\":[{\"id\":\"fixed-small\",\"name\":\"small\",\"description\":\"s\"},"
        + "{\"id\":\"fixed-large\",\"name\":\"large\",\"description\":\"l\"}]}]}");
    try (FakeBroker fixed = FakeBroker.start(catalog)) {
      client.resource(clusterBroker("fixed-broker", fixed.url())).create();
      awaitValue(() -> client.resources(ClusterServiceClass.class).withName("fixed-svc").get(), c -> true);
      ServiceInstance instance = fromFixture("serviceinstance-multiplan-ready-default-before-update.json",
          "fixed-plan-instance");
      instance.getSpec().setClusterServiceClassExternalName("fixed-plan-service");
      instance.getSpec().setClusterServicePlanExternalName("small");
      client.resource(instance).create();
      ServiceInstance ready = awaitCondition("fixed-plan-instance", "Ready", "True", "ProvisionedSuccessfully");

      modify("fixed-plan-instance", i -> i.getSpec().setClusterServicePlanExternalName("large"));

      ServiceInstance refused = awaitCondition("fixed-plan-instance", "Failed", "True", "UpdateInstanceCallFailed");
      assertThat(condition(refused.getStatus(), "Failed").getMessage())
          .contains("fixed-plan-service does not allow plan changes");
      assertThat(fixed.requests("PATCH", ready.getSpec().getExternalID())).isEmpty();
      assertThat(refused.getStatus().getExternalProperties().getClusterServicePlanExternalName()).isEqualTo("small");
    }
  }

  @Test
  @DisplayName("an update answered 400 is final and keeps the old externalProperties")
  void updateFails400() {
    JsonNode fixture = fixture("serviceinstance-update-failed-400.json");
    ServiceInstance instance = fromFixture("serviceinstance-update-failed-400.json", "update-fail400-instance");
    ((ObjectNode) instance.getSpec().getParameters()).put("param-1", "before");
    client.resource(instance).create();
    ServiceInstance ready = awaitCondition("update-fail400-instance", "Ready", "True", "ProvisionedSuccessfully");

    modify("update-fail400-instance", i -> i.getSpec().setParameters(fixture.at("/spec/parameters")));
    ServiceInstance failed = awaitCondition("update-fail400-instance", "Failed", "True", "UpdateInstanceCallFailed");

    assertConditionsLike(failed, fixture);
    assertThat(failed.getStatus().getExternalProperties().getParameters().get("param-1").asText())
        .isEqualTo("before");
    assertThat(failed.getStatus().getReconciledGeneration()).isLessThan(failed.getMetadata().getGeneration());
    assertThat(failed.getStatus().getObservedGeneration()).isEqualTo(failed.getMetadata().getGeneration());
    assertSamePaths(failed, fixture);
  }

  @Test
  @DisplayName("an async update shows UpdatingInstance and ends InstanceUpdatedSuccessfully")
  void asyncUpdate() {
    client.resource(fromFixture("serviceinstance-async-provision-ready.json", "async-update-instance")).create();
    ServiceInstance ready = awaitCondition("async-update-instance", "Ready", "True", "ProvisionedSuccessfully");
    JsonNode parameters = fixture("serviceinstance-async-update-in-progress.json").at("/spec/parameters");
    modify("async-update-instance", i -> i.getSpec().setParameters(parameters));

    ServiceInstance updated = awaitCondition("async-update-instance", "Ready", "True", "InstanceUpdatedSuccessfully");
    assertConditionsLike(updated, fixture("serviceinstance-async-update-done-ready.json"));
    ServiceInstance updating = awaitValue(() -> history.firstInstance("async-update-instance",
        i -> i.getStatus() != null && "update".equals(i.getStatus().getLastOperation())), i -> true);
    JsonNode updatingFixture = fixture("serviceinstance-async-update-in-progress.json");
    assertThat(updating.getStatus().getCurrentOperation()).isEqualTo("Update");
    assertSamePaths(updating, updatingFixture);
    assertThat(updated.getStatus().getExternalProperties().getParameters()).isEqualTo(parameters);
  }

  @Test
  @DisplayName("parametersFrom Secrets are merged for the broker and shown as <redacted> in status")
  void parametersFromSecret() {
    JsonNode fixture = fixture("serviceinstance-ready-parametersfrom-secret.json");
    ControllerTestSupport.secret(client, NS, "instance-params", Map.of("parameters",
        "{\"param-2\":\"value-from-secret\",\"credentials\":{\"dbuser\":\"from-secret\",\"dbpass\":\"hunter2\"}}"));
    client.resource(fromFixture("serviceinstance-ready-parametersfrom-secret.json", "paramsfrom-instance")).create();

    ServiceInstance ready = awaitCondition("paramsfrom-instance", "Ready", "True", "ProvisionedSuccessfully");

    assertThat(tree(ready.getStatus().getExternalProperties())).isEqualTo(fixture.at("/status/externalProperties"));
    FakeBroker.Request put = testBroker.requests("PUT", ready.getSpec().getExternalID()).get(0);
    assertThat(put.body().at("/parameters/credentials/dbpass").asText()).isEqualTo("hunter2");
    assertThat(put.body().at("/parameters/param-1").asText()).isEqualTo("inline-value-1");
  }

  @Test
  @DisplayName("a missing parametersFrom Secret gives ErrorWithParameters and provisions once it exists")
  void missingParametersSecret() {
    ServiceInstance instance = fromFixture("serviceinstance-ready-parametersfrom-secret.json", "late-params");
    instance.getSpec().getParametersFrom().get(0).getSecretKeyRef().setName("late-secret");
    client.resource(instance).create();
    ServiceInstance waiting = awaitCondition("late-params", "Ready", "False", "ErrorWithParameters");
    assertThat(condition(waiting.getStatus(), "Ready").getMessage()).contains("late-secret");

    ControllerTestSupport.secret(client, NS, "late-secret", Map.of("parameters", "{\"param-2\":\"v\"}"));
    awaitCondition("late-params", "Ready", "True", "ProvisionedSuccessfully");
  }

  @Test
  @DisplayName("a namespaced class is resolved to serviceClassRef/servicePlanRef and a ServiceClass/ name")
  void namespacedClass() {
    JsonNode fixture = fixture("serviceinstance-ready-namespaced-serviceclass.json");
    client.resource(fromFixture("serviceinstance-ready-namespaced-serviceclass.json", "ns-class-instance"))
        .create();

    ServiceInstance ready = awaitCondition("ns-class-instance", "Ready", "True", "ProvisionedSuccessfully");

    assertConditionsLike(ready, fixture);
    assertThat(tree(ready.getMetadata()).get("labels")).isEqualTo(fixture.at("/metadata/labels"));
    assertThat(ready.getStatus().getUserSpecifiedClassName()).isEqualTo("ServiceClass/user-provided-service");
    assertSamePaths(ready, fixture);
  }

  @Test
  @DisplayName("a class with one plan needs no plan name: the plan is defaulted")
  void defaultPlan() {
    ServiceInstance instance = fromFixture("serviceinstance-ready-ups-credentials-parameters.json", "single-plan");
    instance.getSpec().setClusterServiceClassExternalName("user-provided-service-single-plan");
    instance.getSpec().setClusterServicePlanExternalName(null);
    client.resource(instance).create();

    ServiceInstance ready = awaitCondition("single-plan", "Ready", "True", "ProvisionedSuccessfully");
    assertThat(ready.getSpec().getClusterServicePlanExternalName()).isEqualTo("default");
    assertThat(ready.getStatus().getUserSpecifiedPlanName()).isEqualTo("default");
    assertThat(ready.getSpec().getClusterServicePlanRef().getName()).isEqualTo(
        "96064792-7ea2-467b-af93-ac9694d96d52");
  }

  @Test
  @DisplayName("mixing cluster and namespaced class fields is refused with a message saying what to fix")
  void mixedReferences() {
    ServiceInstance instance = fromFixture("serviceinstance-ready-namespaced-serviceclass.json", "mixed-refs");
    instance.getSpec().setClusterServicePlanExternalName("default");
    client.resource(instance).create();
    ServiceInstance refused = awaitCondition("mixed-refs", "Ready", "False", "ReferencesNonexistentServiceClass");
    assertThat(condition(refused.getStatus(), "Ready").getMessage()).contains("but not both");
  }

  @Test
  @DisplayName("deleting deprovisions with service_id and plan_id, then releases the finalizer")
  void deleteDeprovisions() {
    client.resource(fromFixture("serviceinstance-ready-test-service-with-parameters.json", "doomed-instance"))
        .create();
    ServiceInstance ready = awaitCondition("doomed-instance", "Ready", "True", "ProvisionedSuccessfully");

    client.resources(ServiceInstance.class).inNamespace(NS).withName(ready.getMetadata().getName()).delete();

    await().atMost(Duration.ofSeconds(10)).until(() -> get("doomed-instance") == null);
    FakeBroker.Request delete = testBroker.requests("DELETE", ready.getSpec().getExternalID()).get(0);
    assertThat(delete.query()).contains("service_id=2f2e85b5-030d-4776-ba7e-e26eb312f10f")
        .contains("plan_id=35b6030d-f81e-49cd-9d1f-2f5eaec57048").contains("accepts_incomplete=true");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(history.states("doomed-instance")).containsSubsequence("Ready", "DeprovisionRequestInFlight",
        "DeprovisionedSuccessfully"));
  }

  @Test
  @DisplayName("an async deprovision is polled until the instance is gone")
  void asyncDeprovision() {
    client.resource(fromFixture("serviceinstance-async-provision-ready.json", "async-doomed")).create();
    ServiceInstance ready = awaitCondition("async-doomed", "Ready", "True", "ProvisionedSuccessfully");
    client.resources(ServiceInstance.class).inNamespace(NS).withName(ready.getMetadata().getName()).delete();
    await().atMost(Duration.ofSeconds(10)).until(() -> get("async-doomed") == null);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(history.states("async-doomed")).containsSubsequence("DeprovisionRequestInFlight", "Deprovisioning",
        "DeprovisionedSuccessfully"));
  }

  @Test
  @DisplayName("deletion waits while bindings exist (DeprovisionBlockedByExistingCredentials)")
  void deleteBlockedByBindings() {
    client.resource(fromFixture("serviceinstance-ready-test-service-with-parameters.json", "bound-instance"))
        .create();
    ServiceInstance ready = awaitCondition("bound-instance", "Ready", "True", "ProvisionedSuccessfully");
    ServiceBinding binding = new ServiceBinding();
    binding.getMetadata().setName("blocking-binding");
    binding.getMetadata().setNamespace(NS);
    ServiceBindingSpec spec = new ServiceBindingSpec();
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName("bound-instance");
    spec.setInstanceRef(ref);
    binding.setSpec(spec);
    client.resource(binding).create();

    client.resources(ServiceInstance.class).inNamespace(NS).withName(ready.getMetadata().getName()).delete();
    ServiceInstance blocked = awaitCondition("bound-instance", "Ready", "False",
        "DeprovisionBlockedByExistingCredentials");
    assertThat(condition(blocked.getStatus(), "Ready").getMessage())
        .isEqualTo("All associated ServiceBindings must be removed before this ServiceInstance can be deleted");

    client.resources(ServiceBinding.class).inNamespace(NS).withName("blocking-binding").delete();
    await().atMost(Duration.ofSeconds(10)).until(() -> get("bound-instance") == null);
  }

  @Test
  @DisplayName("a failing deprovision is retried (Ready=Unknown/DeprovisionCallFailed) until the retry duration ends")
  void deprovisionFailsUntilRetryTimeout() {
    JsonNode retrying = fixture("serviceinstance-deleting-deprovision-fail500-retrying.json");
    client.resource(fromFixture("serviceinstance-deprovision-fail500-ready-before-delete.json", "deprov-fail500"))
        .create();
    ServiceInstance ready = awaitCondition("deprov-fail500", "Ready", "True", "ProvisionedSuccessfully");
    assertConditionsLike(ready, fixture("serviceinstance-deprovision-fail500-ready-before-delete.json"));
    client.resources(ServiceInstance.class).inNamespace(NS).withName(ready.getMetadata().getName()).delete();

    ServiceInstance failing = awaitCondition("deprov-fail500", "Ready", "Unknown", "DeprovisionCallFailed");
    assertConditionsLike(failing, retrying);
    assertSamePaths(failing, retrying);

    ServiceInstance stuck = awaitCondition("deprov-fail500", "Failed", "True", "ErrorReconciliationRetryTimeout");
    JsonNode stuckFixture = fixture("serviceinstance-deleting-deprovision-failed-retry-timeout-stuck.json");
    assertThat(stuck.getStatus().getDeprovisionStatus()).isEqualTo("Failed");
    assertThat(stuck.getStatus().getLastConditionState()).isEqualTo("Failed");
    assertThat(condition(stuck.getStatus(), "Failed").getMessage())
        .isEqualTo(stuckFixture.at("/status/conditions/1/message").asText());
    assertThat(stuck.getMetadata().getFinalizers()).contains(ServiceCatalogKind.FINALIZER);
    assertSamePaths(stuck, stuckFixture);
  }
}
