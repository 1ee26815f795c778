package io.servicecatalog.console.controller;

import static io.servicecatalog.console.controller.ControllerTestSupport.clusterBroker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Detecting another Service Catalog controller before starting ours. */
@ExtendWith(MockApiServer.class)
class ControllerPresenceTest {

  static KubernetesClient client;

  @BeforeAll
  static void crds() {
    ControllerTestSupport.installCrds(client);
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
