package io.servicecatalog.console.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.servicecatalog.console.app.MockCluster;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogStoreTest {

  private static MockCluster cluster;
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor();

  @BeforeAll
  static void start() {
    cluster = new MockCluster().withCatalogCrds().withAllFixtures();
  }

  @AfterAll
  static void stop() {
    cluster.close();
    TIMER.shutdownNow();
  }

  @Test
  @DisplayName("fills every kind's list from the real controller's objects, cluster-wide and in all namespaces")
  void fillsFromFixtures() {
    try (CatalogStore store = new CatalogStore(cluster.client(), Runnable::run, TIMER)) {
      store.start(Optional.empty());
      await().untilAsserted(() -> {
        assertThat(store.list(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).items()).hasSize(5);
        assertThat(store.list(ServiceCatalogKind.CLUSTER_SERVICE_CLASS).items()).hasSize(27);
        assertThat(store.list(ServiceCatalogKind.CLUSTER_SERVICE_PLAN).items()).hasSize(29);
        assertThat(store.list(ServiceCatalogKind.SERVICE_BROKER).items()).hasSize(1);
        assertThat(store.list(ServiceCatalogKind.SERVICE_CLASS).items()).hasSize(3);
        assertThat(store.list(ServiceCatalogKind.SERVICE_BINDING).items()).hasSize(8);
        assertThat(store.list(ServiceCatalogKind.SERVICE_INSTANCE).items()).isNotEmpty();
        for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
          assertThat(store.state(kind).get().phase()).isEqualTo(LoadState.Phase.LOADED);
        }
      });
      // Each kind's listing reached its list whole, in one flush, and the list flushes freely afterwards.
      for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
        assertThat(store.list(kind).flushCount()).as(kind.plural()).isEqualTo(1);
        assertThat(store.list(kind).held()).as(kind.plural()).isFalse();
      }
    }
  }

  @Test
  @DisplayName("follows creates and deletes live, and rewatches namespaced kinds on a namespace switch")
  void followsChangesAndNamespaces() {
    try (CatalogStore store = new CatalogStore(cluster.client(), Runnable::run, TIMER)) {
      store.start(Optional.of("fixtures"));
      await().until(() -> !store.list(ServiceCatalogKind.SERVICE_INSTANCE).items().isEmpty());
      int before = store.list(ServiceCatalogKind.SERVICE_INSTANCE).items().size();

      ServiceInstance fresh = new ServiceInstance();
      fresh.getMetadata().setName("live-instance");
      fresh.getMetadata().setNamespace("fixtures");
      fresh.getMetadata().setManagedFields(List.of(new ManagedFieldsEntryBuilder().withManager("kubectl")
          .withOperation("Update").withApiVersion("servicecatalog.k8s.io/v1beta1").build()));
      cluster.client().resource(fresh).create();
      await().until(() -> store.list(ServiceCatalogKind.SERVICE_INSTANCE).items().size() == before + 1);
      // The field managers' bookkeeping is not kept: nothing shows it, and at scale it is most of the metadata.
      assertThat(store.list(ServiceCatalogKind.SERVICE_INSTANCE).find("fixtures", "live-instance"))
          .hasValueSatisfying(i -> assertThat(i.getMetadata().getManagedFields()).isNullOrEmpty());
      assertThat(cluster.client().resources(ServiceInstance.class).inNamespace("fixtures").withName("live-instance")
          .get().getMetadata().getManagedFields()).isNotEmpty();

      cluster.client().resource(fresh).delete();
      await().until(() -> store.list(ServiceCatalogKind.SERVICE_INSTANCE).items().size() == before);

      store.switchNamespace(Optional.of("elsewhere"));
      await().until(() -> store.list(ServiceCatalogKind.SERVICE_INSTANCE).items().isEmpty()
          && store.state(ServiceCatalogKind.SERVICE_INSTANCE).get().phase() == LoadState.Phase.LOADED);
      // Cluster-scoped kinds are untouched by a namespace switch.
      assertThat(store.list(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).items()).hasSize(5);
    }
  }

  @Test
  @DisplayName("keeps of classes and plans what the views read: the controller's selector labels and owner go")
  void trimsCatalogObjects() {
    ClusterServicePlan plan = cluster.client().resources(ClusterServicePlan.class).list().getItems().get(0);
    assertThat(plan.getMetadata().getLabels()).containsKey("servicecatalog.k8s.io/spec.externalName");
    assertThat(plan.getMetadata().getOwnerReferences()).isNotEmpty();
    plan.getMetadata().getLabels().put("team", "data");
    String name = plan.getSpec().getExternalName();

    ClusterServicePlan trimmed = CatalogStore.trim(ServiceCatalogKind.CLUSTER_SERVICE_PLAN, plan);

    assertThat(trimmed.getMetadata().getLabels()).containsOnlyKeys("team");
    assertThat(trimmed.getMetadata().getOwnerReferences()).isNullOrEmpty();
    assertThat(trimmed.getSpec().getExternalName()).isEqualTo(name);
    assertThat(trimmed.getSpec().getClusterServiceBrokerName()).isNotEmpty();

    // Objects the console writes keep every label and owner reference.
    ServiceInstance instance = new ServiceInstance();
    instance.getMetadata().setName("db");
    instance.getMetadata().setLabels(new java.util.HashMap<>(java.util.Map.of(
        "servicecatalog.k8s.io/spec.externalName", "x")));
    instance.getMetadata().setOwnerReferences(List.of(new io.fabric8.kubernetes.api.model.OwnerReference()));
    CatalogStore.trim(ServiceCatalogKind.SERVICE_INSTANCE, instance);
    assertThat(instance.getMetadata().getLabels()).hasSize(1);
    assertThat(instance.getMetadata().getOwnerReferences()).hasSize(1);
  }
}
