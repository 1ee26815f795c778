package io.servicecatalog.console.controller;

import static io.servicecatalog.console.controller.ControllerTestSupport.awaitValue;
import static io.servicecatalog.console.controller.ControllerTestSupport.clusterBroker;
import static io.servicecatalog.console.controller.ControllerTestSupport.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Starting and stopping the controller: its threads end with close(). */
@ExtendWith(MockApiServer.class)
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
      // Closing twice is harmless. No API calls follow: the mock server's watch-close handling can stall it.
      controller.close();
    }
  }

}
