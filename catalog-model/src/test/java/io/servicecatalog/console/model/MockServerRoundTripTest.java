package io.servicecatalog.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceStatus;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The model classes against fabric8's mock API server in CRUD mode over plain HTTP, through the typed client
 * ({@code client.resources(ServiceInstance.class)}): what the console writes comes back unchanged, unknown fields
 * included.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class MockServerRoundTripTest {

  private static final ObjectMapper TREES = new ObjectMapper();

  static KubernetesMockServer server;
  static KubernetesClient client;

  @Test
  @DisplayName("a real instance survives create, get, list and updateStatus with every field, unknown ones included")
  void instanceCrudRoundTrip() throws Exception {
    ServiceInstance fixture = asNew(Fixtures.catalogObject("serviceinstance-ready-parametersfrom-secret.json"),
        ServiceInstance.class);
    fixture.getSpec().setAdditionalProperty("fieldFromNewerController", List.of("kept"));
    fixture.getStatus().getConditions().get(0).setAdditionalProperty("severity", "Info");

    ServiceInstance created = client.resources(ServiceInstance.class).inNamespace("fixtures").resource(fixture)
        .create();
    ServiceInstance fetched = client.resources(ServiceInstance.class).inNamespace("fixtures")
        .withName(fixture.getMetadata().getName()).get();

    assertThat(created).isInstanceOf(ServiceInstance.class);
    assertThat(withoutServerMetadata(fetched)).isEqualTo(withoutServerMetadata(fixture));
    assertThat(fetched.getSpec().getAdditionalProperties()).containsEntry("fieldFromNewerController", List.of("kept"));
    assertThat(fetched.getSpec().getParameters().path("param-1").asText()).isNotEmpty();

    List<ServiceInstance> listed = client.resources(ServiceInstance.class).inNamespace("fixtures").list().getItems();
    assertThat(listed).singleElement().isInstanceOf(ServiceInstance.class);
    assertThat(ResourceStatus.of(listed.get(0)).phase()).isEqualTo(Phase.READY);

    ServiceInstanceStatus status = fetched.getStatus();
    status.setConditions(List.of(new ServiceCatalogCondition("Ready", "False", "2026-11-23T00:00:00Z",
        "UpdateInstanceRequestInFlight", "Update request for ServiceInstance in-flight to Broker")));
    status.setCurrentOperation(ServiceInstanceStatus.OPERATION_UPDATE);
    ServiceInstance updated = client.resources(ServiceInstance.class).inNamespace("fixtures").resource(fetched)
        .updateStatus();
    ServiceInstance afterUpdate = client.resources(ServiceInstance.class).inNamespace("fixtures")
        .withName(fixture.getMetadata().getName()).get();

    assertThat(withoutServerMetadata(updated)).isEqualTo(withoutServerMetadata(afterUpdate));
    assertThat(afterUpdate.getStatus().getCurrentOperation()).isEqualTo("Update");
    assertThat(afterUpdate.getStatus().getExternalProperties()).isEqualTo(fixture.getStatus().getExternalProperties());
    assertThat(ResourceStatus.of(afterUpdate).phase()).isEqualTo(Phase.IN_PROGRESS);
    assertThat(afterUpdate.getSpec().getAdditionalProperties()).containsEntry("fieldFromNewerController", List.of("kept"));
  }

  @Test
  @DisplayName("cluster-scoped brokers and plans and namespaced bindings keep their JSON through the server")
  void otherKindsRoundTrip() throws Exception {
    ClusterServiceBroker broker = asNew(Fixtures.catalogObject("clusterservicebroker-missing-auth-secret-error.json"),
        ClusterServiceBroker.class);
    ClusterServicePlan plan = asNew(Fixtures.catalogObject("clusterserviceplan-test-service-with-schemas-default.json"),
        ClusterServicePlan.class);
    ServiceBinding binding = asNew(
        Fixtures.catalogObject("servicebinding-ready-parameters-parametersfrom-more-transforms.json"),
        ServiceBinding.class);

    client.resources(ClusterServiceBroker.class).resource(broker).create();
    client.resources(ClusterServicePlan.class).resource(plan).create();
    client.resources(ServiceBinding.class).inNamespace("fixtures").resource(binding).create();

    assertThat(withoutServerMetadata(client.resources(ClusterServiceBroker.class).withName("noauth-broker").get()))
        .isEqualTo(withoutServerMetadata(broker));
    assertThat(withoutServerMetadata(client.resources(ClusterServicePlan.class)
        .withName(plan.getMetadata().getName()).get())).isEqualTo(withoutServerMetadata(plan));
    ServiceBinding fetched = client.resources(ServiceBinding.class).inNamespace("fixtures")
        .withName("params-binding").get();
    assertThat(withoutServerMetadata(fetched)).isEqualTo(withoutServerMetadata(binding));
    assertThat(fetched.getSpec().getSecretTransforms().get(0).getAddKey().getValue()).asString().isEqualTo("hello");
  }

  /** The fixture as a new object: no resourceVersion/uid, so the server accepts it on create. */
  private static <T extends ServiceCatalogResource<?, ?>> T asNew(ServiceCatalogResource<?, ?> fixture, Class<T> type) {
    KubernetesSerialization serialization = new KubernetesSerialization();
    T copy = serialization.clone(type.cast(fixture));
    copy.getMetadata().setResourceVersion(null);
    copy.getMetadata().setUid(null);
    return copy;
  }

  /** The JSON tree without the metadata fields the server assigns. */
  private static JsonNode withoutServerMetadata(ServiceCatalogResource<?, ?> resource) throws Exception {
    JsonNode tree = TREES.readTree(new KubernetesSerialization().asJson(resource));
    ObjectNode metadata = (ObjectNode) tree.get("metadata");
    metadata.remove(List.of("resourceVersion", "uid", "creationTimestamp", "generation", "managedFields"));
    return tree;
  }
}
