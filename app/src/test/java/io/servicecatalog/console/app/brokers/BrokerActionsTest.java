package io.servicecatalog.console.app.brokers;

import static org.assertj.core.api.Assertions.assertThat;

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
}
