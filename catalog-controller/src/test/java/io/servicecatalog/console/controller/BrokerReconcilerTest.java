package io.servicecatalog.console.controller;

import static io.servicecatalog.console.controller.ControllerTestSupport.awaitValue;
import static io.servicecatalog.console.controller.ControllerTestSupport.clusterBroker;
import static io.servicecatalog.console.controller.ControllerTestSupport.condition;
import static io.servicecatalog.console.controller.ControllerTestSupport.hasCondition;
import static io.servicecatalog.console.controller.ControllerTestSupport.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.BasicAuthConfig;
import io.servicecatalog.console.model.v1beta1.BearerTokenAuthConfig;
import io.servicecatalog.console.model.v1beta1.CatalogRestrictions;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerAuthInfo;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceClass;
import io.servicecatalog.console.model.v1beta1.ServicePlan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Brokers against the mock API server and loopback brokers: catalog → classes and plans, conditions, relists. */
@ExtendWith(MockApiServer.class)
class BrokerReconcilerTest {

  static KubernetesClient client;
  static CatalogController controller;

  private FakeBroker broker;

  @BeforeAll
  static void start() {
    ControllerTestSupport.installCrds(client);
    // One controller for the class: closing watches on the mock server can stall it, so it is closed only at the end.
    controller = CatalogController.start(client, ControllerTestSupport.fastOptions().build());
  }

  @AfterAll
  static void stop() {
    controller.close();
  }

  @BeforeEach
  void startBroker() {
    broker = FakeBroker.testBroker();
  }

  /** Deleting the brokers lets the controller remove their classes and plans, so the next test starts clean. */
  @AfterEach
  void deleteBrokers() {
    client.resources(ClusterServiceBroker.class).delete();
    client.resources(ServiceBroker.class).inAnyNamespace().delete();
    await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
      assertThat(client.resources(ClusterServiceBroker.class).list().getItems()).isEmpty();
      assertThat(client.resources(ClusterServiceClass.class).list().getItems()).isEmpty();
      assertThat(client.resources(ClusterServicePlan.class).list().getItems()).isEmpty();
      assertThat(client.resources(ServiceBroker.class).inAnyNamespace().list().getItems()).isEmpty();
      assertThat(client.resources(ServiceClass.class).inAnyNamespace().list().getItems()).isEmpty();
    });
    broker.close();
  }

  private ClusterServiceBroker getBroker(String name) {
    return client.resources(ClusterServiceBroker.class).withName(name).get();
  }

  private List<ClusterServiceClass> classesOf(String brokerName) {
    return client.resources(ClusterServiceClass.class).list().getItems().stream()
        .filter(c -> brokerName.equals(c.getSpec().getClusterServiceBrokerName())).toList();
  }

  private List<ClusterServicePlan> plansOf(String brokerName) {
    return client.resources(ClusterServicePlan.class).list().getItems().stream()
        .filter(c -> brokerName.equals(c.getSpec().getClusterServiceBrokerName())).toList();
  }

  private ClusterServiceBroker awaitReady(String name) {
    return awaitValue(() -> getBroker(name),
        b -> hasCondition(b.getStatus(), "Ready", "True", "FetchedCatalog"));
  }

  @Test
  @DisplayName("a ClusterServiceBroker becomes Ready/FetchedCatalog with the webhook defaults and one class per service")
  void clusterBrokerBecomesReady() {
    client.resource(clusterBroker("test-broker", broker.url())).create();

    ClusterServiceBroker ready = awaitReady("test-broker");

    ServiceCatalogCondition c = condition(ready.getStatus(), "Ready");
    assertThat(c.getMessage()).isEqualTo("Successfully fetched catalog entries from broker.");
    assertThat(ready.getStatus().getLastConditionState()).isEqualTo("Ready");
    assertThat(ready.getStatus().getReconciledGeneration()).isEqualTo(ready.getMetadata().getGeneration());
    assertThat(ready.getStatus().getLastCatalogRetrievalTime()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(ready.getStatus().getOperationStartTime()).isNull();
    assertThat(ready.getMetadata().getFinalizers()).containsExactly(ServiceCatalogKind.FINALIZER);
    assertThat(ready.getSpec().getRelistBehavior()).isEqualTo("Duration");
    assertThat(ready.getSpec().getRelistRequests()).isZero();
    assertThat(ready.getSpec().getRelistDuration()).isNull();

    awaitValue(() -> classesOf("test-broker"), l -> l.size() == 24);
    assertThat(plansOf("test-broker")).hasSize(25);
  }

  @Test
  @DisplayName("classes and plans carry the fixture's names, labels, owner reference, free flag and schemas")
  void classesAndPlansMatchFixtures() {
    client.resource(clusterBroker("test-broker", broker.url())).create();
    ClusterServiceBroker ready = awaitReady("test-broker");
    awaitValue(() -> plansOf("test-broker"), l -> l.size() == 25);

    JsonNode classFixture = ControllerTestSupport.fixture("clusterserviceclass-test-service-with-schemas.json");
    ClusterServiceClass serviceClass = client.resources(ClusterServiceClass.class)
        .withName("f485442d-319b-43d4-80ef-bdf7ae200b09").get();
    JsonNode actualClass = ControllerTestSupport.tree(serviceClass);
    assertThat(actualClass.get("spec")).isEqualTo(classFixture.get("spec"));
    assertThat(actualClass.at("/metadata/labels")).isEqualTo(classFixture.at("/metadata/labels"));
    assertThat(serviceClass.getMetadata().getOwnerReferences()).singleElement().satisfies(o -> {
      assertThat(o.getKind()).isEqualTo("ClusterServiceBroker");
      assertThat(o.getUid()).isEqualTo(ready.getMetadata().getUid());
      assertThat(o.getController()).isTrue();
      assertThat(o.getBlockOwnerDeletion()).isFalse();
    });
    assertThat(ControllerTestSupport.paths(actualClass)).isEqualTo(ControllerTestSupport.paths(classFixture));

    for (String name : List.of("clusterserviceplan-test-service-with-schemas-default.json",
        "clusterserviceplan-test-service-multiple-plans-premium-nonfree.json",
        "clusterserviceplan-test-service-multiple-plans-default-free.json")) {
      JsonNode planFixture = ControllerTestSupport.fixture(name);
      JsonNode actualPlan = ControllerTestSupport.tree(client.resources(ClusterServicePlan.class)
          .withName(planFixture.at("/metadata/name").asText()).get());
      assertThat(actualPlan.get("spec")).as(name).isEqualTo(planFixture.get("spec"));
      assertThat(actualPlan.at("/metadata/labels")).as(name).isEqualTo(planFixture.at("/metadata/labels"));
      assertThat(ControllerTestSupport.paths(actualPlan)).as(name).isEqualTo(ControllerTestSupport.paths(planFixture));
    }

    JsonNode brokerFixture = ControllerTestSupport.fixture("clusterservicebroker-test-broker-ready.json");
    JsonNode actualBroker = ControllerTestSupport.tree(ready);
    assertThat(ControllerTestSupport.paths(actualBroker)).isEqualTo(ControllerTestSupport.paths(brokerFixture));
  }

  @Test
  @DisplayName("a missing auth Secret gives Ready=False/ErrorFetchingCatalog with upstream's message and no start time")
  void missingAuthSecret() {
    ClusterServiceBroker b = clusterBroker("noauth-broker", broker.url());
    b.getSpec().setAuthInfo(basicAuth("fixtures", "missing-broker-auth"));
    client.resource(b).create();

    ClusterServiceBroker failed = awaitValue(() -> getBroker("noauth-broker"),
        x -> hasCondition(x.getStatus(), "Ready", "False", "ErrorFetchingCatalog"));

    JsonNode fixture = ControllerTestSupport.fixture("clusterservicebroker-missing-auth-secret-error.json");
    assertThat(condition(failed.getStatus(), "Ready").getMessage())
        .isEqualTo(fixture.at("/status/conditions/0/message").asText());
    assertThat(failed.getStatus().getLastConditionState()).isEqualTo("ErrorFetchingCatalog");
    assertThat(failed.getStatus().getReconciledGeneration()).isZero();
    assertThat(failed.getStatus().getOperationStartTime()).isNull();
    assertThat(ControllerTestSupport.paths(ControllerTestSupport.tree(failed)))
        .isEqualTo(ControllerTestSupport.paths(fixture));
  }

  @Test
  @DisplayName("an unreachable broker gives ErrorFetchingCatalog with operationStartTime set, then recovers")
  void deadBrokerThenRecovers() {
    ClusterServiceBroker b = clusterBroker("dead-broker", "http://127.0.0.1:1");
    client.resource(b).create();

    ClusterServiceBroker failed = awaitValue(() -> getBroker("dead-broker"),
        x -> hasCondition(x.getStatus(), "Ready", "False", "ErrorFetchingCatalog"));
    assertThat(condition(failed.getStatus(), "Ready").getMessage())
        .startsWith("Error fetching catalog.Error getting broker catalog: ");
    assertThat(failed.getStatus().getOperationStartTime()).isNotNull();
    assertThat(failed.getStatus().getReconciledGeneration()).isZero();
    assertThat(ControllerTestSupport.paths(ControllerTestSupport.tree(failed)))
        .isEqualTo(ControllerTestSupport.paths(
            ControllerTestSupport.fixture("clusterservicebroker-dead-url-error-fetching-catalog.json")));

    ControllerTestSupport.modify(client, ClusterServiceBroker.class, null, "dead-broker",
        x -> x.getSpec().setUrl(broker.url()));
    ClusterServiceBroker ready = awaitReady("dead-broker");
    assertThat(ready.getStatus().getOperationStartTime()).isNull();
    assertThat(ready.getStatus().getReconciledGeneration()).isEqualTo(ready.getMetadata().getGeneration());
  }

  @Test
  @DisplayName("basic and bearer credentials from Secrets are sent to the broker")
  void brokerAuthFromSecrets() {
    secret(client, "brokers", "basic-auth", Map.of("username", "alice", "password", "s3cret"));
    secret(client, "brokers", "bearer-auth", Map.of("token", "tok-123"));
    broker.requireBasic("alice", "s3cret");
    ClusterServiceBroker b = clusterBroker("basic-broker", broker.url());
    b.getSpec().setAuthInfo(basicAuth("brokers", "basic-auth"));
    client.resource(b).create();
    awaitReady("basic-broker");

    try (FakeBroker bearerBroker = FakeBroker.upsBroker()) {
      bearerBroker.requireBearer("tok-123");
      ClusterServiceBroker withBearer = clusterBroker("bearer-broker", bearerBroker.url());
      ServiceBrokerAuthInfo auth = new ServiceBrokerAuthInfo();
      BearerTokenAuthConfig bearer = new BearerTokenAuthConfig();
      bearer.setSecretRef(ref("brokers", "bearer-auth"));
      auth.setBearer(bearer);
      withBearer.getSpec().setAuthInfo(auth);
      client.resource(withBearer).create();
      awaitReady("bearer-broker");
      assertThat(classesOf("bearer-broker")).hasSize(3);
    }
  }

  @Test
  @DisplayName("a relistRequests bump refetches; dropped services are deleted or, when in use, marked removed")
  void relistRequestsAndRemovedFromCatalog() {
    ClusterServiceBroker b = clusterBroker("ups-broker", null);
    try (FakeBroker ups = FakeBroker.upsBroker()) {
      b.getSpec().setUrl(ups.url());
      b.getSpec().setRelistBehavior("Manual");
      client.resource(b).create();
      awaitReady("ups-broker");
      awaitValue(() -> classesOf("ups-broker"), l -> l.size() == 3);
      long fetches = ups.catalogFetches();

      // An instance uses the single-plan service, so that class must survive as removedFromBrokerCatalog.
      ControllerTestSupport.namespace(client, "relist");
      var instance = new io.servicecatalog.console.model.v1beta1.ServiceInstance();
      instance.getMetadata().setName("uses-single-plan");
      instance.getMetadata().setNamespace("relist");
      var spec = new io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec();
      var classRef = new io.servicecatalog.console.model.v1beta1.ClusterObjectReference();
      classRef.setName("5f6e6cf6-ffdd-425f-a2c7-3c9258ad2468");
      spec.setClusterServiceClassRef(classRef);
      instance.setSpec(spec);
      client.resource(instance).create();

      ObjectNode catalog = ups.catalog().deepCopy();
      ArrayNode services = (ArrayNode) catalog.get("services");
      services.remove(2);
      services.remove(1);
      ups.catalog(catalog);

      ControllerTestSupport.modify(client, ClusterServiceBroker.class, null, "ups-broker",
          current -> current.getSpec().setRelistRequests(1L));

      await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
        assertThat(ups.catalogFetches()).isGreaterThan(fetches);
        ClusterServiceClass kept = client.resources(ClusterServiceClass.class)
            .withName("5f6e6cf6-ffdd-425f-a2c7-3c9258ad2468").get();
        assertThat(kept).isNotNull();
        assertThat(kept.isRemovedFromBrokerCatalog()).isTrue();
        assertThat(client.resources(ClusterServiceClass.class).withName("8a6229d4-239e-4790-ba1f-8367004d0473")
            .get()).isNull();
        assertThat(client.resources(ClusterServiceClass.class).withName("4f6e6cf6-ffdd-425f-a2c7-3c9258ad2468")
            .get().isRemovedFromBrokerCatalog()).isFalse();
      });
      ClusterServiceBroker relisted = getBroker("ups-broker");
      assertThat(relisted.getStatus().getReconciledGeneration()).isEqualTo(relisted.getMetadata().getGeneration());
    }
  }

  @Test
  @DisplayName("relistBehavior Duration with a short relistDuration fetches the catalog again by itself")
  void relistDuration() {
    ClusterServiceBroker b = clusterBroker("timed-broker", broker.url());
    b.getSpec().setRelistDuration("300ms");
    client.resource(b).create();
    awaitReady("timed-broker");
    long first = broker.catalogFetches();
    await().atMost(Duration.ofSeconds(10)).until(() -> broker.catalogFetches() >= first + 2);
  }

  @Test
  @DisplayName("catalogRestrictions keep only the matching classes and plans")
  void catalogRestrictions() {
    ClusterServiceBroker b = clusterBroker("restricted-broker", broker.url());
    CatalogRestrictions restrictions = new CatalogRestrictions();
    restrictions.setServiceClass(List.of("spec.externalName in (test-service, test-service-multiple-plans)"));
    restrictions.setServicePlan(List.of("spec.free==true"));
    b.getSpec().setCatalogRestrictions(restrictions);
    client.resource(b).create();
    awaitReady("restricted-broker");

    List<ClusterServiceClass> classes = awaitValue(() -> classesOf("restricted-broker"), l -> l.size() == 2);
    assertThat(classes).extracting(c -> c.getSpec().getExternalName())
        .containsExactlyInAnyOrder("test-service", "test-service-multiple-plans");
    assertThat(plansOf("restricted-broker")).extracting(p -> p.getSpec().getExternalName())
        .containsExactlyInAnyOrder("default", "default");
  }

  @Test
  @DisplayName("a namespaced ServiceBroker writes ServiceClasses and ServicePlans in its namespace, without owners")
  void namespacedBroker() {
    try (FakeBroker ups = FakeBroker.upsBroker()) {
      ControllerTestSupport.namespace(client, "fixtures");
      ServiceBroker b = new ServiceBroker();
      b.getMetadata().setName("ns-ups-broker");
      b.getMetadata().setNamespace("fixtures");
      ServiceBrokerSpec spec = new ServiceBrokerSpec();
      spec.setUrl(ups.url());
      b.setSpec(spec);
      client.resource(b).create();

      ServiceBroker ready = awaitValue(
          () -> client.resources(ServiceBroker.class).inNamespace("fixtures").withName("ns-ups-broker").get(),
          x -> hasCondition(x.getStatus(), "Ready", "True", "FetchedCatalog"));
      List<ServicePlan> plans = awaitValue(
          () -> client.resources(ServicePlan.class).inNamespace("fixtures").list().getItems(), l -> l.size() == 4);

      JsonNode classFixture = ControllerTestSupport.fixture("serviceclass-user-provided-service-namespaced.json");
      ServiceClass serviceClass = client.resources(ServiceClass.class).inNamespace("fixtures")
          .withName("4f6e6cf6-ffdd-425f-a2c7-3c9258ad2468").get();
      JsonNode actual = ControllerTestSupport.tree(serviceClass);
      assertThat(actual.get("spec")).isEqualTo(classFixture.get("spec"));
      assertThat(ControllerTestSupport.paths(actual)).isEqualTo(ControllerTestSupport.paths(classFixture));
      for (String name : List.of("serviceplan-user-provided-service-premium-namespaced.json",
          "serviceplan-user-provided-service-with-schemas-default-namespaced.json")) {
        JsonNode planFixture = ControllerTestSupport.fixture(name);
        JsonNode plan = ControllerTestSupport.tree(plans.stream()
            .filter(p -> p.getMetadata().getName().equals(planFixture.at("/metadata/name").asText())).findFirst()
            .orElseThrow());
        assertThat(plan.get("spec")).as(name).isEqualTo(planFixture.get("spec"));
        assertThat(plan.at("/metadata/labels")).as(name).isEqualTo(planFixture.at("/metadata/labels"));
        assertThat(ControllerTestSupport.paths(plan)).as(name).isEqualTo(ControllerTestSupport.paths(planFixture));
      }
      assertThat(ControllerTestSupport.paths(ControllerTestSupport.tree(ready))).isEqualTo(
          ControllerTestSupport.paths(ControllerTestSupport.fixture("servicebroker-ns-ups-broker-ready.json")));
    }
  }

  @Test
  @DisplayName("deleting a broker deletes its classes and plans and releases the finalizer")
  void deleteBroker() {
    client.resource(clusterBroker("doomed-broker", broker.url())).create();
    awaitReady("doomed-broker");
    awaitValue(() -> plansOf("doomed-broker"), l -> l.size() == 25);

    client.resources(ClusterServiceBroker.class).withName("doomed-broker").delete();

    await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
      assertThat(getBroker("doomed-broker")).isNull();
      assertThat(classesOf("doomed-broker")).isEmpty();
      assertThat(plansOf("doomed-broker")).isEmpty();
    });
  }

  private static ServiceBrokerAuthInfo basicAuth(String namespace, String name) {
    ServiceBrokerAuthInfo auth = new ServiceBrokerAuthInfo();
    BasicAuthConfig basic = new BasicAuthConfig();
    basic.setSecretRef(ref(namespace, name));
    auth.setBasic(basic);
    return auth;
  }

  private static ObjectReference ref(String namespace, String name) {
    ObjectReference ref = new ObjectReference();
    ref.setNamespace(namespace);
    ref.setName(name);
    return ref;
  }
}
