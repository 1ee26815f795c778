package io.servicecatalog.console.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.app.store.ScriptedApiServer.ListAnswer;
import io.servicecatalog.console.app.store.ScriptedApiServer.WatchAnswer;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The store against an API server that misbehaves on purpose. */
class CatalogStoreFaultsTest {

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final ScriptedApiServer server = new ScriptedApiServer();
  private final KubernetesClient client = server.client();

  @AfterEach
  void stop() {
    client.close();
    server.close();
    timer.shutdownNow();
  }

  private static List<String> names(CatalogStore store) {
    return store.list(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).items().stream().map(b -> b.getMetadata().getName()).toList();
  }

  @Test
  @DisplayName("a watch that ends with 410 Gone makes the store relist: objects gone meanwhile leave, new ones come, none twice")
  void goneRelists() {
    server.lists(ListAnswer.of("10", "alpha", "bravo"), ListAnswer.of("20", "alpha", "charlie")).watches(WatchAnswer.GONE);
    try (CatalogStore store = new CatalogStore(client, Runnable::run, timer)) {
      store.start(Optional.empty());
      await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(names(store)).containsExactlyInAnyOrder("alpha", "charlie"));
      assertThat(server.brokerListCount()).isGreaterThanOrEqualTo(2);
      assertThat(store.state(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).get().phase()).isEqualTo(LoadState.Phase.LOADED);
    }
  }

  @Test
  @DisplayName("a slow list keeps only its own table loading; the others fill meanwhile, and it fills when the answer comes")
  void slowList() {
    server.lists(new ListAnswer(200, 2500, "5", List.of("slowpoke")));
    try (CatalogStore store = new CatalogStore(client, Runnable::run, timer)) {
      long started = System.nanoTime();
      store.start(Optional.empty());
      // start() hands the lists to the informers and returns at once.
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
      await().atMost(Duration.ofSeconds(10)).until(() -> store.state(ServiceCatalogKind.SERVICE_INSTANCE).get().phase() == LoadState.Phase.LOADED);
      assertThat(store.state(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).get().phase()).isEqualTo(LoadState.Phase.LOADING);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(names(store)).containsExactly("slowpoke"));
      assertThat(store.state(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).get().phase()).isEqualTo(LoadState.Phase.LOADED);
    }
  }

  @Test
  @DisplayName("a 503 on a relist reads 'reconnecting' with the reason, then 'loaded' once the server answers again")
  void serverErrorThenRecovery() {
    server.lists(ListAnswer.of("10", "alpha"), new ListAnswer(503, 0, "0", List.of()), ListAnswer.of("30", "alpha", "delta"))
        .watches(WatchAnswer.GONE);
    try (CatalogStore store = new CatalogStore(client, Runnable::run, timer)) {
      store.start(Optional.empty());
      await().atMost(Duration.ofSeconds(15)).until(() -> store.state(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).get().phase() == LoadState.Phase.FAILED);
      assertThat(store.state(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).get().message()).contains("reconnecting");
      await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
        assertThat(names(store)).containsExactlyInAnyOrder("alpha", "delta");
        assertThat(store.state(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).get().phase()).isEqualTo(LoadState.Phase.LOADED);
      });
    }
  }

  @Test
  @DisplayName("resync replaces the rows in one step: the table is never empty meanwhile, and a forgotten object goes")
  void resyncWithoutFlash() {
    server.lists(ListAnswer.of("10", "alpha", "bravo"), ListAnswer.of("11", "alpha"));
    try (CatalogStore store = new CatalogStore(client, Runnable::run, timer)) {
      store.start(Optional.empty());
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(names(store)).containsExactlyInAnyOrder("alpha", "bravo"));
      int[] smallest = {Integer.MAX_VALUE};
      store.list(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).items().addListener(
          (javafx.collections.ListChangeListener<HasMetadata>) c -> smallest[0] = Math.min(smallest[0], c.getList().size()));
      store.resync();
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(names(store)).containsExactly("alpha"));
      assertThat(smallest[0]).isEqualTo(1);
    }
  }
}
