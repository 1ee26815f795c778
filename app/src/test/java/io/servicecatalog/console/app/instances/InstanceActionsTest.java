package io.servicecatalog.console.app.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.MockCluster;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstanceActionsTest {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private static MockCluster cluster;

  @BeforeAll
  static void start() {
    cluster = new MockCluster().withCatalogCrds().withNamespaces("fixtures")
        .withFixtureList("clusterserviceplans-list.json")
        .withFixtureList("serviceinstances-fixtures-list.json");
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private static ServiceInstance get(String name) {
    return cluster.client().resources(ServiceInstance.class).inNamespace("fixtures").withName(name).get();
  }

  @Test
  @DisplayName("touch adds one to updateRequests of the server's current version, even from a stale copy")
  void touchFromStaleCopy() {
    InstanceActions actions = new InstanceActions(cluster.client());
    ServiceInstance stale = get("test-instance");
    long before = stale.getSpec().getUpdateRequests() == null ? 0 : stale.getSpec().getUpdateRequests();
    assertThat(actions.touch(stale)).isEqualTo(before + 1);
    assertThat(actions.touch(stale)).isEqualTo(before + 2);
    assertThat(get("test-instance").getSpec().getUpdateRequests()).isEqualTo(before + 2);
  }

  @Test
  @DisplayName("an update writes the new plan and only the changed parameters; a secret one goes to <instance>-parameters")
  void updateWritesPlanAndSecret() {
    InstanceActions actions = new InstanceActions(cluster.client());
    ServiceInstance shown = get("multiplan-instance");
    long requests = shown.getSpec().getUpdateRequests() == null ? 0 : shown.getSpec().getUpdateRequests();
    ClusterServicePlan current = cluster.client().resources(ClusterServicePlan.class).withName("06576262-f0d5-11e8-83eb-54ee754ec85f").get();
    ClusterServicePlan premium = cluster.client().resources(ClusterServicePlan.class).withName("e251a5bb-3266-4391-bdde-be9e87bffe2f").get();
    InstanceUpdate update = new InstanceUpdate(shown, current);
    update.choosePlan(premium);
    update.setParameters((ObjectNode) JSON.unmarshal("{\"replicas\": 3, \"password\": \"s3cret\"}",
        com.fasterxml.jackson.databind.JsonNode.class), List.of("/password"));
    // Someone else changes the instance after the dialog opened: the update still applies, on top of it.
    new InstanceActions(cluster.client()).touch(shown);
    ServiceInstance stored = actions.update(update);
    assertThat(stored.getSpec().getClusterServicePlanExternalName()).isEqualTo("premium");
    assertThat(stored.getSpec().getClusterServicePlanRef()).isNull();
    assertThat(stored.getSpec().getParameters().toString()).isEqualTo("{\"replicas\":3}");
    assertThat(stored.getSpec().getUpdateRequests()).isEqualTo(requests + 1);
    assertThat(stored.getSpec().getParametersFrom()).singleElement().satisfies(f -> {
      assertThat(f.getSecretKeyRef().getName()).isEqualTo("multiplan-instance-parameters");
      assertThat(f.getSecretKeyRef().getKey()).isEqualTo("parameters");
    });
    Secret secret = cluster.client().secrets().inNamespace("fixtures").withName("multiplan-instance-parameters").get();
    assertThat(new String(Base64.getDecoder().decode(secret.getData().get("parameters")), StandardCharsets.UTF_8))
        .isEqualTo("{\"password\":\"s3cret\"}");
    assertThat(secret.getMetadata().getOwnerReferences()).singleElement()
        .satisfies(o -> assertThat(o.getName()).isEqualTo("multiplan-instance"));

    // A second secret change lands in the same Secret, not in a new one.
    ServiceInstance again = get("multiplan-instance");
    InstanceUpdate second = new InstanceUpdate(again, premium);
    second.setParameters((ObjectNode) JSON.unmarshal("{\"replicas\": 3, \"password\": \"n3w\"}",
        com.fasterxml.jackson.databind.JsonNode.class), List.of("/password"));
    ServiceInstance storedAgain = actions.update(second);
    assertThat(storedAgain.getSpec().getParametersFrom()).hasSize(1);
    Secret updated = cluster.client().secrets().inNamespace("fixtures").withName("multiplan-instance-parameters").get();
    assertThat(new String(Base64.getDecoder().decode(updated.getData().get("parameters")), StandardCharsets.UTF_8))
        .isEqualTo("{\"password\":\"n3w\"}");
  }

  @Test
  @DisplayName("an update of an instance deleted meanwhile fails with 404, said as the instance no longer existing")
  void updateOfDeletedInstance() {
    ServiceInstance ghost = JSON.clone(get("ups-instance"));
    ghost.getMetadata().setName("no-such-instance");
    InstanceUpdate update = new InstanceUpdate(ghost, null);
    update.setParameters((ObjectNode) JSON.unmarshal("{\"a\": 1}", com.fasterxml.jackson.databind.JsonNode.class), List.of());
    assertThatThrownBy(() -> new InstanceActions(cluster.client()).update(update))
        .isInstanceOfSatisfying(ConsoleException.class, e -> {
          assertThat(e.getCause()).isInstanceOfSatisfying(KubernetesClientException.class,
              k -> assertThat(k.getCode()).isEqualTo(404));
          assertThat(e.message()).contains("serviceinstances.servicecatalog.k8s.io no-such-instance")
              .contains("no longer exists");
        });
  }

  @Test
  @DisplayName("unbind-then-deprovision deletes the bindings, waits until they are gone, then deletes the instance")
  void unbindThenDelete() {
    ServiceInstance instance = get("ups-typed-instance");
    ServiceBinding binding = binding("quick-binding", "ups-typed-instance", false);
    new InstanceActions(cluster.client()).unbindAndDelete(instance, List.of(binding), Duration.ofSeconds(10));
    assertThat(cluster.client().resources(ServiceBinding.class).inNamespace("fixtures").withName("quick-binding").get()).isNull();
    assertThat(get("ups-typed-instance").isMarkedForDeletion()).isTrue();
  }

  @Test
  @DisplayName("a binding the controller does not remove in time leaves the instance undeleted, with a sentence saying so")
  void unbindTimeout() {
    ServiceInstance instance = get("async-instance");
    ServiceBinding binding = binding("stuck-binding", "async-instance", true);
    assertThatThrownBy(() -> new InstanceActions(cluster.client()).unbindAndDelete(instance, List.of(binding), Duration.ofMillis(500)))
        .isInstanceOfSatisfying(ConsoleException.class, e -> assertThat(e.message()).contains("stuck-binding").contains("not deprovisioned"));
    assertThat(get("async-instance").isMarkedForDeletion()).isFalse();
  }

  @Test
  @DisplayName("abandon removes the finalizer and the instance is gone without waiting for a controller")
  void abandon() {
    ServiceInstance instance = get("ups-instance");
    assertThat(instance.getMetadata().getFinalizers()).contains(ServiceCatalogKind.FINALIZER);
    new InstanceActions(cluster.client()).abandon(instance);
    ServiceInstance after = get("ups-instance");
    assertThat(after == null || after.getMetadata().getFinalizers() == null || after.getMetadata().getFinalizers().isEmpty()).isTrue();
    assertThat(after == null || after.isMarkedForDeletion()).isTrue();
  }

  private static ServiceBinding binding(String name, String instance, boolean finalizer) {
    ServiceBinding binding = JSON.unmarshal("""
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ServiceBinding",
         "metadata": {"name": "%s", "namespace": "fixtures"%s},
         "spec": {"instanceRef": {"name": "%s"}}}
        """.formatted(name, finalizer ? ", \"finalizers\": [\"kubernetes-incubator/service-catalog\"]" : "", instance), ServiceBinding.class);
    return cluster.client().resource(binding).create();
  }
}
