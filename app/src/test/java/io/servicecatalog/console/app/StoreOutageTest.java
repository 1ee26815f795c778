package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.servicecatalog.console.app.shell.ConnectionMonitor;
import io.servicecatalog.console.app.store.CatalogStore;
import io.servicecatalog.console.app.store.LoadState;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The API server drops off the network mid-session and comes back having changed things the watches never
 * heard of (as after a restart that lost its resourceVersions): the indicator goes to lost and back, and the
 * store converges on the server's objects, with no duplicate and no stale row.
 */
class StoreOutageTest {

  private final MockCluster cluster = new MockCluster().withCatalogCrds().withNamespaces("fixtures").withAllFixtures();
  private final BackgroundExecutor background = new BackgroundExecutor();
  private MockCluster restarted;
  private TcpProxy proxy;
  private KubernetesClient client;

  @AfterEach
  void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    background.close();
    cluster.close();
    if (restarted != null) {
      restarted.close();
    }
  }

  private static List<String> keys(CatalogStore store, ServiceCatalogKind kind) {
    return store.list(kind).items().stream().map(o -> o.getMetadata().getNamespace() + "/" + o.getMetadata().getName()).toList();
  }

  private static List<String> serverKeys(MockCluster server, ServiceCatalogKind kind) {
    return server.client().resources(kind.resourceClass()).inAnyNamespace().list().getItems().stream()
        .map(o -> ((HasMetadata) o).getMetadata().getNamespace() + "/" + ((HasMetadata) o).getMetadata().getName()).toList();
  }

  @Test
  @DisplayName("cut, then back as a restarted server with other objects: indicator lost then connected, store matches it exactly")
  void convergesAfterOutage() throws IOException {
    proxy = new TcpProxy(URI.create(cluster.url()).getPort());
    client = new KubernetesClientBuilder().withConfig(new ConfigBuilder().withMasterUrl(proxy.url()).withNamespace("fixtures")
        .withRequestTimeout(2000).withConnectionTimeout(1000).withRequestRetryBackoffLimit(0).withWatchReconnectInterval(200).build()).build();
    ConnectionMonitor monitor = new ConnectionMonitor(ConnectionMonitor.versionProbe(client), background, Runnable::run, Duration.ofMillis(300), 2);
    try (CatalogStore store = new CatalogStore(client, Runnable::run, background.timers()); monitor) {
      // What the console's window does: relist when the server answers again after it was lost.
      monitor.statusProperty().addListener((obs, old, now) -> {
        if (old.state() == ConnectionMonitor.State.LOST && now.state() == ConnectionMonitor.State.CONNECTED) {
          background.run(store::resync);
        }
      });
      store.start(Optional.empty());
      monitor.start();
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
          assertThat(keys(store, ServiceCatalogKind.SERVICE_INSTANCE)).containsExactlyInAnyOrderElementsOf(serverKeys(cluster, ServiceCatalogKind.SERVICE_INSTANCE)));

      proxy.cut();
      await().atMost(Duration.ofSeconds(20)).until(() -> monitor.statusProperty().get().state() == ConnectionMonitor.State.LOST);
      // The server comes back as another process that lost the old one's history: one instance is gone,
      // one is new and one was relabelled, and no watch ever heard of it.
      restarted = new MockCluster().withCatalogCrds().withNamespaces("fixtures").withAllFixtures();
      List<String> before = serverKeys(restarted, ServiceCatalogKind.SERVICE_INSTANCE);
      String gone = before.get(0);
      var goneInstance = restarted.client().resources(ServiceInstance.class).inNamespace(gone.split("/")[0]).withName(gone.split("/")[1]);
      // Without its finalizer the delete removes it at once, as once the controller had deprovisioned it.
      goneInstance.edit(i -> {
        i.getMetadata().setFinalizers(List.of());
        return i;
      });
      goneInstance.delete();
      ServiceInstance added = new ServiceInstance();
      added.getMetadata().setName("made-during-outage");
      added.getMetadata().setNamespace("fixtures");
      restarted.client().resource(added).create();
      String relabelled = before.get(1);
      restarted.client().resources(ServiceInstance.class).inNamespace(relabelled.split("/")[0]).withName(relabelled.split("/")[1])
          .edit(i -> {
            i.getMetadata().setLabels(Map.of("changed", "during-outage"));
            return i;
          });
      proxy.retarget(URI.create(restarted.url()).getPort());
      proxy.restore();

      await().atMost(Duration.ofSeconds(20)).until(() -> monitor.statusProperty().get().state() == ConnectionMonitor.State.CONNECTED);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        List<String> now = keys(store, ServiceCatalogKind.SERVICE_INSTANCE);
        assertThat(now).doesNotHaveDuplicates().doesNotContain(gone).contains("fixtures/made-during-outage")
            .containsExactlyInAnyOrderElementsOf(serverKeys(restarted, ServiceCatalogKind.SERVICE_INSTANCE));
        HasMetadata changed = store.list(ServiceCatalogKind.SERVICE_INSTANCE).items().stream()
            .filter(i -> (i.getMetadata().getNamespace() + "/" + i.getMetadata().getName()).equals(relabelled)).findFirst().orElseThrow();
        assertThat(changed.getMetadata().getLabels()).containsEntry("changed", "during-outage");
        assertThat(store.state(ServiceCatalogKind.SERVICE_INSTANCE).get().phase()).isEqualTo(LoadState.Phase.LOADED);
      });
      assertThat(keys(store, ServiceCatalogKind.CLUSTER_SERVICE_BROKER)).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(serverKeys(restarted, ServiceCatalogKind.CLUSTER_SERVICE_BROKER));
    }
  }
}
