package io.servicecatalog.console.controller;

import static io.servicecatalog.console.controller.ControllerTestSupport.awaitValue;
import static io.servicecatalog.console.controller.ControllerTestSupport.clusterBroker;
import static io.servicecatalog.console.controller.ControllerTestSupport.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerStatus;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Starting and stopping the controller, the namespaces it watches, and detecting another controller. */
@EnableKubernetesMockClient(crud = true, https = false)
class ControllerLifecycleTest {

  static KubernetesClient client;

  @BeforeAll
  static void crds() {
    ControllerTestSupport.installCrds(client);
  }

  private static List<Thread> controllerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("catalog-controller-") && t.isAlive()).toList();
  }

  @Test
  @DisplayName("close() stops every controller thread and the controller no longer reconciles")
  void closeStopsThreads() {
    try (FakeBroker broker = FakeBroker.upsBroker()) {
      CatalogController controller = CatalogController.start(client, ControllerTestSupport.fastOptions().build());
      client.resource(clusterBroker("lifecycle-broker", broker.url())).create();
      awaitValue(() -> client.resources(ClusterServiceBroker.class).withName("lifecycle-broker").get(),
          b -> hasCondition(b.getStatus(), "Ready", "True", "FetchedCatalog"));
      assertThat(controllerThreads()).isNotEmpty();

      controller.close();

      assertThat(controller.isClosed()).isTrue();
      await().atMost(Duration.ofSeconds(5)).until(() -> controllerThreads().isEmpty());
      long fetches = broker.catalogFetches();
      client.resource(clusterBroker("after-close-broker", broker.url())).create();
      await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() ->
          client.resources(ClusterServiceBroker.class).withName("after-close-broker").get().getStatus() == null
              && broker.catalogFetches() == fetches);
      controller.close();
    }
  }

  @Test
  @DisplayName("with namespaces set, only instances in those namespaces are reconciled")
  void watchesOnlyGivenNamespaces() {
    ControllerTestSupport.namespace(client, "watched");
    ControllerTestSupport.namespace(client, "ignored");
    try (FakeBroker broker = FakeBroker.testBroker();
        CatalogController controller = CatalogController.start(client, ControllerTestSupport.fastOptions()
            .namespaces(List.of("watched")).build())) {
      client.resource(clusterBroker("ns-test-broker", broker.url())).create();
      awaitValue(() -> client.resources(ClusterServiceClass.class).list().getItems(), l -> l.size() >= 24);
      for (String ns : List.of("watched", "ignored")) {
        ServiceInstance instance = InstanceReconcilerTest.fromFixture(
            "serviceinstance-ready-test-service-with-parameters.json", "scoped-instance");
        instance.getMetadata().setNamespace(ns);
        client.resource(instance).create();
      }
      awaitValue(() -> client.resources(ServiceInstance.class).inNamespace("watched").withName("scoped-instance")
          .get(), i -> hasCondition(i.getStatus(), "Ready", "True", "ProvisionedSuccessfully"));
      assertThat(client.resources(ServiceInstance.class).inNamespace("ignored").withName("scoped-instance").get()
          .getStatus()).isNull();
    }
  }

  @Test
  @DisplayName("a broker fetched recently by someone else, or a service-catalog Deployment, means another controller")
  void detectsAnotherController() {
    Instant now = Instant.parse("2031-01-01T01:00:00Z");
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    ClusterServiceBroker stale = clusterBroker("stale-broker", "http://127.0.0.1:1");
    client.resource(stale).create();
    ClusterServiceBroker created = client.resources(ClusterServiceBroker.class).withName("stale-broker").get();
    ServiceBrokerStatus status = new ServiceBrokerStatus();
    status.setLastCatalogRetrievalTime("2030-12-31T20:00:00Z");
    created.setStatus(status);
    client.resource(created).updateStatus();

    assertThat(ControllerPresence.detect(client, ControllerPresence.DEFAULT_WINDOW, clock).active()).isFalse();

    ClusterServiceBroker recent = clusterBroker("recent-broker", "http://127.0.0.1:1");
    client.resource(recent).create();
    ClusterServiceBroker recentCreated = client.resources(ClusterServiceBroker.class).withName("recent-broker").get();
    ServiceBrokerStatus recentStatus = new ServiceBrokerStatus();
    recentStatus.setLastCatalogRetrievalTime("2031-01-01T00:55:00Z");
    recentCreated.setStatus(recentStatus);
    client.resource(recentCreated).updateStatus();

    ControllerPresence.Presence presence = ControllerPresence.detect(client, ControllerPresence.DEFAULT_WINDOW,
        clock);
    assertThat(presence.active()).isTrue();
    assertThat(presence.evidence()).singleElement().asString().contains("recent-broker");

    client.resources(ClusterServiceBroker.class).withName("recent-broker").delete();
    ControllerTestSupport.namespace(client, "catalog");
    client.apps().deployments().inNamespace("catalog").resource(new DeploymentBuilder().withNewMetadata()
        .withName("catalog-catalog-controller-manager").withNamespace("catalog").endMetadata().withNewSpec()
        .withNewTemplate().withNewSpec().addNewContainer().withName("controller-manager")
        .withImage("quay.io/kubernetes-service-catalog/service-catalog:v0.3.1")
        .withArgs("controller-manager", "--secure-port", "8444").endContainer().endSpec().endTemplate().endSpec()
        .build()).create();
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      ControllerPresence.Presence withDeployment = ControllerPresence.detect(client,
          ControllerPresence.DEFAULT_WINDOW, clock);
      assertThat(withDeployment.active()).isTrue();
      assertThat(withDeployment.evidence()).anyMatch(e -> e.contains("catalog-catalog-controller-manager"));
    });
  }
}
