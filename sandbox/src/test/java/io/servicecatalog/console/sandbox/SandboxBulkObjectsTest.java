package io.servicecatalog.console.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.sandbox.broker.LargeCatalog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The scale mode's pre-seeded instances and bindings: written Ready, of real classes, and left alone. */
class SandboxBulkObjectsTest {

  @Test
  @DisplayName("bulk instances and bindings are served Ready in namespace bulk, refer to the large catalog, and the controller leaves them as written")
  void bulkObjectsAreServedAsWritten() {
    SandboxOptions options = SandboxOptions.builder().largeCatalog(12, 2, 4).bulkObjects(30, 10).build();
    try (Sandbox sandbox = Sandbox.start(options); KubernetesClient client = sandbox.newClient()) {
      List<ServiceInstance> instances = client.resources(ServiceInstance.class).inNamespace(Sandbox.BULK_NAMESPACE)
          .list().getItems();
      List<ServiceBinding> bindings = client.resources(ServiceBinding.class).inNamespace(Sandbox.BULK_NAMESPACE)
          .list().getItems();
      assertThat(instances).hasSize(30).allSatisfy(i -> assertThat(ResourceStatus.of(i).phase()).isEqualTo(Phase.READY));
      assertThat(bindings).hasSize(10).allSatisfy(b -> assertThat(ResourceStatus.of(b).phase()).isEqualTo(Phase.READY));
      assertThat(bindings).extracting(b -> b.getSpec().getInstanceRef().getName()).contains("instance-00000", "instance-00009");

      // The controller fetches the bulk broker's catalog: every instance's class reference names a served class.
      await().atMost(Duration.ofSeconds(60)).until(() -> client.resources(ClusterServiceClass.class).list().getItems()
          .stream().filter(c -> LargeCatalog.BROKER_NAME.equals(c.getSpec().getClusterServiceBrokerName())).count() == 12);
      List<String> classNames = client.resources(ClusterServiceClass.class).list().getItems().stream()
          .map(c -> c.getMetadata().getName()).toList();
      assertThat(instances).allSatisfy(i -> assertThat(classNames).contains(i.getSpec().getClusterServiceClassRef().getName()));

      Map<String, String> versions = instances.stream().collect(Collectors.toMap(i -> i.getMetadata().getName(),
          i -> i.getMetadata().getResourceVersion()));
      Map<String, String> now = client.resources(ServiceInstance.class).inNamespace(Sandbox.BULK_NAMESPACE).list()
          .getItems().stream().collect(Collectors.toMap(i -> i.getMetadata().getName(), i -> i.getMetadata().getResourceVersion()));
      assertThat(now).isEqualTo(versions);
    }
  }

  @Test
  @DisplayName("bulk objects without a large catalog, or bindings without instances, are refused with a message")
  void invalidBulkOptions() {
    assertThatThrownBy(() -> SandboxOptions.builder().bulkObjects(10, 0).build()).hasMessageContaining("largeCatalog");
    assertThatThrownBy(() -> SandboxOptions.builder().bulkObjects(0, 5)).hasMessageContaining("instances to bind to");
    assertThat(SandboxOptions.builder().largeCatalog(5, 1, 0).bulkObjects(3, 2).build())
        .extracting(SandboxOptions::bulkInstances, SandboxOptions::bulkBindings).containsExactly(3, 2);
  }
}
