package io.servicecatalog.console.model.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClassSpec;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBindingStatus;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerStatus;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceClassStatus;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceStatus;
import io.servicecatalog.console.model.v1beta1.ServicePlan;
import io.servicecatalog.console.model.v1beta1.ServicePlanStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** States the fixtures do not hold: fresh objects, deletions, removed classes, conditions from newer controllers. */
class ResourceStatusTest {

  private static Locale previous;

  @BeforeAll
  static void english() {
    previous = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(previous);
  }

  private static ServiceCatalogCondition ready(String status, String reason, String message) {
    return new ServiceCatalogCondition("Ready", status, "2026-11-23T00:00:00Z", reason, message);
  }

  private static ServiceInstance instance(ServiceCatalogCondition... conditions) {
    ServiceInstance instance = new ServiceInstance();
    instance.setMetadata(new ObjectMetaBuilder().withName("db").withNamespace("apps").build());
    ServiceInstanceStatus status = new ServiceInstanceStatus();
    status.setConditions(List.of(conditions));
    instance.setStatus(status);
    return instance;
  }

  @Test
  @DisplayName("a just-created instance without status is in progress, waiting for the controller to provision")
  void freshInstance() {
    ServiceInstance instance = new ServiceInstance();
    instance.setMetadata(new ObjectMetaBuilder().withName("db").build());
    ResourceStatus status = ResourceStatus.of(instance);
    assertThat(status.phase()).isEqualTo(Phase.IN_PROGRESS);
    assertThat(status.operation()).contains(Operation.PROVISIONING);
    assertThat(status.svcatStatus()).isEmpty();
    assertThat(status.message()).isEqualTo("Waiting for the Service Catalog controller to provision this instance.");
    assertThat(status.label()).isEqualTo("Provisioning");
    assertThat(status.svcatDescription()).isEmpty();
  }

  @Test
  @DisplayName("a Ready instance that is being deleted shows deletion in progress")
  void deletingReadyInstance() {
    ServiceInstance instance = instance(ready("True", "ProvisionedSuccessfully", "ok"));
    instance.getMetadata().setDeletionTimestamp("2026-11-23T00:01:00Z");
    ResourceStatus status = ResourceStatus.of(instance);
    assertThat(status.phase()).isEqualTo(Phase.IN_PROGRESS);
    assertThat(status.operation()).contains(Operation.DELETING);
    assertThat(status.svcatStatus()).isEqualTo("Ready");
  }

  @Test
  @DisplayName("a reason from a newer controller: Ready=Unknown is unknown, Ready=False is an error unless work is flagged")
  void unknownReasons() {
    assertThat(ResourceStatus.of(instance(ready("Unknown", "SomethingNew", "?"))).phase()).isEqualTo(Phase.UNKNOWN);
    assertThat(ResourceStatus.of(instance(ready("False", "SomethingNew", "?"))).phase()).isEqualTo(Phase.ERROR);
    ServiceInstance busy = instance(ready("False", "SomethingNew", "?"));
    busy.getStatus().setAsyncOpInProgress(true);
    assertThat(ResourceStatus.of(busy).phase()).isEqualTo(Phase.IN_PROGRESS);
  }

  @Test
  @DisplayName("an error reason stays an error even while an operation is recorded as running")
  void errorWhileOperationRuns() {
    ServiceInstance instance = instance(ready("False", "ErrorPollingLastOperation", "broker said 500"));
    instance.getStatus().setAsyncOpInProgress(true);
    instance.getStatus().setCurrentOperation("Update");
    ResourceStatus status = ResourceStatus.of(instance);
    assertThat(status.phase()).isEqualTo(Phase.ERROR);
    assertThat(status.operation()).contains(Operation.UPDATING);
    assertThat(status.label()).isEqualTo("Error, retrying");
  }

  @Test
  @DisplayName("conditions without a Ready one read as unknown, with the last condition's words")
  void noReadyCondition() {
    ServiceInstance instance = instance(
        new ServiceCatalogCondition("OrphanMitigation", "True", null, "ProvisionCallFailed", "cleaning"));
    ResourceStatus status = ResourceStatus.of(instance);
    assertThat(status.phase()).isEqualTo(Phase.UNKNOWN);
    assertThat(status.message()).isEqualTo("cleaning");
    assertThat(status.svcatStatus()).isEqualTo("OrphanMitigation");
  }

  @Test
  @DisplayName("bindings: none yet is binding; an unbind in progress on deletion is unbinding")
  void bindings() {
    ServiceBinding fresh = new ServiceBinding();
    assertThat(ResourceStatus.of(fresh).operation()).contains(Operation.BINDING);
    assertThat(ResourceStatus.of(fresh).message()).isEqualTo("Waiting for the Service Catalog controller to bind.");

    ServiceBinding unbinding = new ServiceBinding();
    unbinding.getMetadata().setDeletionTimestamp("2026-11-23T00:01:00Z");
    ServiceBindingStatus status = new ServiceBindingStatus();
    status.setCurrentOperation("Unbind");
    status.setConditions(List.of(ready("False", "UnbindingRequestInFlight", "Unbind request in flight")));
    unbinding.setStatus(status);
    assertThat(ResourceStatus.of(unbinding).phase()).isEqualTo(Phase.IN_PROGRESS);
    assertThat(ResourceStatus.of(unbinding).operation()).contains(Operation.UNBINDING);
    assertThat(ResourceStatus.of(unbinding).label()).isEqualTo("Unbinding");
  }

  @Test
  @DisplayName("brokers: none yet is fetching the catalog; a Failed condition (newer controllers) is failed")
  void brokers() {
    ClusterServiceBroker fresh = new ClusterServiceBroker();
    assertThat(ResourceStatus.of(fresh).phase()).isEqualTo(Phase.IN_PROGRESS);
    assertThat(ResourceStatus.of(fresh).operation()).contains(Operation.FETCHING_CATALOG);
    assertThat(ResourceStatus.of(fresh).message())
        .isEqualTo("Waiting for the Service Catalog controller to fetch the broker's catalog.");

    ClusterServiceBroker failed = new ClusterServiceBroker();
    ServiceBrokerStatus status = new ServiceBrokerStatus();
    status.setConditions(List.of(ready("False", "ErrorFetchingCatalog", "Error fetching catalog.Gone"),
        new ServiceCatalogCondition("Failed", "True", null, "ErrorReconciliationRetryTimeout", "gave up")));
    failed.setStatus(status);
    ResourceStatus result = ResourceStatus.of(failed);
    assertThat(result.phase()).isEqualTo(Phase.FAILED);
    assertThat(result.message()).isEqualTo(
        "The controller stopped retrying because too much time has passed. Last error: Error fetching catalog. Gone");
    assertThat(result.svcatStatus()).isEqualTo("Failed");
  }

  @Test
  @DisplayName("classes and plans: Active, or Removed from broker catalog (svcat: Deprecated)")
  void classesAndPlans() {
    ClusterServiceClass active = new ClusterServiceClass();
    active.setSpec(new ClusterServiceClassSpec());
    assertThat(ResourceStatus.of(active).phase()).isEqualTo(Phase.READY);
    assertThat(ResourceStatus.of(active).svcatStatus()).isEqualTo("Active");

    ClusterServiceClass removed = new ClusterServiceClass();
    ServiceClassStatus classStatus = new ServiceClassStatus();
    classStatus.setRemovedFromBrokerCatalog(true);
    removed.setStatus(classStatus);
    ResourceStatus status = ResourceStatus.of(removed);
    assertThat(status.phase()).isEqualTo(Phase.REMOVED);
    assertThat(status.svcatStatus()).isEqualTo("Deprecated");
    assertThat(status.label()).isEqualTo("Removed from broker catalog");
    assertThat(status.operation()).isEqualTo(Optional.empty());

    ServicePlan plan = new ServicePlan();
    ServicePlanStatus planStatus = new ServicePlanStatus();
    planStatus.setRemovedFromBrokerCatalog(false);
    plan.setStatus(planStatus);
    assertThat(ResourceStatus.of(plan).phase()).isEqualTo(Phase.READY);
  }

  @Test
  @DisplayName("objects that are not Service Catalog objects are unknown, with a message saying so")
  void otherObjects() {
    ResourceStatus status = ResourceStatus.of(new PodBuilder().withNewMetadata().withName("p").endMetadata().build());
    assertThat(status.phase()).isEqualTo(Phase.UNKNOWN);
    assertThat(status.message()).isEqualTo("This is not a Service Catalog object.");
  }

  @Test
  @DisplayName("every phase and operation has a label in the bundle")
  void labels() {
    for (Phase phase : Phase.values()) {
      assertThat(phase.label()).isNotBlank();
    }
    for (Operation operation : Operation.values()) {
      assertThat(operation.label()).isNotBlank();
    }
  }

  @Test
  @DisplayName("svcat describe line follows svcat: every trailing dot trimmed, whitespace kept, empty when the short status is empty")
  void svcatDescribeRule() {
    String t = "2026-11-23T00:00:00Z";
    assertThat(SvcatStatus.describe(List.of(new ServiceCatalogCondition("Ready", "True", t, "Done", "Provisioned..."))))
        .isEqualTo("Ready - Provisioned @ 2026-11-23 00:00:00 +0000 UTC");
    assertThat(SvcatStatus.describe(List.of(new ServiceCatalogCondition("Ready", "True", t, "Done", " spaced. "))))
        .isEqualTo("Ready -  spaced.  @ 2026-11-23 00:00:00 +0000 UTC");
    assertThat(SvcatStatus.describe(List.of(new ServiceCatalogCondition("Ready", "False", t, null, "waiting."))))
        .isEmpty();
  }
}
