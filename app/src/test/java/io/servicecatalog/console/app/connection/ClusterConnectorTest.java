package io.servicecatalog.console.app.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.MockCluster;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterConnectorTest {

  @TempDir Path dir;
  private final ClusterConnector connector = new ClusterConnector();

  private KubeconfigTarget target(Path kubeconfig, String context) {
    KubeconfigContexts read = KubeconfigReader.read(KubeconfigSource.ofFile(kubeconfig));
    return new KubeconfigTarget(read.source(), read.find(context).orElseThrow());
  }

  @Test
  @DisplayName("connecting to a cluster with the Service Catalog CRDs reports it as served, with the context's namespace")
  void served() {
    try (MockCluster cluster = new MockCluster().withCatalogCrds();
        ClusterConnection connection = connector.connect(target(cluster.writeKubeconfig(dir, "dev", "fixtures"), "dev"))) {
      assertThat(connection.catalogServed()).isTrue();
      assertThat(connection.namespace()).isEqualTo("fixtures");
      assertThat(connection.target().displayName()).isEqualTo("dev");
    }
  }

  @Test
  @DisplayName("informer events of the console's client run on its own small pool, the next event on the thread that is free")
  void informerEventsRunOnThePool() throws Exception {
    try (MockCluster cluster = new MockCluster().withCatalogCrds().withAllFixtures();
        ClusterConnection connection = connector.connect(target(cluster.writeKubeconfig(dir, "dev", "fixtures"), "dev"))) {
      java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
      java.util.concurrent.atomic.AtomicInteger adds = new java.util.concurrent.atomic.AtomicInteger();
      var informer = connection.client().resources(io.servicecatalog.console.model.v1beta1.ClusterServicePlan.class)
          .inform(new io.fabric8.kubernetes.client.informers.ResourceEventHandler<>() {
            @Override
            public void onAdd(io.servicecatalog.console.model.v1beta1.ClusterServicePlan plan) {
              threads.add(Thread.currentThread().getName());
              adds.incrementAndGet();
            }

            @Override
            public void onUpdate(io.servicecatalog.console.model.v1beta1.ClusterServicePlan before,
                io.servicecatalog.console.model.v1beta1.ClusterServicePlan after) {
              // not part of this test
            }

            @Override
            public void onDelete(io.servicecatalog.console.model.v1beta1.ClusterServicePlan plan, boolean unknown) {
              // not part of this test
            }
          });
      try {
        org.awaitility.Awaitility.await().until(() -> adds.get() == 29);
        assertThat(threads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("kube-events-"));
        // A cached pool would have started a thread per hand-over; this one has at most its fixed few.
        assertThat(threads.size()).isLessThanOrEqualTo(ClientTasks.THREADS);
      } finally {
        informer.close();
      }
    }
  }

  @Test
  @DisplayName("a cluster without the Service Catalog is reported as not serving it")
  void notServed() {
    try (MockCluster cluster = new MockCluster();
        ClusterConnection connection = connector.connect(target(cluster.writeKubeconfig(dir, "bare", "default"), "bare"))) {
      assertThat(connection.catalogServed()).isFalse();
    }
  }

  @Test
  @DisplayName("an unreachable API server gives 'Cannot reach the API server' naming the URL, quickly")
  void unreachable() {
    Path kubeconfig = MockCluster.writeKubeconfig(dir, "down", "http://127.0.0.1:1", "default");
    assertThatThrownBy(() -> connector.connect(target(kubeconfig, "down")))
        .isInstanceOfSatisfying(ConsoleException.class, e -> {
          assertThat(e.title()).isEqualTo("Cannot reach the API server");
          assertThat(e.message()).contains("http://127.0.0.1:1");
        });
  }

  @Test
  @DisplayName("an expired token (401) says the credentials were not accepted")
  void unauthorized() {
    KubernetesMockServer server = new KubernetesMockServer(false);
    server.init();
    try {
      // Every request is refused; the mock answers /version by itself, so refuse the discovery call.
      server.expect().get().withPath("/apis/servicecatalog.k8s.io/v1beta1")
          .andReturn(401, new StatusBuilder().withCode(401).withMessage("Unauthorized").build()).always();
      Path kubeconfig = MockCluster.writeKubeconfig(dir, "expired", server.url("/").replaceAll("/$", ""), "default");
      assertThatThrownBy(() -> connector.connect(target(kubeconfig, "expired")))
          .isInstanceOfSatisfying(ConsoleException.class,
              e -> assertThat(e.title()).isEqualTo("The API server did not accept your credentials"));
    } finally {
      server.destroy();
    }
  }

  @Test
  @DisplayName("a 403 on discovery names what was refused")
  void forbidden() {
    KubernetesMockServer server = new KubernetesMockServer(false);
    server.init();
    try {
      server.expect().get().withPath("/apis/servicecatalog.k8s.io/v1beta1")
          .andReturn(403, new StatusBuilder().withCode(403)
              .withMessage("servicecatalog.k8s.io is forbidden: User \"bob\" cannot get path \"/apis/servicecatalog.k8s.io/v1beta1\"").build())
          .always();
      Path kubeconfig = MockCluster.writeKubeconfig(dir, "locked", server.url("/").replaceAll("/$", ""), "default");
      assertThatThrownBy(() -> connector.connect(target(kubeconfig, "locked")))
          .isInstanceOfSatisfying(ConsoleException.class, e -> {
            assertThat(e.title()).isEqualTo("Access denied");
            assertThat(e.message()).contains("User \"bob\" cannot get path");
          });
    } finally {
      server.destroy();
    }
  }
}
