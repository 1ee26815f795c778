package io.servicecatalog.console.app.brokers;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.MockCluster;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrokerActionsTest {

  private static MockCluster cluster;

  @BeforeAll
  static void start() {
    cluster = new MockCluster().withCatalogCrds().withNamespaces("fixtures").withFixtureList("clusterservicebrokers-list.json");
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  @DisplayName("sync adds one to relistRequests of the server's current version, even from a stale copy")
  void syncFromStaleCopy() {
    BrokerActions actions = new BrokerActions(cluster.client());
    ClusterServiceBroker stale = cluster.client().resources(ClusterServiceBroker.class).withName("ups-broker").get();
    assertThat(actions.sync(stale)).isEqualTo(1);
    // The copy still says 0 and carries an old resourceVersion; the second sync must not conflict or go back.
    assertThat(actions.sync(stale)).isEqualTo(2);
    assertThat(cluster.client().resources(ClusterServiceBroker.class).withName("ups-broker").get().getSpec().getRelistRequests())
        .isEqualTo(2);
  }

  @Test
  @DisplayName("delete asks the server to delete the broker; its finalizer keeps it until the controller cleans up")
  void delete() {
    BrokerActions actions = new BrokerActions(cluster.client());
    ClusterServiceBroker broker = cluster.client().resources(ClusterServiceBroker.class).withName("dead-broker").get();
    assertThat(broker.getMetadata().getFinalizers()).isNotEmpty();
    actions.delete(broker);
    assertThat(cluster.client().resources(ClusterServiceBroker.class).withName("dead-broker").get().isMarkedForDeletion()).isTrue();
  }

  @Test
  @DisplayName("a refused delete and update name the verb, resource and the ClusterRole rule; a vanished broker says so")
  void refusedActionsAreExplained() {
    ClusterServiceBroker broker = cluster.client().resources(ClusterServiceBroker.class).withName("ups-broker").get();
    try (MockCluster rbac = MockCluster.withExpectations()
        .failWith("DELETE", "/apis/servicecatalog.k8s.io/v1beta1/clusterservicebrokers/ups-broker", 403,
            "clusterservicebrokers.servicecatalog.k8s.io \"ups-broker\" is forbidden: User \"bob\" cannot delete resource")
        .failWith("GET", "/apis/servicecatalog.k8s.io/v1beta1/clusterservicebrokers/ups-broker", 404, "not found")) {
      BrokerActions actions = new BrokerActions(rbac.client());
      assertThatThrownBy(() -> actions.delete(broker)).isInstanceOfSatisfying(ConsoleException.class, e -> {
        assertThat(e.message()).startsWith("You may not delete clusterservicebrokers.servicecatalog.k8s.io ups-broker cluster-wide.")
            .contains("User \"bob\" cannot delete");
        assertThat(e.action()).contains("ClusterRoleBinding").contains("verbs: [delete]");
      });
      assertThatThrownBy(() -> actions.sync(broker)).isInstanceOfSatisfying(ConsoleException.class,
          e -> assertThat(e.message()).contains("ups-broker no longer exists cluster-wide"));
    }
  }
}
