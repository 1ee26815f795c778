package io.servicecatalog.console.model.status;

import static io.servicecatalog.console.model.status.Operation.BINDING;
import static io.servicecatalog.console.model.status.Operation.DEPROVISIONING;
import static io.servicecatalog.console.model.status.Operation.FETCHING_CATALOG;
import static io.servicecatalog.console.model.status.Operation.ORPHAN_MITIGATION;
import static io.servicecatalog.console.model.status.Operation.PROVISIONING;
import static io.servicecatalog.console.model.status.Operation.UPDATING;
import static io.servicecatalog.console.model.status.Phase.ERROR;
import static io.servicecatalog.console.model.status.Phase.FAILED;
import static io.servicecatalog.console.model.status.Phase.IN_PROGRESS;
import static io.servicecatalog.console.model.status.Phase.READY;
import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.model.Fixtures;
import io.servicecatalog.console.model.v1beta1.ConditionedStatus;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogResource;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The status interpretation of every real state in fixtures/INDEX.md, one row per state. */
class ResourceStatusFixturesTest {

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

  /** file, phase, operation (null = none), svcat status, reason, a piece of the message. */
  static Stream<Arguments> states() {
    return Stream.of(
        // brokers: v0.3.1 never writes Failed, so a failing fetch stays "error, retrying"
        row("clusterservicebroker-dead-url-after-retry-timeout-still-error", ERROR, FETCHING_CATALOG,
            "ErrorFetchingCatalog", "ErrorFetchingCatalog", "Error fetching catalog. Error getting broker catalog"),
        row("clusterservicebroker-dead-url-error-fetching-catalog", ERROR, FETCHING_CATALOG,
            "ErrorFetchingCatalog", "ErrorFetchingCatalog", "connection refused"),
        row("clusterservicebroker-missing-auth-secret-error", ERROR, FETCHING_CATALOG, "ErrorFetchingCatalog",
            "ErrorFetchingCatalog",
            "Error fetching catalog. Error getting broker auth credentials: secrets \"missing-broker-auth\" not found"),
        row("clusterservicebroker-test-broker-ready", READY, null, "Ready", "FetchedCatalog",
            "Successfully fetched catalog entries from broker."),
        row("clusterservicebroker-ups-broker-ready", READY, null, "Ready", "FetchedCatalog", "Successfully fetched"),
        row("servicebroker-ns-ups-broker-ready", READY, null, "Ready", "FetchedCatalog", "Successfully fetched"),
        // classes and plans: no status at all means still offered
        row("clusterserviceclass-test-service", READY, null, "Active", "", "Offered by the broker."),
        row("clusterserviceclass-test-service-with-schemas", READY, null, "Active", "", "Offered"),
        row("serviceclass-user-provided-service-namespaced", READY, null, "Active", "", "Offered"),
        row("clusterserviceplan-test-service-multiple-plans-default-free", READY, null, "Active", "", "Offered"),
        row("clusterserviceplan-test-service-multiple-plans-premium-nonfree", READY, null, "Active", "", "Offered"),
        row("clusterserviceplan-test-service-with-schemas-default", READY, null, "Active", "", "Offered"),
        row("serviceplan-user-provided-service-premium-namespaced", READY, null, "Active", "", "Offered"),
        row("serviceplan-user-provided-service-with-schemas-default-namespaced", READY, null, "Active", "", "Offered"),
        // bindings
        row("servicebinding-error-instance-not-ready-async-provisioning", ERROR, BINDING, "ErrorInstanceNotReady",
            "ErrorInstanceNotReady", "Binding cannot begin because referenced ServiceInstance"),
        row("servicebinding-error-instance-not-ready-failed-instance", ERROR, BINDING, "ErrorInstanceNotReady",
            "ErrorInstanceNotReady", "fixtures/fail400-instance"),
        row("servicebinding-ready-after-async-provision", READY, null, "Ready", "InjectedBindResult",
            "Injected bind result"),
        row("servicebinding-ready-namespaced-class-instance", READY, null, "Ready", "InjectedBindResult", "Injected"),
        row("servicebinding-ready-parameters-parametersfrom-more-transforms", READY, null, "Ready",
            "InjectedBindResult", "Injected"),
        row("servicebinding-ready-test-service-plain", READY, null, "Ready", "InjectedBindResult", "Injected"),
        row("servicebinding-ready-ups-nonstring-credentials", READY, null, "Ready", "InjectedBindResult", "Injected"),
        row("servicebinding-ready-ups-secret-transforms", READY, null, "Ready", "InjectedBindResult", "Injected"),
        row("servicebinding-references-nonexistent-instance", ERROR, BINDING, "ReferencesNonexistentInstance",
            "ReferencesNonexistentInstance", "no-such-instance"),
        // instances
        row("serviceinstance-async-provision-fail-in-progress", IN_PROGRESS, PROVISIONING, "Provisioning",
            "Provisioning", "being provisioned asynchronously"),
        row("serviceinstance-async-provision-failed-orphan-mitigation-async-deprovisioning", FAILED,
            ORPHAN_MITIGATION, "OrphanMitigation", "ProvisionCallFailed", "Provision call failed: Failed"),
        row("serviceinstance-async-provision-failed-orphan-mitigation-deprovision-call-failed", FAILED,
            ORPHAN_MITIGATION, "OrphanMitigation", "ProvisionCallFailed", "Provision call failed: Failed"),
        row("serviceinstance-async-provision-in-progress", IN_PROGRESS, PROVISIONING, "Provisioning", "Provisioning",
            "being provisioned asynchronously"),
        row("serviceinstance-async-provision-ready", READY, null, "Ready", "ProvisionedSuccessfully",
            "The instance was provisioned successfully"),
        row("serviceinstance-async-update-done-ready", READY, null, "Ready", "InstanceUpdatedSuccessfully",
            "updated successfully"),
        row("serviceinstance-async-update-in-progress", IN_PROGRESS, UPDATING, "UpdatingInstance", "UpdatingInstance",
            "being updated asynchronously"),
        row("serviceinstance-deleting-deprovision-fail500-retrying", ERROR, DEPROVISIONING, "DeprovisionCallFailed",
            "DeprovisionCallFailed", "Status: 500"),
        row("serviceinstance-deleting-deprovision-failed-retry-timeout-stuck", FAILED, DEPROVISIONING, "Failed",
            "ErrorReconciliationRetryTimeout",
            "The controller stopped retrying because too much time has passed. Last error: Deprovision call failed"),
        row("serviceinstance-deprovision-fail500-ready-before-delete", READY, null, "Ready", "ProvisionedSuccessfully",
            "provisioned successfully"),
        row("serviceinstance-failed-provision-400", FAILED, PROVISIONING, "Failed",
            "ClusterServiceBrokerReturnedFailure", "Error provisioning ServiceInstance"),
        row("serviceinstance-multiplan-ready-default-before-update", READY, null, "Ready", "ProvisionedSuccessfully",
            "provisioned successfully"),
        row("serviceinstance-multiplan-updated-to-premium", READY, null, "Ready", "InstanceUpdatedSuccessfully",
            "updated successfully"),
        row("serviceinstance-multiplan-updaterequests-bumped", READY, null, "Ready", "InstanceUpdatedSuccessfully",
            "updated successfully"),
        row("serviceinstance-provision-500-orphan-mitigation-deleting-bindings", IN_PROGRESS, ORPHAN_MITIGATION,
            "OrphanMitigation", "ServiceBindingsDeletion", "service bindings is beaing deleted"),
        row("serviceinstance-provision-500-orphan-mitigation-in-progress", IN_PROGRESS, ORPHAN_MITIGATION,
            "OrphanMitigation", "StartingInstanceOrphanMitigation", "ambiguous error"),
        row("serviceinstance-provision-500-orphan-mitigation-successful-retrying", ERROR, PROVISIONING,
            "OrphanMitigationSuccessful", "OrphanMitigationSuccessful", "Orphan mitigation was completed"),
        row("serviceinstance-provision-500-request-in-flight", IN_PROGRESS, PROVISIONING, "ProvisionRequestInFlight",
            "ProvisionRequestInFlight", "in-flight to Broker"),
        row("serviceinstance-ready-namespaced-serviceclass", READY, null, "Ready", "ProvisionedSuccessfully",
            "provisioned successfully"),
        row("serviceinstance-ready-parametersfrom-secret", READY, null, "Ready", "ProvisionedSuccessfully",
            "provisioned successfully"),
        row("serviceinstance-ready-test-service-with-parameters", READY, null, "Ready", "ProvisionedSuccessfully",
            "provisioned successfully"),
        row("serviceinstance-ready-ups-credentials-parameters", READY, null, "Ready", "ProvisionedSuccessfully",
            "provisioned successfully"),
        row("serviceinstance-ready-ups-premium-nonstring-credentials", READY, null, "Ready",
            "ProvisionedSuccessfully", "provisioned successfully"),
        row("serviceinstance-references-nonexistent-class", ERROR, null, "ReferencesNonexistentServiceClass",
            "ReferencesNonexistentServiceClass", "ClusterServiceClass that does not exist"),
        row("serviceinstance-references-nonexistent-plan", ERROR, null, "ReferencesNonexistentServicePlan",
            "ReferencesNonexistentServicePlan", "ClusterServicePlan that does not exist"),
        row("serviceinstance-update-failed-400", FAILED, UPDATING, "Failed", "UpdateInstanceCallFailed",
            "returned a failure for update call"));
  }

  private static Arguments row(String file, Phase phase, Operation operation, String svcat, String reason,
      String message) {
    return Arguments.of(file + ".json", phase, operation, svcat, reason, message);
  }

  @ParameterizedTest(name = "{0} → {1} {2} ({3})")
  @MethodSource("states")
  @DisplayName("each real controller state reads as the phase, operation, svcat status and message a user expects")
  void interpretsRealStates(String file, Phase phase, Operation operation, String svcat, String reason,
      String message) {
    ResourceStatus status = ResourceStatus.of(Fixtures.catalogObject(file));

    assertThat(status.phase()).as("phase").isEqualTo(phase);
    assertThat(status.operation()).as("operation").isEqualTo(Optional.ofNullable(operation));
    assertThat(status.svcatStatus()).as("svcat status").isEqualTo(svcat);
    assertThat(status.reason()).as("reason").isEqualTo(reason);
    assertThat(status.message()).as("message").contains(message);
  }

  @Test
  @DisplayName("the table covers every single-object catalog fixture")
  void tableCoversEveryFixture() {
    var inTable = states().map(a -> (String) a.get()[0]).toList();
    var singleObjectFixtures = Fixtures.jsonFiles().stream()
        .filter(f -> Fixtures.catalogObjects(f).size() == 1 && !Fixtures.tree(f).path("kind").asText().endsWith("List"))
        .toList();
    assertThat(inTable).containsExactlyInAnyOrderElementsOf(singleObjectFixtures);
  }

  @Test
  @DisplayName("svcat status equals the lastConditionState the controller wrote, for every object in every fixture")
  void svcatStatusMatchesLastConditionState() {
    int expected = 0;
    int checked = 0;
    for (String file : Fixtures.jsonFiles()) {
      for (var tree : Fixtures.objects(file)) {
        if (tree.path("status").has("lastConditionState")) {
          expected++;
        }
      }
      for (ServiceCatalogResource<?, ?> object : Fixtures.catalogObjects(file)) {
        if (object.getStatus() instanceof ConditionedStatus status && status.getLastConditionState() != null) {
          assertThat(ResourceStatus.of(object).svcatStatus()).as(file + ": " + object.getMetadata().getName())
              .isEqualTo(status.getLastConditionState());
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(expected).isGreaterThan(60);
  }

  @Test
  @DisplayName("the instances of the kubectl list read the same as their single-object fixtures")
  void listItemsReadAlike() {
    Map<String, Phase> expected = Map.ofEntries(
        Map.entry("async-instance", READY), Map.entry("async-provision-fail-instance", FAILED),
        Map.entry("deprov-fail400-instance", FAILED), Map.entry("deprov-fail500-instance", ERROR),
        Map.entry("fail400-instance", FAILED), Map.entry("fail500-instance", ERROR),
        Map.entry("multiplan-instance", READY), Map.entry("noclass-instance", ERROR),
        Map.entry("noplan-instance", ERROR), Map.entry("ns-class-instance", READY),
        Map.entry("paramsfrom-instance", READY), Map.entry("test-instance", READY),
        Map.entry("update-fail400-instance", FAILED), Map.entry("ups-instance", READY),
        Map.entry("ups-typed-instance", READY));
    for (String file : new String[] {"serviceinstances-fixtures-list.json",
        "serviceinstances-fixtures-list-raw-apiserver.json"}) {
      var objects = Fixtures.catalogObjects(file);
      assertThat(objects).hasSize(expected.size());
      for (var object : objects) {
        assertThat(ResourceStatus.of(object).phase()).as(object.getMetadata().getName())
            .isEqualTo(expected.get(object.getMetadata().getName()));
      }
    }
  }

  @Test
  @DisplayName("svcat describe's status line: short status, message without its final dot, UTC time")
  void svcatDescription() {
    var status = ResourceStatus.of(Fixtures.catalogObject("serviceinstance-async-provision-ready.json"));
    assertThat(status.svcatDescription())
        .matches("Ready - The instance was provisioned successfully @ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000 UTC");
    var broker = ResourceStatus.of(Fixtures.catalogObject("clusterservicebroker-test-broker-ready.json"));
    assertThat(broker.svcatDescription()).startsWith("Ready - Successfully fetched catalog entries from broker @ ");
  }
}
