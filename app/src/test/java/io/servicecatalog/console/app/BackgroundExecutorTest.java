package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackgroundExecutorTest {

  @Test
  @DisplayName("closing while a two-step write runs lets it finish: the cluster gets both objects, not half")
  void closeLetsRunningWritesFinish() throws Exception {
    try (MockCluster cluster = new MockCluster().withCatalogCrds().withNamespaces("brokers")) {
      BackgroundExecutor background = new BackgroundExecutor();
      CountDownLatch firstDone = new CountDownLatch(1);
      CountDownLatch mayContinue = new CountDownLatch(1);
      CompletableFuture<Void> write = background.run(() -> {
        cluster.client().secrets().inNamespace("brokers").resource(new io.fabric8.kubernetes.api.model.SecretBuilder()
            .withNewMetadata().withName("auth").endMetadata().addToStringData("password", "pw").build()).create();
        firstDone.countDown();
        try {
          // The window closes here, between the two steps.
          mayContinue.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        ClusterServiceBroker broker = new ClusterServiceBroker();
        broker.getMetadata().setName("after-close");
        io.servicecatalog.console.model.v1beta1.ClusterServiceBrokerSpec spec = new io.servicecatalog.console.model.v1beta1.ClusterServiceBrokerSpec();
        spec.setUrl("https://broker.example.com");
        broker.setSpec(spec);
        cluster.client().resource(broker).create();
      });
      assertThat(firstDone.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture.runAsync(mayContinue::countDown, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
      long started = System.nanoTime();
      background.close();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(BackgroundExecutor.CLOSE_GRACE_SECONDS + 2));
      assertThat(write).isCompleted();
      assertThat(cluster.client().secrets().inNamespace("brokers").withName("auth").get()).isNotNull();
      assertThat(cluster.client().resources(ClusterServiceBroker.class).withName("after-close").get()).isNotNull();
    }
  }
}
