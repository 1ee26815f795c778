package io.servicecatalog.console.model.status;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.model.Messages;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBindingStatus;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerResource;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceStatus;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the status of a Service Catalog object means to a person: a {@link Phase}, the {@link Operation} it is about,
 * svcat's one-word status and the sentence to show.
 *
 * <p>Rules (checked against the real v0.3.1 states in the fixtures):
 * <ul>
 *   <li>A True {@code Failed} condition is {@link Phase#FAILED}: the controller will not retry. Its message is shown;
 *   after {@code ErrorReconciliationRetryTimeout} the last Ready message is shown too, since that is the actual error.
 *   <li>{@code Ready=True} is {@link Phase#READY}, unless the object is being deleted ({@link Phase#IN_PROGRESS}).
 *   <li>{@code Ready=False/Unknown} with a reason that means work is under way ({@code Provisioning},
 *   {@code ...RequestInFlight}, {@code StartingInstanceOrphanMitigation}, ...) or with {@code asyncOpInProgress} /
 *   {@code orphanMitigationInProgress} set is {@link Phase#IN_PROGRESS}.
 *   <li>Any other {@code Ready=False} (and {@code Ready=Unknown} with a known error reason such as
 *   {@code DeprovisionCallFailed}) is {@link Phase#ERROR}: the controller keeps retrying. Brokers in v0.3.1 never get a
 *   Failed condition, even after the 7-day retry timeout, so a broker that cannot fetch its catalog is always ERROR
 *   ("error, retrying"), never FAILED.
 *   <li>A binding to an instance that is not ready reports {@code ErrorInstanceNotReady} whether the instance is still
 *   provisioning or has failed; both read as {@link Phase#ERROR} here (the controller's word), and a view that also
 *   has the instance can say which.
 *   <li>No conditions yet: {@link Phase#IN_PROGRESS}, waiting for the controller.
 *   <li>Classes and plans: {@link Phase#READY} ("Active"), or {@link Phase#REMOVED} when the broker dropped them.
 * </ul>
 */
public final class ResourceStatus {

  /** Ready reasons that mean the controller is working, not failing. */
  private static final Set<String> WORKING_REASONS = Set.of(
      "Provisioning", "UpdatingInstance", "Deprovisioning", "ProvisionRequestInFlight",
      "UpdateInstanceRequestInFlight", "DeprovisionRequestInFlight", "StartingInstanceOrphanMitigation",
      "ServiceBindingsDeletion", "DeprovisionedSuccessfully",
      "Binding", "Unbinding", "BindingRequestInFlight", "UnbindingRequestInFlight", "UnboundSuccessfully",
      "DeletedClusterServiceBrokerSuccessfully", "DeletedSuccessfully");

  /** Error reasons the controller retries; known so that Ready=Unknown with one of them reads as ERROR. */
  private static final Set<String> KNOWN_ERROR_REASONS = Set.of(
      "ErrorWithParameters", "ProvisionCallFailed", "ErrorCallingProvision", "UpdateInstanceCallFailed",
      "ErrorCallingUpdateInstance", "DeprovisionCallFailed", "DeprovisionBlockedByExistingCredentials",
      "ErrorPollingLastOperation", "ErrorWithOriginatingIdentity", "ErrorAsyncOperationInProgress",
      "ReferencesNonexistentServiceClass", "ReferencesNonexistentServicePlan", "ReferencesNonexistentBroker",
      "ReferencesDeletedServiceClass", "ReferencesDeletedServicePlan", "ErrorFindingNamespaceForInstance",
      "OrphanMitigationFailed", "OrphanMitigationSuccessful", "InvalidDeprovisionStatus",
      "ErrorReconciliationRetryTimeout", "ReferencesNonexistentInstance", "BindCallFailed", "ErrorInjectingBindResult",
      "ErrorEjectingServiceBinding", "UnbindCallFailed", "ErrorNonbindableServiceClass", "ErrorInstanceRefsUnresolved",
      "ErrorInstanceNotReady", "ServiceBindingNeedsOrphanMitigation", "FetchingBindingFailed", "AsyncOperationTimeout",
      "ErrorFetchingCatalog", "ErrorSyncingCatalog", "ErrorGettingAuthCredentials");

  private static final Map<String, Operation> OPERATION_BY_REASON = Map.ofEntries(
      Map.entry("Provisioning", Operation.PROVISIONING),
      Map.entry("ProvisionRequestInFlight", Operation.PROVISIONING),
      Map.entry("ProvisionCallFailed", Operation.PROVISIONING),
      Map.entry("ErrorCallingProvision", Operation.PROVISIONING),
      Map.entry("OrphanMitigationSuccessful", Operation.PROVISIONING),
      Map.entry("UpdatingInstance", Operation.UPDATING),
      Map.entry("UpdateInstanceRequestInFlight", Operation.UPDATING),
      Map.entry("UpdateInstanceCallFailed", Operation.UPDATING),
      Map.entry("ErrorCallingUpdateInstance", Operation.UPDATING),
      Map.entry("Deprovisioning", Operation.DEPROVISIONING),
      Map.entry("DeprovisionRequestInFlight", Operation.DEPROVISIONING),
      Map.entry("DeprovisionCallFailed", Operation.DEPROVISIONING),
      Map.entry("DeprovisionBlockedByExistingCredentials", Operation.DEPROVISIONING),
      Map.entry("InvalidDeprovisionStatus", Operation.DEPROVISIONING),
      Map.entry("DeprovisionedSuccessfully", Operation.DELETING),
      Map.entry("StartingInstanceOrphanMitigation", Operation.ORPHAN_MITIGATION),
      Map.entry("ServiceBindingsDeletion", Operation.ORPHAN_MITIGATION),
      Map.entry("OrphanMitigationFailed", Operation.ORPHAN_MITIGATION),
      Map.entry("Binding", Operation.BINDING),
      Map.entry("BindingRequestInFlight", Operation.BINDING),
      Map.entry("BindCallFailed", Operation.BINDING),
      Map.entry("ErrorInjectingBindResult", Operation.BINDING),
      Map.entry("ErrorInstanceNotReady", Operation.BINDING),
      Map.entry("ReferencesNonexistentInstance", Operation.BINDING),
      Map.entry("ErrorNonbindableServiceClass", Operation.BINDING),
      Map.entry("ErrorInstanceRefsUnresolved", Operation.BINDING),
      Map.entry("Unbinding", Operation.UNBINDING),
      Map.entry("UnbindingRequestInFlight", Operation.UNBINDING),
      Map.entry("UnbindCallFailed", Operation.UNBINDING),
      Map.entry("ErrorEjectingServiceBinding", Operation.UNBINDING),
      Map.entry("UnboundSuccessfully", Operation.DELETING),
      Map.entry("ServiceBindingNeedsOrphanMitigation", Operation.ORPHAN_MITIGATION),
      Map.entry("ErrorFetchingCatalog", Operation.FETCHING_CATALOG),
      Map.entry("ErrorSyncingCatalog", Operation.FETCHING_CATALOG),
      Map.entry("ErrorGettingAuthCredentials", Operation.FETCHING_CATALOG));

  /** v0.3.1 joins two broker error strings without a space: "Error fetching catalog.Error getting ...". */
  private static final Pattern JOINED_SENTENCES = Pattern.compile("(?<=[a-z])\\.(?=[A-Z][a-z])");

  /** svcat's words for classes and plans. */
  static final String SVCAT_ACTIVE = "Active";
  static final String SVCAT_DEPRECATED = "Deprecated";

  private final Phase phase;
  private final Operation operation;
  private final String svcatStatus;
  private final String message;
  private final String reason;
  private final String svcatDescription;

  private ResourceStatus(Phase phase, Operation operation, String svcatStatus, String message, String reason,
      String svcatDescription) {
    this.phase = Objects.requireNonNull(phase);
    this.operation = operation;
    this.svcatStatus = svcatStatus == null ? "" : svcatStatus;
    this.message = message == null ? "" : message;
    this.reason = reason == null ? "" : reason;
    this.svcatDescription = svcatDescription == null ? "" : svcatDescription;
  }

  /** Interprets the status of any of the eight kinds; other objects give {@link Phase#UNKNOWN}. */
  public static ResourceStatus of(HasMetadata resource) {
    if (resource instanceof ServiceInstance instance) {
      return ofInstance(instance);
    }
    if (resource instanceof ServiceBinding binding) {
      return ofBinding(binding);
    }
    if (resource instanceof ServiceBrokerResource broker) {
      return ofBroker(broker);
    }
    if (resource instanceof ServiceClassResource serviceClass) {
      return ofCatalogEntry(serviceClass.isRemovedFromBrokerCatalog(), isDeleting(resource));
    }
    if (resource instanceof ServicePlanResource plan) {
      return ofCatalogEntry(plan.isRemovedFromBrokerCatalog(), isDeleting(resource));
    }
    return new ResourceStatus(Phase.UNKNOWN, null, "", Messages.get("status.notServiceCatalog"), "", "");
  }

  /** The phase. */
  public Phase phase() {
    return phase;
  }

  /** The operation the status is about: the running one, or the failed one when it can be told. */
  public Optional<Operation> operation() {
    return Optional.ofNullable(operation);
  }

  /** svcat's one-word status (= the CRD's {@code lastConditionState}); "Active"/"Deprecated" for classes and plans. */
  public String svcatStatus() {
    return svcatStatus;
  }

  /** The sentence a person reads: the controller's condition message, or the console's own when there is none. */
  public String message() {
    return message;
  }

  /** The machine-readable reason of the condition the message came from; empty when none. */
  public String reason() {
    return reason;
  }

  /** svcat describe's status line ({@code Ready - The instance was provisioned successfully @ ...}); may be empty. */
  public String svcatDescription() {
    return svcatDescription;
  }

  /** A short label: the operation while in progress ("Provisioning"), else the phase ("Ready", "Failed", ...). */
  public String label() {
    if (phase == Phase.IN_PROGRESS && operation != null) {
      return operation.label();
    }
    return phase.label();
  }

  @Override
  public String toString() {
    return "ResourceStatus[" + phase + (operation == null ? "" : "/" + operation) + ", svcat=" + svcatStatus
        + ", reason=" + reason + "]";
  }

  // ---- brokers

  private static ResourceStatus ofBroker(ServiceBrokerResource broker) {
    List<ServiceCatalogCondition> conditions =
        broker.getStatus() == null ? null : broker.getStatus().getConditions();
    boolean deleting = isDeleting(broker);
    Interpreted base = interpret(conditions, false, deleting, "status.broker.waiting");
    Operation operation = base.phase == Phase.READY ? null
        : deleting ? Operation.DELETING
        : base.operationFromReason != null ? base.operationFromReason
        : base.phase == Phase.IN_PROGRESS || base.phase == Phase.ERROR ? Operation.FETCHING_CATALOG : null;
    String message = JOINED_SENTENCES.matcher(base.message).replaceAll(". ");
    return new ResourceStatus(base.phase, operation, SvcatStatus.of(conditions), message, base.reason,
        SvcatStatus.describe(conditions));
  }

  // ---- classes and plans

  private static ResourceStatus ofCatalogEntry(boolean removed, boolean deleting) {
    if (removed) {
      return new ResourceStatus(Phase.REMOVED, null, SVCAT_DEPRECATED, Messages.get("status.removedFromCatalog"),
          "", "");
    }
    if (deleting) {
      return new ResourceStatus(Phase.IN_PROGRESS, Operation.DELETING, SVCAT_ACTIVE,
          Messages.get("status.deleting"), "", "");
    }
    return new ResourceStatus(Phase.READY, null, SVCAT_ACTIVE, Messages.get("status.active"), "", "");
  }

  // ---- instances

  private static ResourceStatus ofInstance(ServiceInstance instance) {
    ServiceInstanceStatus status = instance.getStatus();
    List<ServiceCatalogCondition> conditions = status == null ? null : status.getConditions();
    boolean orphanMitigation = status != null && Boolean.TRUE.equals(status.getOrphanMitigationInProgress());
    boolean busy = orphanMitigation || status != null && Boolean.TRUE.equals(status.getAsyncOpInProgress());
    boolean deleting = isDeleting(instance);
    Operation current = status == null || status.getCurrentOperation() == null ? null
        : switch (status.getCurrentOperation()) {
          case ServiceInstanceStatus.OPERATION_PROVISION -> Operation.PROVISIONING;
          case ServiceInstanceStatus.OPERATION_UPDATE -> Operation.UPDATING;
          case ServiceInstanceStatus.OPERATION_DEPROVISION -> Operation.DEPROVISIONING;
          default -> null;
        };
    Interpreted base = interpret(conditions, busy || current != null, deleting, "status.instance.waiting");
    Operation operation = firstNonNull(orphanMitigation ? Operation.ORPHAN_MITIGATION : null, current,
        base.operationFromReason, deleting ? Operation.DELETING : null,
        base.noConditions ? Operation.PROVISIONING : null);
    return finish(base, operation, conditions);
  }

  // ---- bindings

  private static ResourceStatus ofBinding(ServiceBinding binding) {
    ServiceBindingStatus status = binding.getStatus();
    List<ServiceCatalogCondition> conditions = status == null ? null : status.getConditions();
    boolean orphanMitigation = status != null && Boolean.TRUE.equals(status.getOrphanMitigationInProgress());
    boolean busy = orphanMitigation || status != null && Boolean.TRUE.equals(status.getAsyncOpInProgress());
    boolean deleting = isDeleting(binding);
    Operation current = status == null || status.getCurrentOperation() == null ? null
        : switch (status.getCurrentOperation()) {
          case ServiceBindingStatus.OPERATION_BIND -> Operation.BINDING;
          case ServiceBindingStatus.OPERATION_UNBIND -> Operation.UNBINDING;
          default -> null;
        };
    Interpreted base = interpret(conditions, busy || current != null, deleting, "status.binding.waiting");
    Operation operation = firstNonNull(orphanMitigation ? Operation.ORPHAN_MITIGATION : null, current,
        base.operationFromReason, deleting ? Operation.DELETING : null,
        base.noConditions ? Operation.BINDING : null);
    return finish(base, operation, conditions);
  }

  private static ResourceStatus finish(Interpreted base, Operation operation, List<ServiceCatalogCondition> conditions) {
    return new ResourceStatus(base.phase, base.phase == Phase.READY ? null : operation, SvcatStatus.of(conditions),
        base.message, base.reason, SvcatStatus.describe(conditions));
  }

  // ---- the shared condition rules

  private record Interpreted(Phase phase, String message, String reason, Operation operationFromReason,
      boolean noConditions) {
  }

  private static Interpreted interpret(List<ServiceCatalogCondition> conditions, boolean busy, boolean deleting,
      String waitingKey) {
    if (conditions == null || conditions.isEmpty()) {
      return new Interpreted(Phase.IN_PROGRESS, Messages.get(deleting ? "status.deleting" : waitingKey), "", null,
          true);
    }
    ServiceCatalogCondition ready = find(conditions, ServiceCatalogCondition.TYPE_READY);
    ServiceCatalogCondition failed = find(conditions, ServiceCatalogCondition.TYPE_FAILED);
    Operation fromReason = ready == null ? null : OPERATION_BY_REASON.get(ready.getReason());
    if (failed != null && ServiceCatalogCondition.STATUS_TRUE.equals(failed.getStatus())) {
      String message = text(failed.getMessage());
      if ("ErrorReconciliationRetryTimeout".equals(failed.getReason()) && ready != null
          && !text(ready.getMessage()).isEmpty()) {
        message = Messages.get("status.retryTimeout", text(ready.getMessage()));
      }
      return new Interpreted(Phase.FAILED, message, failed.getReason(), fromReason, false);
    }
    if (ready == null) {
      ServiceCatalogCondition last = conditions.get(conditions.size() - 1);
      return new Interpreted(Phase.UNKNOWN, text(last.getMessage()), last.getReason(), null, false);
    }
    String reason = text(ready.getReason());
    String message = text(ready.getMessage());
    if (ServiceCatalogCondition.STATUS_TRUE.equals(ready.getStatus())) {
      if (deleting) {
        return new Interpreted(Phase.IN_PROGRESS, Messages.get("status.deleting"), reason, fromReason, false);
      }
      return new Interpreted(busy ? Phase.IN_PROGRESS : Phase.READY, message, reason, fromReason, false);
    }
    if (WORKING_REASONS.contains(reason)) {
      return new Interpreted(Phase.IN_PROGRESS, message, reason, fromReason, false);
    }
    if (KNOWN_ERROR_REASONS.contains(reason)) {
      return new Interpreted(Phase.ERROR, message, reason, fromReason, false);
    }
    if (ServiceCatalogCondition.STATUS_UNKNOWN.equals(ready.getStatus())) {
      return new Interpreted(Phase.UNKNOWN, message, reason, fromReason, false);
    }
    return new Interpreted(busy ? Phase.IN_PROGRESS : Phase.ERROR, message, reason, fromReason, false);
  }

  private static ServiceCatalogCondition find(List<ServiceCatalogCondition> conditions, String type) {
    for (ServiceCatalogCondition condition : conditions) {
      if (type.equals(condition.getType())) {
        return condition;
      }
    }
    return null;
  }

  private static boolean isDeleting(HasMetadata resource) {
    return resource.getMetadata() != null && resource.getMetadata().getDeletionTimestamp() != null;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
