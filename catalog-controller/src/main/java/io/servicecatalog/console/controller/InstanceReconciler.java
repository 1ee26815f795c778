package io.servicecatalog.console.controller;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.v1beta1.ClusterObjectReference;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.LocalObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerResource;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstancePropertiesState;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceStatus;
import io.servicecatalog.console.model.v1beta1.ServicePlan;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.model.v1beta1.UserInfo;
import io.servicecatalog.console.osb.DeleteResponse;
import io.servicecatalog.console.osb.LastOperation;
import io.servicecatalog.console.osb.LastOperationQuery;
import io.servicecatalog.console.osb.OperationState;
import io.servicecatalog.console.osb.OriginatingIdentity;
import io.servicecatalog.console.osb.OsbClient;
import io.servicecatalog.console.osb.OsbContext;
import io.servicecatalog.console.osb.OsbException;
import io.servicecatalog.console.osb.PreviousValues;
import io.servicecatalog.console.osb.ProvisionRequest;
import io.servicecatalog.console.osb.ProvisionResponse;
import io.servicecatalog.console.osb.UpdateRequest;
import io.servicecatalog.console.osb.UpdateResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles ServiceInstances: resolves the class and plan, provisions, polls asynchronous operations, updates on
 * spec changes, deprovisions on delete and mitigates orphans, writing the upstream conditions, reasons and status
 * fields (kubernetes-sigs/service-catalog v0.3.1 {@code controller_instance.go}).
 */
final class InstanceReconciler {

  static final String READY = ServiceCatalogCondition.TYPE_READY;
  static final String FAILED = ServiceCatalogCondition.TYPE_FAILED;
  static final String ORPHAN = ServiceCatalogCondition.TYPE_ORPHAN_MITIGATION;
  static final String TRUE = ServiceCatalogCondition.STATUS_TRUE;
  static final String FALSE = ServiceCatalogCondition.STATUS_FALSE;
  static final String UNKNOWN = ServiceCatalogCondition.STATUS_UNKNOWN;

  static final String PROVISIONED = "Provisioned";
  static final String NOT_PROVISIONED = "NotProvisioned";
  static final String DEPROVISION_NOT_REQUIRED = "NotRequired";
  static final String DEPROVISION_REQUIRED = "Required";
  static final String DEPROVISION_SUCCEEDED = "Succeeded";
  static final String DEPROVISION_FAILED = "Failed";

  static final String RETRY_TIMEOUT_MESSAGE = "Stopping reconciliation retries because too much time has elapsed";

  private static final Logger LOG = LoggerFactory.getLogger(InstanceReconciler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;
  private final ControllerOptions options;
  private final BrokerClients clients;
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
  private final Map<String, Instant> notBefore = new ConcurrentHashMap<>();
  /** The earliest next last_operation poll per instance; status writes wake the reconciler sooner. */
  private final Map<String, Instant> nextPoll = new ConcurrentHashMap<>();

  InstanceReconciler(KubernetesClient client, ControllerOptions options, BrokerClients clients) {
    this.client = client;
    this.options = options;
    this.clients = clients;
  }

  /** The instance being reconciled, its working status and the status last written. */
  private final class Work {
    final String key;
    ServiceInstance instance;
    final ServiceInstanceStatus status;
    ServiceInstanceStatus written;

    Work(String key, ServiceInstance instance) {
      this.key = key;
      this.instance = instance;
      this.written = copy(instance.getStatus());
      this.status = instance.getStatus() != null ? instance.getStatus() : initialStatus(instance);
    }

    String now() {
      return Times.now(options.clock());
    }

    long generation() {
      return Objects.requireNonNullElse(instance.getMetadata().getGeneration(), 1L);
    }

    void condition(String type, String conditionStatus, String reason, String message) {
      Conditions.set(status, type, conditionStatus, reason, message, now());
    }

    /** Writes the status if it changed since it was read or last written. */
    void write() {
      if (status.equals(written)) {
        return;
      }
      instance.setStatus(status);
      ServiceInstance updated = Kube.updateStatus(client, instance);
      if (updated != null) {
        instance.getMetadata().setResourceVersion(updated.getMetadata().getResourceVersion());
      }
      written = copy(status);
    }
  }

  /** The class, plan and broker an instance resolved to. */
  private record Target(boolean cluster, ServiceClassResource serviceClass, ServicePlanResource plan,
      ServiceBrokerResource broker) {

    String classKind() {
      return cluster ? "ClusterServiceClass" : "ServiceClass";
    }

    String planKind() {
      return cluster ? "ClusterServicePlan" : "ServicePlan";
    }

    String brokerKind() {
      return cluster ? "ClusterServiceBroker" : "ServiceBroker";
    }

    String serviceId() {
      return serviceClass.getSpec().getExternalID();
    }
  }

  /** A resolution failure already recorded in the status. */
  private static final class Unresolved extends Exception {
    private static final long serialVersionUID = 1L;

    Unresolved(String message) {
      super(message, null, false, false);
    }
  }

  Optional<Duration> reconcile(String key) {
    String[] parts = key.split("/", 2);
    ServiceInstance instance = client.resources(ServiceInstance.class).inNamespace(parts[0]).withName(parts[1]).get();
    if (instance == null) {
      resetRetry(key);
      return Optional.empty();
    }
    if (instance.getSpec() == null) {
      instance.setSpec(new ServiceInstanceSpec());
    }
    Work work = new Work(key, instance);
    if (instance.isMarkedForDeletion()) {
      return delete(work);
    }
    if (Boolean.TRUE.equals(work.status.getAsyncOpInProgress())) {
      Optional<Duration> early = untilNextPoll(key);
      return early.isPresent() ? early : poll(work);
    }
    if (Boolean.TRUE.equals(work.status.getOrphanMitigationInProgress())) {
      return deprovision(work, currentTarget(work), true);
    }
    Target target;
    try {
      target = resolve(work);
    } catch (Unresolved e) {
      applyDefaults(work);
      work.write();
      return Optional.of(scheduleRetry(key));
    }
    if (processedAlready(work)) {
      work.write();
      return Optional.empty();
    }
    Optional<Duration> wait = waitRemaining(key);
    if (wait.isPresent()) {
      work.write();
      return wait;
    }
    if (!PROVISIONED.equals(work.status.getProvisionStatus())) {
      return provision(work, target);
    }
    long reconciled = Objects.requireNonNullElse(work.status.getReconciledGeneration(), 0L);
    if (work.generation() > reconciled) {
      return update(work, target);
    }
    work.write();
    return Optional.empty();
  }

  private static boolean processedAlready(Work work) {
    long observed = Objects.requireNonNullElse(work.status.getObservedGeneration(), 0L);
    return observed >= work.generation()
        && (Conditions.isTrue(work.status, READY) || Conditions.isTrue(work.status, FAILED))
        && !Boolean.TRUE.equals(work.status.getOrphanMitigationInProgress());
  }

  private static ServiceInstanceStatus initialStatus(ServiceInstance instance) {
    ServiceInstanceStatus status = new ServiceInstanceStatus();
    status.setAsyncOpInProgress(false);
    status.setOrphanMitigationInProgress(false);
    status.setProvisionStatus("");
    status.setDeprovisionStatus(DEPROVISION_NOT_REQUIRED);
    status.setReconciledGeneration(0L);
    status.setObservedGeneration(Objects.requireNonNullElse(instance.getMetadata().getGeneration(), 1L));
    return status;
  }

  private static ServiceInstanceStatus copy(ServiceInstanceStatus status) {
    return status == null ? null : JSON.convertValue(status, ServiceInstanceStatus.class);
  }

  // ---- resolution of class, plan and broker ----

  private Target resolve(Work work) throws Unresolved {
    ServiceInstanceSpec spec = work.instance.getSpec();
    boolean clusterFields = spec.getClusterServiceClassExternalName() != null
        || spec.getClusterServiceClassExternalID() != null || spec.getClusterServiceClassName() != null
        || spec.getClusterServicePlanExternalName() != null || spec.getClusterServicePlanExternalID() != null
        || spec.getClusterServicePlanName() != null;
    boolean namespacedFields = spec.getServiceClassExternalName() != null || spec.getServiceClassExternalID() != null
        || spec.getServiceClassName() != null || spec.getServicePlanExternalName() != null
        || spec.getServicePlanExternalID() != null || spec.getServicePlanName() != null;
    if (clusterFields == namespacedFields) {
      String message = clusterFields
          ? "instances can only refer to a cluster or namespaced class or plan type, but not both. Keep either the"
              + " clusterServiceClass*/clusterServicePlan* fields or the serviceClass*/servicePlan* fields."
          : "The instance names no class. Set clusterServiceClassExternalName (or serviceClassExternalName for a"
              + " namespaced class) and the plan.";
      work.condition(READY, FALSE, "ReferencesNonexistentServiceClass", message);
      throw new Unresolved(message);
    }
    boolean cluster = clusterFields;
    String namespace = work.instance.getMetadata().getNamespace();
    String classKind = cluster ? "ClusterServiceClass" : "ServiceClass";
    String planKind = cluster ? "ClusterServicePlan" : "ServicePlan";

    String classField;
    String classValue;
    if (cluster) {
      classField = spec.getClusterServiceClassExternalName() != null ? "ExternalName"
          : spec.getClusterServiceClassExternalID() != null ? "ExternalID" : "Name";
      classValue = firstNonNull(spec.getClusterServiceClassExternalName(), spec.getClusterServiceClassExternalID(),
          spec.getClusterServiceClassName());
    } else {
      classField = spec.getServiceClassExternalName() != null ? "ExternalName"
          : spec.getServiceClassExternalID() != null ? "ExternalID" : "Name";
      classValue = firstNonNull(spec.getServiceClassExternalName(), spec.getServiceClassExternalID(),
          spec.getServiceClassName());
    }
    String planField;
    String planValue;
    if (cluster) {
      planField = spec.getClusterServicePlanExternalName() != null ? "ExternalName"
          : spec.getClusterServicePlanExternalID() != null ? "ExternalID" : "Name";
      planValue = firstNonNull(spec.getClusterServicePlanExternalName(), spec.getClusterServicePlanExternalID(),
          spec.getClusterServicePlanName());
    } else {
      planField = spec.getServicePlanExternalName() != null ? "ExternalName"
          : spec.getServicePlanExternalID() != null ? "ExternalID" : "Name";
      planValue = firstNonNull(spec.getServicePlanExternalName(), spec.getServicePlanExternalID(),
          spec.getServicePlanName());
    }
    work.status.setUserSpecifiedClassName(classKind + "/" + classValue);
    if (planValue != null) {
      work.status.setUserSpecifiedPlanName(planValue);
    }

    String classSelector = "{" + classKind + classField + ":\"" + classValue + "\"}";
    List<? extends ServiceClassResource> classes;
    String existingClassRef = cluster
        ? (spec.getClusterServiceClassRef() == null ? null : spec.getClusterServiceClassRef().getName())
        : (spec.getServiceClassRef() == null ? null : spec.getServiceClassRef().getName());
    if (existingClassRef != null) {
      ServiceClassResource byRef = cluster
          ? client.resources(ClusterServiceClass.class).withName(existingClassRef).get()
          : client.resources(ServiceClass.class).inNamespace(namespace).withName(existingClassRef).get();
      classes = byRef == null ? List.of() : List.of(byRef);
    } else {
      classes = findClasses(cluster, namespace, classField, classValue);
    }
    if (classes.size() != 1) {
      String message = "References a non-existent " + classKind + " " + classSelector
          + " or there is more than one (found: " + classes.size() + ")";
      work.condition(READY, FALSE, "ReferencesNonexistentServiceClass",
          "The instance references a " + classKind + " that does not exist. " + message);
      throw new Unresolved(message);
    }
    ServiceClassResource serviceClass = classes.get(0);
    String className = serviceClass.getMetadata().getName();

    List<? extends ServicePlanResource> plansOfClass = plansOf(cluster, namespace, className);
    List<? extends ServicePlanResource> plans;
    if (planValue == null) {
      if (plansOfClass.size() != 1) {
        String message = "The " + classKind + " " + serviceClass.getSpec().getExternalName() + " has "
            + plansOfClass.size() + " plans; name the plan to use in the instance's spec.";
        work.condition(READY, FALSE, "ReferencesNonexistentServicePlan", message);
        throw new Unresolved(message);
      }
      plans = plansOfClass;
    } else {
      String field = planField;
      String value = planValue;
      plans = plansOfClass.stream().filter(p -> switch (field) {
        case "ExternalName" -> value.equals(p.getSpec().getExternalName());
        case "ExternalID" -> value.equals(p.getSpec().getExternalID());
        default -> value.equals(p.getMetadata().getName());
      }).toList();
    }
    if (plans.size() != 1) {
      String message = "References a non-existent " + planKind + " {" + planKind + planField + ":\"" + planValue
          + "\"} on " + classKind + " " + className + " {" + classKind + "ExternalName:\""
          + serviceClass.getSpec().getExternalName() + "\"} or there is more than one (found: " + plans.size() + ")";
      work.condition(READY, FALSE, "ReferencesNonexistentServicePlan",
          "The instance references a " + planKind + " that does not exist. " + message);
      throw new Unresolved(message);
    }
    ServicePlanResource plan = plans.get(0);
    if (planValue == null) {
      // The upstream webhook fills the plan in when the class has exactly one.
      if (cluster) {
        spec.setClusterServicePlanExternalName(plan.getSpec().getExternalName());
      } else {
        spec.setServicePlanExternalName(plan.getSpec().getExternalName());
      }
      work.status.setUserSpecifiedPlanName(plan.getSpec().getExternalName());
    }
    boolean provisioned = PROVISIONED.equals(work.status.getProvisionStatus());
    if (!provisioned && serviceClass.isRemovedFromBrokerCatalog()) {
      String message = "The instance references a " + classKind + " that has been removed from the broker's"
          + " catalog: " + classKind + " " + className + " {" + classKind + "ExternalName:\""
          + serviceClass.getSpec().getExternalName() + "\"}. Choose a class the broker still offers.";
      work.condition(READY, FALSE, "ReferencesDeletedServiceClass", message);
      throw new Unresolved(message);
    }
    if (!provisioned && plan.isRemovedFromBrokerCatalog()) {
      String message = "The instance references a " + planKind + " that has been removed from the broker's"
          + " catalog: " + planKind + " " + plan.getMetadata().getName() + ". Choose a plan the broker still offers.";
      work.condition(READY, FALSE, "ReferencesDeletedServicePlan", message);
      throw new Unresolved(message);
    }
    ServiceBrokerResource broker = cluster
        ? client.resources(ClusterServiceBroker.class).withName(serviceClass.brokerName()).get()
        : client.resources(ServiceBroker.class).inNamespace(namespace).withName(serviceClass.brokerName()).get();
    if (broker == null) {
      String message = "The instance references a non-existent broker \"" + serviceClass.brokerName() + "\".";
      work.condition(READY, FALSE, "ReferencesNonexistentBroker", message);
      throw new Unresolved(message);
    }
    applyRefsAndDefaults(work, cluster, className, plan.getMetadata().getName());
    return new Target(cluster, serviceClass, plan, broker);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private List<? extends ServiceClassResource> findClasses(boolean cluster, String namespace, String field,
      String value) {
    if ("Name".equals(field)) {
      ServiceClassResource c = cluster ? client.resources(ClusterServiceClass.class).withName(value).get()
          : client.resources(ServiceClass.class).inNamespace(namespace).withName(value).get();
      return c == null ? List.of() : List.of(c);
    }
    String label = CatalogNames.LABEL_PREFIX + ("ExternalName".equals(field) ? "externalName" : "externalID");
    List<? extends ServiceClassResource> candidates = cluster
        ? client.resources(ClusterServiceClass.class).withLabel(label, CatalogNames.labelValue(value)).list()
            .getItems()
        : client.resources(ServiceClass.class).inNamespace(namespace)
            .withLabel(label, CatalogNames.labelValue(value)).list().getItems();
    return candidates.stream().filter(c -> "ExternalName".equals(field)
        ? value.equals(c.getSpec().getExternalName()) : value.equals(c.getSpec().getExternalID())).toList();
  }

  private List<? extends ServicePlanResource> plansOf(boolean cluster, String namespace, String className) {
    List<? extends ServicePlanResource> candidates = cluster
        ? client.resources(ClusterServicePlan.class)
            .withLabel(CatalogNames.LABEL_PREFIX + "clusterServiceClassRef.name", CatalogNames.labelValue(className))
            .list().getItems()
        : client.resources(ServicePlan.class).inNamespace(namespace)
            .withLabel(CatalogNames.LABEL_PREFIX + "serviceClassRef.name", CatalogNames.labelValue(className))
            .list().getItems();
    return candidates.stream().filter(p -> className.equals(p.className())).toList();
  }

  /**
   * Writes the class and plan refs (and their labels) together with what the upstream webhook would have set:
   * the finalizer, a UUID externalID and updateRequests 0. One write, so a new instance reaches generation 2 as
   * under the real controller.
   */
  private void applyRefsAndDefaults(Work work, boolean cluster, String className, String planName) {
    ServiceInstance instance = work.instance;
    ServiceInstanceSpec spec = instance.getSpec();
    boolean changed = setDefaults(instance);
    Map<String, String> labels = instance.getMetadata().getLabels() == null ? new HashMap<>()
        : new HashMap<>(instance.getMetadata().getLabels());
    if (cluster) {
      if (spec.getClusterServiceClassRef() == null || !className.equals(spec.getClusterServiceClassRef().getName())) {
        ClusterObjectReference ref = new ClusterObjectReference();
        ref.setName(className);
        spec.setClusterServiceClassRef(ref);
        changed = true;
      }
      if (spec.getClusterServicePlanRef() == null || !planName.equals(spec.getClusterServicePlanRef().getName())) {
        ClusterObjectReference ref = new ClusterObjectReference();
        ref.setName(planName);
        spec.setClusterServicePlanRef(ref);
        changed = true;
      }
      changed |= putLabel(labels, "clusterServiceClassRef.name", className);
      changed |= putLabel(labels, "clusterServicePlanRef.name", planName);
    } else {
      if (spec.getServiceClassRef() == null || !className.equals(spec.getServiceClassRef().getName())) {
        LocalObjectReference ref = new LocalObjectReference();
        ref.setName(className);
        spec.setServiceClassRef(ref);
        changed = true;
      }
      if (spec.getServicePlanRef() == null || !planName.equals(spec.getServicePlanRef().getName())) {
        LocalObjectReference ref = new LocalObjectReference();
        ref.setName(planName);
        spec.setServicePlanRef(ref);
        changed = true;
      }
      changed |= putLabel(labels, "serviceClassRef.name", className);
      changed |= putLabel(labels, "servicePlanRef.name", planName);
    }
    if (!changed) {
      return;
    }
    instance.getMetadata().setLabels(labels);
    writeSpec(work);
  }

  /** Only the webhook defaults, for an instance whose class or plan cannot be resolved yet. */
  private void applyDefaults(Work work) {
    if (setDefaults(work.instance)) {
      writeSpec(work);
    }
  }

  private static boolean setDefaults(ServiceInstance instance) {
    ServiceInstanceSpec spec = instance.getSpec();
    boolean changed = Finalizers.add(instance);
    if (spec.getExternalID() == null || spec.getExternalID().isEmpty()) {
      spec.setExternalID(UUID.randomUUID().toString());
      changed = true;
    }
    if (spec.getUpdateRequests() == null) {
      spec.setUpdateRequests(0L);
      changed = true;
    }
    return changed;
  }

  private void writeSpec(Work work) {
    ServiceInstance updated = Kube.update(client, work.instance);
    work.instance = updated;
    work.instance.setStatus(work.written == null ? null : copy(work.written));
    if (work.status.getObservedGeneration() != null
        && work.status.getObservedGeneration() < work.generation() && !hasWorkStarted(work.status)) {
      work.status.setObservedGeneration(work.generation());
    }
  }

  private static boolean hasWorkStarted(ServiceInstanceStatus status) {
    return status.getCurrentOperation() != null || PROVISIONED.equals(status.getProvisionStatus());
  }

  private static boolean putLabel(Map<String, String> labels, String field, String value) {
    String hashed = CatalogNames.labelValue(value);
    return !hashed.equals(labels.put(CatalogNames.LABEL_PREFIX + field, hashed));
  }

  /** The class, plan and broker named by the refs already in the spec (for polling and deprovisioning). */
  private Target currentTarget(Work work) {
    ServiceInstanceSpec spec = work.instance.getSpec();
    String namespace = work.instance.getMetadata().getNamespace();
    boolean cluster = spec.getClusterServiceClassRef() != null;
    ServiceClassResource serviceClass;
    ServicePlanResource plan;
    if (cluster) {
      serviceClass = client.resources(ClusterServiceClass.class).withName(spec.getClusterServiceClassRef().getName())
          .get();
      plan = spec.getClusterServicePlanRef() == null ? null
          : client.resources(ClusterServicePlan.class).withName(spec.getClusterServicePlanRef().getName()).get();
    } else if (spec.getServiceClassRef() != null) {
      serviceClass = client.resources(ServiceClass.class).inNamespace(namespace)
          .withName(spec.getServiceClassRef().getName()).get();
      plan = spec.getServicePlanRef() == null ? null : client.resources(ServicePlan.class).inNamespace(namespace)
          .withName(spec.getServicePlanRef().getName()).get();
    } else {
      throw new IllegalStateException("instance " + work.key + " has no class reference yet");
    }
    if (serviceClass == null || plan == null) {
      throw new IllegalStateException("the class or plan of instance " + work.key + " no longer exists");
    }
    ServiceBrokerResource broker = cluster
        ? client.resources(ClusterServiceBroker.class).withName(serviceClass.brokerName()).get()
        : client.resources(ServiceBroker.class).inNamespace(namespace).withName(serviceClass.brokerName()).get();
    if (broker == null) {
      throw new IllegalStateException("the broker of instance " + work.key + " no longer exists");
    }
    return new Target(cluster, serviceClass, plan, broker);
  }

  private OsbClient osb(Work work, Target target) {
    OsbClient osb = clients.clientFor(target.broker());
    UserInfo user = work.instance.getSpec().getUserInfo();
    if (user != null && user.getUsername() != null) {
      osb = osb.withOriginatingIdentity(OriginatingIdentity.kubernetes(user.getUsername(), user.getUid(),
          user.getGroups(), user.getExtra()));
    }
    return osb;
  }

  private OsbContext context(Work work) {
    return OsbContext.kubernetes().namespace(work.instance.getMetadata().getNamespace())
        .clusterId(options.clusterId()).instanceName(work.instance.getMetadata().getName()).build();
  }

  private ServiceInstancePropertiesState properties(Work work, Target target, Parameters.Resolved parameters) {
    ServiceInstancePropertiesState state = new ServiceInstancePropertiesState();
    if (target.cluster()) {
      state.setClusterServicePlanExternalName(target.plan().getSpec().getExternalName());
      state.setClusterServicePlanExternalID(target.plan().getSpec().getExternalID());
    } else {
      // Upstream's cluster fields have no omitempty, so a namespaced instance shows them as empty strings.
      state.setClusterServicePlanExternalName("");
      state.setClusterServicePlanExternalID("");
      state.setServicePlanExternalName(target.plan().getSpec().getExternalName());
      state.setServicePlanExternalID(target.plan().getSpec().getExternalID());
    }
    state.setParameters(parameters.shown());
    state.setParameterChecksum(parameters.checksum());
    state.setUserInfo(work.instance.getSpec().getUserInfo());
    return state;
  }

  private Optional<Parameters.Resolved> parameters(Work work) {
    try {
      return Optional.of(Parameters.resolve(client, work.instance.getMetadata().getNamespace(),
          work.instance.getSpec().getParameters(), work.instance.getSpec().getParametersFrom()));
    } catch (Parameters.ParameterException e) {
      work.condition(READY, FALSE, "ErrorWithParameters", "failed to prepare parameters: " + e.getMessage());
      work.write();
      return Optional.empty();
    }
  }

  // ---- provision ----

  private Optional<Duration> provision(Work work, Target target) {
    Optional<Parameters.Resolved> parameters = parameters(work);
    if (parameters.isEmpty()) {
      return Optional.of(scheduleRetry(work.key));
    }
    ServiceInstanceStatus status = work.status;
    status.setCurrentOperation(ServiceInstanceStatus.OPERATION_PROVISION);
    if (status.getOperationStartTime() == null) {
      status.setOperationStartTime(work.now());
    }
    status.setInProgressProperties(properties(work, target, parameters.get()));
    status.setObservedGeneration(work.generation());
    status.setDeprovisionStatus(DEPROVISION_REQUIRED);
    work.condition(READY, FALSE, "ProvisionRequestInFlight", "Provision request for ServiceInstance in-flight to Broker");
    work.write();

    ProvisionRequest request = ProvisionRequest.builder(target.serviceId(), target.plan().getSpec().getExternalID())
        .context(context(work)).parameters(parameters.get().merged()).build();
    ProvisionResponse response;
    try {
      response = osb(work, target).provision(work.instance.getSpec().getExternalID(), request, true);
    } catch (OsbException e) {
      return provisionFailed(work, target, e);
    } catch (BrokerClients.CredentialsException e) {
      work.condition(READY, FALSE, "ErrorCallingProvision", "Error provisioning ServiceInstance: error getting"
          + " broker auth credentials: " + e.getMessage());
      return retryOrGiveUp(work, "ErrorCallingProvision");
    }
    response.dashboardUrlIfAny().ifPresent(status::setDashboardURL);
    if (response.async()) {
      status.setAsyncOpInProgress(true);
      status.setLastOperation(response.operationIfAny().orElse(null));
      work.condition(READY, FALSE, "Provisioning", "The instance is being provisioned asynchronously");
      work.write();
      return Optional.of(options.pollInterval());
    }
    provisionSucceeded(work);
    return Optional.empty();
  }

  private void provisionSucceeded(Work work) {
    ServiceInstanceStatus status = work.status;
    status.setProvisionStatus(PROVISIONED);
    status.setDeprovisionStatus(DEPROVISION_REQUIRED);
    status.setExternalProperties(status.getInProgressProperties());
    status.setInProgressProperties(null);
    status.setCurrentOperation(null);
    status.setOperationStartTime(null);
    status.setAsyncOpInProgress(false);
    status.setLastOperation(null);
    status.setReconciledGeneration(status.getObservedGeneration());
    Conditions.remove(status, FAILED);
    Conditions.remove(status, ORPHAN);
    work.condition(READY, TRUE, "ProvisionedSuccessfully", "The instance was provisioned successfully");
    work.write();
    resetRetry(work.key);
  }

  private Optional<Duration> provisionFailed(Work work, Target target, OsbException e) {
    ServiceInstanceStatus status = work.status;
    String message = "Error provisioning ServiceInstance of " + target.classKind() + " (K8S: \""
        + target.serviceClass().getMetadata().getName() + "\" ExternalName: \""
        + target.serviceClass().getSpec().getExternalName() + "\") at " + target.brokerKind() + " \""
        + target.broker().getMetadata().getName() + "\": " + BrokerErrors.describe(e);
    if (e.orphanMitigationRequired()) {
      status.setOrphanMitigationInProgress(true);
      status.setProvisionStatus(NOT_PROVISIONED);
      work.condition(READY, FALSE, "StartingInstanceOrphanMitigation",
          "The instance provision call failed with an ambiguous error; attempting to deprovision the instance in"
              + " order to mitigate an orphaned resource");
      work.condition(ORPHAN, TRUE, "ProvisionCallFailed", message);
      work.write();
      return Optional.of(Duration.ZERO);
    }
    if (!BrokerErrors.isRetriable(e)) {
      work.condition(READY, FALSE, "ProvisionCallFailed", message);
      work.condition(FAILED, TRUE, target.brokerKind() + "ReturnedFailure", message);
      clearOperation(status);
      status.setDeprovisionStatus(DEPROVISION_NOT_REQUIRED);
      work.write();
      return Optional.empty();
    }
    String reason = BrokerErrors.isHttpError(e) ? "ProvisionCallFailed" : "ErrorCallingProvision";
    work.condition(READY, FALSE, reason, message);
    return retryOrGiveUp(work, reason);
  }

  private static void clearOperation(ServiceInstanceStatus status) {
    status.setCurrentOperation(null);
    status.setOperationStartTime(null);
    status.setInProgressProperties(null);
    status.setAsyncOpInProgress(false);
    status.setLastOperation(null);
  }

  /**
   * After a retriable failure: retry with backoff, or, once the operation has run longer than the reconciliation
   * retry duration, give up with Failed/ErrorReconciliationRetryTimeout.
   */
  private Optional<Duration> retryOrGiveUp(Work work, String reason) {
    Optional<Instant> started = Times.parse(work.status.getOperationStartTime());
    if (started.isPresent()
        && !options.clock().instant().isBefore(started.get().plus(options.reconciliationRetryDuration()))) {
      LOG.warn("Instance {}: {}", work.key, RETRY_TIMEOUT_MESSAGE);
      if (ServiceInstanceStatus.OPERATION_DEPROVISION.equals(work.status.getCurrentOperation())) {
        work.status.setDeprovisionStatus(DEPROVISION_FAILED);
      }
      work.condition(FAILED, TRUE, "ErrorReconciliationRetryTimeout", RETRY_TIMEOUT_MESSAGE);
      clearOperation(work.status);
      work.status.setObservedGeneration(work.generation());
      work.write();
      resetRetry(work.key);
      return Optional.empty();
    }
    work.write();
    LOG.debug("Instance {}: {}, retrying", work.key, reason);
    return Optional.of(scheduleRetry(work.key));
  }

  // ---- update ----

  private Optional<Duration> update(Work work, Target target) {
    ServiceInstanceStatus status = work.status;
    ServiceInstancePropertiesState external = status.getExternalProperties();
    String oldPlanId = external == null ? null : firstNonNull(emptyToNull(external.getClusterServicePlanExternalID()),
        emptyToNull(external.getServicePlanExternalID()));
    String newPlanId = target.plan().getSpec().getExternalID();
    boolean planChanged = oldPlanId != null && !oldPlanId.equals(newPlanId);
    if (planChanged && !Boolean.TRUE.equals(target.serviceClass().getSpec().getPlanUpdatable())) {
      String message = "The " + target.classKind() + " " + target.serviceClass().getSpec().getExternalName()
          + " does not allow plan changes. Set the plan back to the one the instance was provisioned with.";
      status.setObservedGeneration(work.generation());
      work.condition(READY, FALSE, "UpdateInstanceCallFailed", message);
      work.condition(FAILED, TRUE, "UpdateInstanceCallFailed", message);
      work.write();
      return Optional.empty();
    }
    Optional<Parameters.Resolved> parameters = parameters(work);
    if (parameters.isEmpty()) {
      return Optional.of(scheduleRetry(work.key));
    }
    ServiceInstancePropertiesState inProgress = properties(work, target, parameters.get());
    status.setCurrentOperation(ServiceInstanceStatus.OPERATION_UPDATE);
    if (status.getOperationStartTime() == null) {
      status.setOperationStartTime(work.now());
    }
    status.setInProgressProperties(inProgress);
    status.setObservedGeneration(work.generation());
    Conditions.remove(status, FAILED);
    work.condition(READY, FALSE, "UpdateInstanceRequestInFlight", "Update request for ServiceInstance in-flight to"
        + " Broker");
    work.write();

    UpdateRequest.Builder request = UpdateRequest.builder(target.serviceId()).context(context(work));
    if (planChanged) {
      request.planId(newPlanId).previousValues(PreviousValues.plan(oldPlanId));
    }
    String oldChecksum = external == null ? null : external.getParameterChecksum();
    if (!Objects.equals(oldChecksum, inProgress.getParameterChecksum())) {
      ObjectNode merged = parameters.get().merged();
      request.parameters(merged == null ? JSON.createObjectNode() : merged);
    }
    UpdateResponse response;
    try {
      response = osb(work, target).update(work.instance.getSpec().getExternalID(), request.build(), true);
    } catch (OsbException e) {
      if (!BrokerErrors.isRetriable(e) || !e.updateRepeatable()) {
        String message = "ServiceBroker returned a failure for update call; update will not be retried: "
            + BrokerErrors.describe(e);
        work.condition(READY, FALSE, "UpdateInstanceCallFailed", message);
        work.condition(FAILED, TRUE, "UpdateInstanceCallFailed", message);
        clearOperation(status);
        work.write();
        return Optional.empty();
      }
      String reason = BrokerErrors.isHttpError(e) ? "UpdateInstanceCallFailed" : "ErrorCallingUpdateInstance";
      work.condition(READY, FALSE, reason, "ServiceBroker returned a failure for update call; update will be"
          + " retried: " + BrokerErrors.describe(e));
      return retryOrGiveUp(work, reason);
    }
    if (response.async()) {
      status.setAsyncOpInProgress(true);
      status.setLastOperation(response.operationIfAny().orElse(null));
      work.condition(READY, FALSE, "UpdatingInstance", "The instance is being updated asynchronously");
      work.write();
      return Optional.of(options.pollInterval());
    }
    updateSucceeded(work);
    return Optional.empty();
  }

  private void updateSucceeded(Work work) {
    ServiceInstanceStatus status = work.status;
    status.setExternalProperties(status.getInProgressProperties());
    clearOperation(status);
    status.setReconciledGeneration(status.getObservedGeneration());
    Conditions.remove(status, FAILED);
    work.condition(READY, TRUE, "InstanceUpdatedSuccessfully", "The instance was updated successfully");
    work.write();
    resetRetry(work.key);
  }

  // ---- polling ----

  private Optional<Duration> poll(Work work) {
    ServiceInstanceStatus status = work.status;
    Target target = currentTarget(work);
    boolean orphan = Boolean.TRUE.equals(status.getOrphanMitigationInProgress());
    String operation = orphan || work.instance.isMarkedForDeletion()
        && ServiceInstanceStatus.OPERATION_DEPROVISION.equals(status.getCurrentOperation())
        ? ServiceInstanceStatus.OPERATION_DEPROVISION : status.getCurrentOperation();
    ServiceInstancePropertiesState props = status.getInProgressProperties() != null
        ? status.getInProgressProperties() : status.getExternalProperties();
    String planId = props == null ? target.plan().getSpec().getExternalID()
        : firstNonNull(emptyToNull(props.getClusterServicePlanExternalID()), props.getServicePlanExternalID(),
            target.plan().getSpec().getExternalID());
    LastOperation last;
    try {
      last = osb(work, target).instanceLastOperation(work.instance.getSpec().getExternalID(),
          LastOperationQuery.of(target.serviceId(), planId, status.getLastOperation()));
    } catch (OsbException e) {
      work.condition(READY, FALSE, "ErrorPollingLastOperation", "Error polling last operation: "
          + BrokerErrors.describe(e));
      return retryOrGiveUp(work, "ErrorPollingLastOperation");
    }
    String description = last.descriptionIfAny().orElse(null);
    if (last.inProgress()) {
      String[] reasonAndMessage = switch (operation) {
        case ServiceInstanceStatus.OPERATION_PROVISION -> new String[] {"Provisioning",
            "The instance is being provisioned asynchronously"};
        case ServiceInstanceStatus.OPERATION_UPDATE -> new String[] {"UpdatingInstance",
            "The instance is being updated asynchronously"};
        default -> new String[] {"Deprovisioning", "The instance is being deprovisioned asynchronously"};
      };
      work.condition(READY, FALSE, reasonAndMessage[0],
          reasonAndMessage[1] + (description == null ? "" : " (" + description + ")"));
      Optional<Instant> started = Times.parse(status.getOperationStartTime());
      if (started.isPresent()
          && !options.clock().instant().isBefore(started.get().plus(options.reconciliationRetryDuration()))) {
        return retryOrGiveUp(work, "polling");
      }
      // The broker's Retry-After wins over our interval, even beyond maxPollInterval.
      Duration wait = last.retryAfterIfAny().filter(d -> d.compareTo(options.pollInterval()) > 0)
          .orElse(options.pollInterval());
      nextPoll.put(work.key, Instant.now().plus(wait));
      work.write();
      return Optional.of(wait);
    }
    boolean succeeded = last.state() == OperationState.SUCCEEDED || last.gone();
    String detail = description == null ? "" : description;
    switch (operation) {
      case ServiceInstanceStatus.OPERATION_PROVISION -> {
        if (succeeded) {
          provisionSucceeded(work);
          return Optional.empty();
        }
        String message = "Provision call failed: " + detail;
        status.setAsyncOpInProgress(false);
        status.setLastOperation(null);
        status.setOrphanMitigationInProgress(true);
        work.condition(READY, FALSE, "ProvisionCallFailed", message);
        work.condition(FAILED, TRUE, "ProvisionCallFailed", message);
        work.condition(ORPHAN, TRUE, "ProvisionCallFailed", message);
        work.write();
        return Optional.of(Duration.ZERO);
      }
      case ServiceInstanceStatus.OPERATION_UPDATE -> {
        if (succeeded) {
          updateSucceeded(work);
          return Optional.empty();
        }
        String message = "Update call failed: " + detail;
        work.condition(READY, FALSE, "UpdateInstanceCallFailed", message);
        work.condition(FAILED, TRUE, "UpdateInstanceCallFailed", message);
        clearOperation(status);
        work.write();
        return Optional.empty();
      }
      default -> {
        if (succeeded) {
          return deprovisionSucceeded(work, orphan);
        }
        status.setAsyncOpInProgress(false);
        status.setLastOperation(null);
        work.condition(READY, UNKNOWN, "DeprovisionCallFailed", "Deprovision call failed: " + detail);
        return retryOrGiveUp(work, "DeprovisionCallFailed");
      }
    }
  }

  // ---- delete and orphan mitigation ----

  private Optional<Duration> delete(Work work) {
    if (!Finalizers.has(work.instance)) {
      return Optional.empty();
    }
    ServiceInstanceStatus status = work.status;
    if (Boolean.TRUE.equals(status.getAsyncOpInProgress())) {
      Optional<Duration> early = untilNextPoll(work.key);
      return early.isPresent() ? early : poll(work);
    }
    String namespace = work.instance.getMetadata().getNamespace();
    String name = work.instance.getMetadata().getName();
    boolean hasBindings = client.resources(ServiceBinding.class).inNamespace(namespace).list().getItems().stream()
        .anyMatch(b -> b.getSpec() != null && b.getSpec().getInstanceRef() != null
            && name.equals(b.getSpec().getInstanceRef().getName()));
    if (hasBindings) {
      work.condition(READY, FALSE, "DeprovisionBlockedByExistingCredentials",
          "All associated ServiceBindings must be removed before this ServiceInstance can be deleted");
      work.write();
      return Optional.empty();
    }
    String deprovisionStatus = status.getDeprovisionStatus();
    if (DEPROVISION_FAILED.equals(deprovisionStatus)) {
      work.write();
      return Optional.empty();
    }
    if (DEPROVISION_NOT_REQUIRED.equals(deprovisionStatus) || DEPROVISION_SUCCEEDED.equals(deprovisionStatus)
        || status.getDeprovisionStatus() == null) {
      work.write();
      Finalizers.remove(client, work.instance);
      resetRetry(work.key);
      return Optional.empty();
    }
    Optional<Duration> wait = waitRemaining(work.key);
    if (wait.isPresent()) {
      return wait;
    }
    Target target;
    try {
      target = currentTarget(work);
    } catch (IllegalStateException e) {
      work.condition(READY, UNKNOWN, "DeprovisionCallFailed", "Deprovision call failed: " + e.getMessage()
          + ". Restore the broker and its catalog, or remove the finalizer to abandon the instance.");
      work.write();
      return Optional.of(scheduleRetry(work.key));
    }
    return deprovision(work, target, false);
  }

  private Optional<Duration> deprovision(Work work, Target target, boolean orphan) {
    ServiceInstanceStatus status = work.status;
    if (!orphan) {
      if (!ServiceInstanceStatus.OPERATION_DEPROVISION.equals(status.getCurrentOperation())) {
        status.setCurrentOperation(ServiceInstanceStatus.OPERATION_DEPROVISION);
        status.setOperationStartTime(work.now());
        // Upstream records the plan being deprovisioned and the requesting user, without parameters.
        ServiceInstancePropertiesState deprovisioning = new ServiceInstancePropertiesState();
        ServiceInstancePropertiesState external = status.getExternalProperties();
        if (external != null) {
          deprovisioning.setClusterServicePlanExternalName(external.getClusterServicePlanExternalName());
          deprovisioning.setClusterServicePlanExternalID(external.getClusterServicePlanExternalID());
          deprovisioning.setServicePlanExternalName(external.getServicePlanExternalName());
          deprovisioning.setServicePlanExternalID(external.getServicePlanExternalID());
        }
        deprovisioning.setUserInfo(work.instance.getSpec().getUserInfo());
        status.setInProgressProperties(deprovisioning);
      }
      status.setObservedGeneration(work.generation());
      work.condition(READY, FALSE, "DeprovisionRequestInFlight",
          "Deprovision request for ServiceInstance in-flight to Broker");
      work.write();
    }
    ServiceInstancePropertiesState props = status.getInProgressProperties() != null
        ? status.getInProgressProperties() : status.getExternalProperties();
    String planId = props == null ? target.plan().getSpec().getExternalID()
        : firstNonNull(emptyToNull(props.getClusterServicePlanExternalID()), props.getServicePlanExternalID(),
            target.plan().getSpec().getExternalID());
    DeleteResponse response;
    try {
      response = clients.clientFor(target.broker()).deprovision(work.instance.getSpec().getExternalID(),
          target.serviceId(), planId, true);
    } catch (OsbException e) {
      String message = BrokerErrors.isHttpError(e)
          ? "Deprovision call failed; received error response from broker: " + BrokerErrors.describe(e)
          : "Error deprovisioning, " + target.classKind() + " (K8S: \""
              + target.serviceClass().getMetadata().getName() + "\" ExternalName: \""
              + target.serviceClass().getSpec().getExternalName() + "\") at " + target.brokerKind() + " \""
              + target.broker().getMetadata().getName() + "\": " + BrokerErrors.describe(e);
      work.condition(READY, UNKNOWN, "DeprovisionCallFailed", message);
      return retryOrGiveUp(work, "DeprovisionCallFailed");
    }
    if (response.async()) {
      status.setAsyncOpInProgress(true);
      status.setLastOperation(response.operationIfAny().orElse(null));
      work.condition(READY, FALSE, "Deprovisioning", "The instance is being deprovisioned asynchronously");
      work.write();
      return Optional.of(options.pollInterval());
    }
    return deprovisionSucceeded(work, orphan);
  }

  private Optional<Duration> deprovisionSucceeded(Work work, boolean orphan) {
    ServiceInstanceStatus status = work.status;
    status.setAsyncOpInProgress(false);
    status.setLastOperation(null);
    status.setDeprovisionStatus(DEPROVISION_SUCCEEDED);
    status.setProvisionStatus(NOT_PROVISIONED);
    status.setCurrentOperation(null);
    status.setOperationStartTime(null);
    status.setInProgressProperties(null);
    if (orphan) {
      status.setOrphanMitigationInProgress(false);
      Conditions.remove(status, ORPHAN);
      work.condition(READY, FALSE, "OrphanMitigationSuccessful", "Orphan mitigation was completed successfully");
      work.write();
      return Optional.of(scheduleRetry(work.key));
    }
    work.condition(READY, FALSE, "DeprovisionedSuccessfully", "The instance was deprovisioned successfully");
    work.write();
    if (work.instance.isMarkedForDeletion()) {
      ServiceInstance latest = client.resources(ServiceInstance.class)
          .inNamespace(work.instance.getMetadata().getNamespace()).withName(work.instance.getMetadata().getName())
          .get();
      if (latest != null) {
        Finalizers.remove(client, latest);
      }
    }
    resetRetry(work.key);
    return Optional.empty();
  }

  // ---- retry backoff per instance ----

  private Duration scheduleRetry(String key) {
    int n = attempts.merge(key, 1, Integer::sum);
    long millis = options.minRetryBackoff().toMillis() << Math.min(n - 1, 20);
    Duration delay = Duration.ofMillis(Math.min(millis, options.maxRetryBackoff().toMillis()));
    notBefore.put(key, Instant.now().plus(delay));
    return delay;
  }

  private Optional<Duration> waitRemaining(String key) {
    Instant until = notBefore.get(key);
    Instant now = Instant.now();
    if (until == null || !now.isBefore(until)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, until));
  }

  private void resetRetry(String key) {
    attempts.remove(key);
    notBefore.remove(key);
    nextPoll.remove(key);
  }

  private Optional<Duration> untilNextPoll(String key) {
    Instant at = nextPoll.get(key);
    Instant now = Instant.now();
    if (at == null || !now.isBefore(at)) {
      nextPoll.remove(key);
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, at));
  }
}
