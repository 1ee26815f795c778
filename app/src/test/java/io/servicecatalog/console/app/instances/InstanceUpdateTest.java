package io.servicecatalog.console.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.MockCluster;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstanceUpdateTest {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private static List<ClusterServiceClass> classes;
  private static List<ClusterServicePlan> plans;

  @BeforeAll
  static void load() throws IOException {
    classes = items("clusterserviceclasses-list.json", ClusterServiceClass.class);
    plans = items("clusterserviceplans-list.json", ClusterServicePlan.class);
  }

  private static <T> List<T> items(String file, Class<T> type) throws IOException {
    var list = JSON.unmarshal(Files.readString(MockCluster.FIXTURES.resolve(file)), com.fasterxml.jackson.databind.JsonNode.class);
    List<T> out = new ArrayList<>();
    list.get("items").forEach(i -> out.add(JSON.convertValue(i, type)));
    return out;
  }

  private static ServiceInstance fixture(String file) throws IOException {
    return JSON.unmarshal(Files.readString(MockCluster.FIXTURES.resolve(file)), ServiceInstance.class);
  }

  private static ObjectNode json(String text) {
    return (ObjectNode) JSON.unmarshal(text, com.fasterxml.jackson.databind.JsonNode.class);
  }

  @Test
  @DisplayName("finds the instance's class, its current plan and the other plans of the class in the store's lists")
  void resolvesClassAndPlans() throws IOException {
    ServiceInstance instance = fixture("serviceinstance-multiplan-ready-default-before-update.json");
    ServiceClassResource serviceClass = InstanceCatalog.classOf(instance, classes).orElseThrow();
    assertThat(serviceClass.getSpec().getExternalName()).isEqualTo("test-service-multiple-plans");
    assertThat(InstanceCatalog.plansOf(serviceClass, plans)).extracting(p -> p.getSpec().getExternalName())
        .containsExactly("default", "premium");
    assertThat(InstanceCatalog.planOf(instance, serviceClass, plans).orElseThrow().getSpec().getExternalName()).isEqualTo("default");
    assertThat(InstanceUpdate.planRule(serviceClass, InstanceCatalog.plansOf(serviceClass, plans)).allowed()).isTrue();
  }

  @Test
  @DisplayName("a class without planUpdatable forbids plan changes and says why, and that parameters may still change")
  void planChangeForbidden() {
    ClusterServiceClass fixed = JSON.clone(classes.stream()
        .filter(c -> "test-service-multiple-plans".equals(c.getSpec().getExternalName())).findFirst().orElseThrow());
    fixed.getSpec().setPlanUpdatable(false);
    InstanceUpdate.PlanRule rule = InstanceUpdate.planRule(fixed, InstanceCatalog.plansOf(fixed, plans));
    assertThat(rule.allowed()).isFalse();
    assertThat(rule.reason()).contains("test-service-multiple-plans").contains("does not allow plan changes")
        .contains("still change the parameters");
    fixed.getSpec().setPlanUpdatable(null);
    assertThat(InstanceUpdate.planRule(fixed, List.of()).allowed()).isFalse();
    assertThat(InstanceUpdate.planRule(null, List.of()).reason()).contains("still change the parameters");
  }

  @Test
  @DisplayName("a class with a single plan leaves nothing to change to")
  void singlePlan() {
    ClusterServiceClass single = classes.stream().filter(c -> "test-service".equals(c.getSpec().getExternalName())).findFirst().orElseThrow();
    InstanceUpdate.PlanRule rule = InstanceUpdate.planRule(single, InstanceCatalog.plansOf(single, plans));
    assertThat(rule.allowed()).isFalse();
    assertThat(rule.reason()).contains("no other plan");
  }

  @Test
  @DisplayName("a plan change names the new plan the way the spec names plans, clears the resolved ref and is listed first")
  void planChange() throws IOException {
    ServiceInstance instance = fixture("serviceinstance-multiplan-ready-default-before-update.json");
    ServiceClassResource serviceClass = InstanceCatalog.classOf(instance, classes).orElseThrow();
    List<ServicePlanResource> ofClass = InstanceCatalog.plansOf(serviceClass, plans);
    InstanceUpdate update = new InstanceUpdate(instance, InstanceCatalog.planOf(instance, serviceClass, plans).orElseThrow());
    assertThat(update.isEmpty()).isTrue();
    update.choosePlan(ofClass.get(1));
    assertThat(update.planChanged()).isTrue();
    assertThat(update.changes()).containsExactly(new InstanceUpdate.Change("plan", "default", "premium"));
    ServiceInstance applied = update.applyTo(instance);
    assertThat(applied.getSpec().getClusterServicePlanExternalName()).isEqualTo("premium");
    assertThat(applied.getSpec().getClusterServicePlanRef()).isNull();
    assertThat(applied.getSpec().getClusterServiceClassRef()).isNotNull();
    // The instance as shown is not touched.
    assertThat(instance.getSpec().getClusterServicePlanExternalName()).isEqualTo("default");

    ServiceInstance byName = JSON.clone(instance);
    byName.getSpec().setClusterServicePlanExternalName(null);
    byName.getSpec().setClusterServicePlanName("06576262-f0d5-11e8-83eb-54ee754ec85f");
    assertThat(update.applyTo(byName).getSpec().getClusterServicePlanName()).isEqualTo(ofClass.get(1).getMetadata().getName());
    assertThat(update.applyTo(byName).getSpec().getClusterServicePlanExternalName()).isNull();
  }

  @Test
  @DisplayName("only the parameters the user changed are written; keys someone else added meanwhile survive")
  void onlyChangedParameters() throws IOException {
    ServiceInstance instance = fixture("serviceinstance-multiplan-ready-default-before-update.json");
    instance.getSpec().setParameters(json("{\"size\": 1, \"region\": \"eu\", \"tier\": \"gold\"}"));
    InstanceUpdate update = new InstanceUpdate(instance, null);
    update.setParameters(json("{\"size\": 2.0, \"region\": \"eu\", \"color\": \"blue\"}"), List.of());
    assertThat(update.changes()).containsExactly(
        new InstanceUpdate.Change("parameters.size", "1", "2.0"),
        new InstanceUpdate.Change("parameters.color", "", "blue"),
        new InstanceUpdate.Change("parameters.tier", "gold", ""));
    ServiceInstance latest = JSON.clone(instance);
    ((ObjectNode) latest.getSpec().getParameters()).put("addedElsewhere", true);
    ServiceInstance applied = update.applyTo(latest);
    assertThat(applied.getSpec().getParameters()).isEqualTo(json(
        "{\"size\": 2.0, \"region\": \"eu\", \"addedElsewhere\": true, \"color\": \"blue\"}"));
    // 1 and 1.0 are the same value: no change.
    update.setParameters(json("{\"size\": 1.0, \"region\": \"eu\", \"tier\": \"gold\"}"), List.of());
    assertThat(update.isEmpty()).isTrue();
  }

  @Test
  @DisplayName("an update schema that allows only its own properties leaves create-only parameters out of the form and in the spec")
  void updateSchemaLimitsEditableKeys() throws IOException {
    ServiceInstance instance = fixture("serviceinstance-multiplan-ready-default-before-update.json");
    instance.getSpec().setParameters(json("{\"version\": \"15\", \"storageGb\": 20}"));
    InstanceUpdate update = new InstanceUpdate(instance, null);
    update.setUpdateSchema(json("{\"type\": \"object\", \"properties\": {\"storageGb\": {\"type\": \"integer\"}},"
        + " \"additionalProperties\": false}"));
    assertThat(update.originalParameters()).isEqualTo(json("{\"storageGb\": 20}"));
    update.setParameters(json("{\"storageGb\": 40}"), List.of());
    assertThat(update.removedKeys()).isEmpty();
    assertThat(update.applyTo(instance).getSpec().getParameters()).isEqualTo(json("{\"version\": \"15\", \"storageGb\": 40}"));
    // A schema open to other keys keeps every parameter editable.
    update.setUpdateSchema(json("{\"type\": \"object\", \"properties\": {\"storageGb\": {\"type\": \"integer\"}}}"));
    assertThat(update.originalParameters()).isEqualTo(json("{\"version\": \"15\", \"storageGb\": 20}"));
  }

  @Test
  @DisplayName("a sensitive parameter goes to the Secret, never into spec.parameters, and is masked in the review")
  void sensitiveParameters() throws IOException {
    ServiceInstance instance = fixture("serviceinstance-multiplan-ready-default-before-update.json");
    instance.getSpec().setParameters(json("{\"user\": \"app\"}"));
    InstanceUpdate update = new InstanceUpdate(instance, null);
    update.setParameters(json("{\"user\": \"app\", \"credentials\": {\"password\": \"hunter2\"}}"), List.of("/credentials/password"));
    assertThat(update.changedInline()).isEmpty();
    assertThat(update.changedSecret()).isEqualTo(json("{\"credentials\": {\"password\": \"hunter2\"}}"));
    assertThat(update.changes()).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("parameters.credentials");
      assertThat(c.after()).doesNotContain("hunter2").isEqualTo(InstanceUpdate.MASK);
    });
    assertThat(update.applyTo(instance).getSpec().getParameters()).isEqualTo(json("{\"user\": \"app\"}"));
    assertThat(update.toString()).doesNotContain("hunter2");
  }

  @Test
  @DisplayName("no update while the instance is being deleted, busy, or was never provisioned")
  void blocked() throws IOException {
    assertThat(InstanceUpdate.blocked(fixture("serviceinstance-multiplan-ready-default-before-update.json"))).isEmpty();
    assertThat(InstanceUpdate.blocked(fixture("serviceinstance-deleting-deprovision-fail500-retrying.json")).orElseThrow())
        .contains("being deleted");
    assertThat(InstanceUpdate.blocked(fixture("serviceinstance-async-update-in-progress.json")).orElseThrow())
        .contains("still running");
    assertThat(InstanceUpdate.blocked(fixture("serviceinstance-failed-provision-400.json")).orElseThrow())
        .contains("not been provisioned");
  }
}
