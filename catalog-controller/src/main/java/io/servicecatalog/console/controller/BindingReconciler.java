package io.servicecatalog.console.controller;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBindingPropertiesState;
import io.servicecatalog.console.model.v1beta1.ServiceBindingSpec;
import io.servicecatalog.console.model.v1beta1.ServiceBindingStatus;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerResource;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlan;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.model.v1beta1.UserInfo;
import io.servicecatalog.console.osb.BindRequest;
import io.servicecatalog.console.osb.BindResponse;
import io.servicecatalog.console.osb.OriginatingIdentity;
import io.servicecatalog.console.osb.OsbClient;
import io.servicecatalog.console.osb.OsbContext;
import io.servicecatalog.console.osb.OsbException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles ServiceBindings: waits for the instance to be Ready, binds, writes the credentials Secret (owned by
 * the binding, secretTransforms applied), and on delete unbinds and removes the Secret, with the upstream reasons
 * (kubernetes-sigs/service-catalog v0.3.1 {@code controller_binding.go}).
 */
final class BindingReconciler {

  static final String READY = ServiceCatalogCondition.TYPE_READY;
  static final String FAILED = ServiceCatalogCondition.TYPE_FAILED;
  static final String TRUE = ServiceCatalogCondition.STATUS_TRUE;
  static final String FALSE = ServiceCatalogCondition.STATUS_FALSE;
  static final String UNKNOWN = ServiceCatalogCondition.STATUS_UNKNOWN;
  static final String UNBIND_REQUIRED = "Required";
  static final String UNBIND_NOT_REQUIRED = "NotRequired";
  static final String UNBIND_SUCCEEDED = "Succeeded";

  private static final Logger LOG = LoggerFactory.getLogger(BindingReconciler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;
  private final ControllerOptions options;
  private final BrokerClients clients;
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

  BindingReconciler(KubernetesClient client, ControllerOptions options, BrokerClients clients) {
    this.client = client;
    this.options = options;
    this.clients = clients;
  }

  private record Target(ServiceInstance instance, ServiceClassResource serviceClass, ServicePlanResource plan,
      ServiceBrokerResource broker) {
  }

  private final class Work {
    final String key;
    ServiceBinding binding;
    final ServiceBindingStatus status;
    ServiceBindingStatus written;

    Work(String key, ServiceBinding binding) {
      this.key = key;
      this.binding = binding;
      this.written = copy(binding.getStatus());
      this.status = binding.getStatus() != null ? binding.getStatus() : initialStatus();
    }

    void condition(String type, String conditionStatus, String reason, String message) {
      Conditions.set(status, type, conditionStatus, reason, message, Times.now(options.clock()));
    }

    long generation() {
      return Objects.requireNonNullElse(binding.getMetadata().getGeneration(), 1L);
    }

    void write() {
      if (status.equals(written)) {
        return;
      }
      binding.setStatus(status);
      ServiceBinding updated = Kube.updateStatus(client, binding);
      if (updated != null) {
        binding.getMetadata().setResourceVersion(updated.getMetadata().getResourceVersion());
      }
      written = copy(status);
    }

    String namespace() {
      return binding.getMetadata().getNamespace();
    }

    String instanceName() {
      return binding.getSpec().getInstanceRef() == null ? null : binding.getSpec().getInstanceRef().getName();
    }
  }

  private static ServiceBindingStatus initialStatus() {
    ServiceBindingStatus status = new ServiceBindingStatus();
    status.setAsyncOpInProgress(false);
    status.setOrphanMitigationInProgress(false);
    status.setReconciledGeneration(0L);
    status.setUnbindStatus(UNBIND_NOT_REQUIRED);
    return status;
  }

  private static ServiceBindingStatus copy(ServiceBindingStatus status) {
    return status == null ? null : JSON.convertValue(status, ServiceBindingStatus.class);
  }

  Optional<Duration> reconcile(String key) {
    String[] parts = key.split("/", 2);
    ServiceBinding binding = client.resources(ServiceBinding.class).inNamespace(parts[0]).withName(parts[1]).get();
    if (binding == null) {
      attempts.remove(key);
      return Optional.empty();
    }
    if (binding.getSpec() == null) {
      binding.setSpec(new ServiceBindingSpec());
    }
    Work work = new Work(key, binding);
    if (binding.isMarkedForDeletion()) {
      return delete(work);
    }
    applyDefaults(work);
    long reconciled = Objects.requireNonNullElse(work.status.getReconciledGeneration(), 0L);
    if (reconciled >= work.generation()
        && (Conditions.isTrue(work.status, READY) || Conditions.isTrue(work.status, FAILED))) {
      work.write();
      return Optional.empty();
    }
    String instanceName = work.instanceName();
    ServiceInstance instance = instanceName == null ? null
        : client.resources(ServiceInstance.class).inNamespace(work.namespace()).withName(instanceName).get();
    if (instance == null) {
      work.condition(READY, FALSE, "ReferencesNonexistentInstance", "References a non-existent ServiceInstance \""
          + work.namespace() + "/" + instanceName + "\"");
      work.write();
      return Optional.of(backoff(key));
    }
    if (instance.isMarkedForDeletion() || instance.getStatus() == null
        || !Conditions.isTrue(instance.getStatus(), READY)
        || Boolean.TRUE.equals(instance.getStatus().getAsyncOpInProgress())) {
      work.condition(READY, FALSE, "ErrorInstanceNotReady", "Binding cannot begin because referenced"
          + " ServiceInstance \"" + work.namespace() + "/" + instanceName + "\" is not ready");
      work.write();
      // Instance changes enqueue their bindings; the backoff is a safety net.
      return Optional.of(backoff(key));
    }
    Target target = target(instance);
    if (target == null) {
      work.condition(READY, FALSE, "ErrorInstanceRefsUnresolved", "Binding cannot begin because the references"
          + " of ServiceInstance \"" + work.namespace() + "/" + instanceName + "\" cannot be resolved");
      work.write();
      return Optional.of(backoff(key));
    }
    Boolean planBindable = target.plan().getSpec().getBindable();
    boolean bindable = planBindable != null ? planBindable
        : Boolean.TRUE.equals(target.serviceClass().getSpec().getBindable());
    if (!bindable) {
      String message = "References a non-bindable " + target.serviceClass().getKind() + " (K8S: \""
          + target.serviceClass().getMetadata().getName() + "\" ExternalName: \""
          + target.serviceClass().getSpec().getExternalName() + "\") and Plan (\""
          + target.plan().getSpec().getExternalName() + "\") combination";
      work.condition(READY, FALSE, "ErrorNonbindableServiceClass", message);
      work.condition(FAILED, TRUE, "ErrorNonbindableServiceClass", message);
      work.status.setReconciledGeneration(work.generation());
      work.write();
      return Optional.empty();
    }
    return bind(work, target);
  }

  private void applyDefaults(Work work) {
    ServiceBindingSpec spec = work.binding.getSpec();
    boolean changed = Finalizers.add(work.binding);
    if (spec.getExternalID() == null || spec.getExternalID().isEmpty()) {
      spec.setExternalID(UUID.randomUUID().toString());
      changed = true;
    }
    if (spec.getSecretName() == null || spec.getSecretName().isEmpty()) {
      spec.setSecretName(work.binding.getMetadata().getName());
      changed = true;
    }
    if (changed) {
      ServiceBinding updated = Kube.update(client, work.binding);
      work.binding = updated;
      updated.setStatus(copy(work.written));
    }
  }

  private Target target(ServiceInstance instance) {
    var spec = instance.getSpec();
    String namespace = instance.getMetadata().getNamespace();
    ServiceClassResource serviceClass;
    ServicePlanResource plan;
    ServiceBrokerResource broker;
    if (spec.getClusterServiceClassRef() != null && spec.getClusterServicePlanRef() != null) {
      serviceClass = client.resources(ClusterServiceClass.class).withName(spec.getClusterServiceClassRef().getName())
          .get();
      plan = client.resources(ClusterServicePlan.class).withName(spec.getClusterServicePlanRef().getName()).get();
      broker = serviceClass == null ? null
          : client.resources(ClusterServiceBroker.class).withName(serviceClass.brokerName()).get();
    } else if (spec.getServiceClassRef() != null && spec.getServicePlanRef() != null) {
      serviceClass = client.resources(ServiceClass.class).inNamespace(namespace)
          .withName(spec.getServiceClassRef().getName()).get();
      plan = client.resources(ServicePlan.class).inNamespace(namespace).withName(spec.getServicePlanRef().getName())
          .get();
      broker = serviceClass == null ? null
          : client.resources(ServiceBroker.class).inNamespace(namespace).withName(serviceClass.brokerName()).get();
    } else {
      return null;
    }
    if (serviceClass == null || plan == null || broker == null) {
      return null;
    }
    return new Target(instance, serviceClass, plan, broker);
  }

  private OsbClient osb(Work work, Target target) {
    OsbClient osb = clients.clientFor(target.broker());
    UserInfo user = work.binding.getSpec().getUserInfo();
    if (user != null && user.getUsername() != null) {
      osb = osb.withOriginatingIdentity(OriginatingIdentity.kubernetes(user.getUsername(), user.getUid(),
          user.getGroups(), user.getExtra()));
    }
    return osb;
  }

  private Optional<Duration> bind(Work work, Target target) {
    ServiceBindingStatus status = work.status;
    Parameters.Resolved parameters;
    try {
      parameters = Parameters.resolve(client, work.namespace(), work.binding.getSpec().getParameters(),
          work.binding.getSpec().getParametersFrom());
    } catch (Parameters.ParameterException e) {
      work.condition(READY, FALSE, "ErrorWithParameters", "failed to prepare parameters: " + e.getMessage());
      work.write();
      return Optional.of(backoff(work.key));
    }
    ServiceBindingPropertiesState properties = new ServiceBindingPropertiesState();
    properties.setParameters(parameters.shown());
    properties.setParameterChecksum(parameters.checksum());
    properties.setUserInfo(work.binding.getSpec().getUserInfo());
    status.setCurrentOperation(ServiceBindingStatus.OPERATION_BIND);
    if (status.getOperationStartTime() == null) {
      status.setOperationStartTime(Times.now(options.clock()));
    }
    status.setInProgressProperties(properties);
    work.condition(READY, FALSE, "BindingRequestInFlight", "Bind request for ServiceBinding in-flight to Broker");
    work.write();

    String instanceId = target.instance().getSpec().getExternalID();
    BindRequest request = BindRequest.builder(target.serviceClass().getSpec().getExternalID(),
            target.plan().getSpec().getExternalID())
        .context(OsbContext.kubernetes().namespace(work.namespace()).clusterId(options.clusterId()).build())
        .parameters(parameters.merged()).build();
    BindResponse response;
    try {
      response = osb(work, target).bind(instanceId, work.binding.getSpec().getExternalID(), request, false);
    } catch (OsbException e) {
      String message = "Bind call failed: " + BrokerErrors.describe(e);
      if (e.orphanMitigationRequired()) {
        unbindQuietly(work, target);
      }
      if (!BrokerErrors.isRetriable(e)) {
        work.condition(READY, FALSE, "BindCallFailed", message);
        work.condition(FAILED, TRUE, "BindCallFailed", message);
        status.setCurrentOperation(null);
        status.setOperationStartTime(null);
        status.setInProgressProperties(null);
        status.setReconciledGeneration(work.generation());
        work.write();
        return Optional.empty();
      }
      work.condition(READY, FALSE, "BindCallFailed", message);
      return retryOrGiveUp(work);
    }
    try {
      injectSecret(work, response);
    } catch (SecretNotOwnedException | io.servicecatalog.console.model.transform.SecretTransforms.TransformException e) {
      work.condition(READY, FALSE, "ErrorInjectingBindResult", "Error injecting bind results: " + e.getMessage());
      // The broker holds a binding now, so deleting this ServiceBinding must unbind.
      status.setUnbindStatus(UNBIND_REQUIRED);
      return retryOrGiveUp(work);
    }
    status.setUnbindStatus(UNBIND_REQUIRED);
    status.setExternalProperties(status.getInProgressProperties());
    status.setInProgressProperties(null);
    status.setCurrentOperation(null);
    status.setOperationStartTime(null);
    status.setReconciledGeneration(work.generation());
    Conditions.remove(status, FAILED);
    work.condition(READY, TRUE, "InjectedBindResult", "Injected bind result");
    work.write();
    attempts.remove(work.key);
    return Optional.empty();
  }

  private Optional<Duration> retryOrGiveUp(Work work) {
    Optional<Instant> started = Times.parse(work.status.getOperationStartTime());
    if (started.isPresent()
        && !options.clock().instant().isBefore(started.get().plus(options.reconciliationRetryDuration()))) {
      work.condition(FAILED, TRUE, "ErrorReconciliationRetryTimeout", InstanceReconciler.RETRY_TIMEOUT_MESSAGE);
      work.status.setCurrentOperation(null);
      work.status.setOperationStartTime(null);
      work.status.setReconciledGeneration(work.generation());
      work.write();
      return Optional.empty();
    }
    work.write();
    return Optional.of(backoff(work.key));
  }

  private void unbindQuietly(Work work, Target target) {
    try {
      clients.clientFor(target.broker()).unbind(target.instance().getSpec().getExternalID(),
          work.binding.getSpec().getExternalID(), target.serviceClass().getSpec().getExternalID(),
          target.plan().getSpec().getExternalID(), false);
    } catch (OsbException e) {
      LOG.warn("Binding {}: orphan mitigation unbind failed: {}", work.key, e.getMessage());
    }
  }

  /** The Secret exists and belongs to something else; it is left alone. */
  private static final class SecretNotOwnedException extends Exception {
    private static final long serialVersionUID = 1L;

    SecretNotOwnedException(String message) {
      super(message, null, false, false);
    }
  }

  private void injectSecret(Work work, BindResponse response)
      throws SecretNotOwnedException, io.servicecatalog.console.model.transform.SecretTransforms.TransformException {
    var credentials = response.credentials().toJson();
    Map<String, byte[]> data = BindingSecretData.transform(BindingSecretData.fromCredentials(credentials), credentials,
        work.binding.getSpec().getSecretTransforms(), client, work.namespace());
    String secretName = work.binding.getSpec().getSecretName();
    Secret existing = client.secrets().inNamespace(work.namespace()).withName(secretName).get();
    if (existing != null && !ownedBy(existing, work.binding)) {
      throw new SecretNotOwnedException("Secret \"" + work.namespace() + "/" + secretName + "\" is not owned by"
          + " ServiceBinding \"" + work.binding.getMetadata().getName() + "\". Choose another secretName or delete"
          + " the Secret.");
    }
    Map<String, String> encoded = new LinkedHashMap<>();
    data.forEach((k, v) -> encoded.put(k, Base64.getEncoder().encodeToString(v)));
    OwnerReference owner = new OwnerReferenceBuilder().withApiVersion(ServiceCatalogKind.API_VERSION)
        .withKind("ServiceBinding").withName(work.binding.getMetadata().getName())
        .withUid(work.binding.getMetadata().getUid()).withController(true).withBlockOwnerDeletion(true).build();
    if (existing == null) {
      client.secrets().inNamespace(work.namespace()).resource(new SecretBuilder().withNewMetadata()
          .withName(secretName).withNamespace(work.namespace()).withOwnerReferences(owner).endMetadata()
          .withType("Opaque").withData(encoded).build()).create();
    } else {
      existing.setData(encoded);
      existing.setStringData(null);
      client.secrets().inNamespace(work.namespace()).resource(existing).update();
    }
  }

  private static boolean ownedBy(Secret secret, ServiceBinding binding) {
    List<OwnerReference> owners = secret.getMetadata().getOwnerReferences();
    return owners != null && owners.stream().anyMatch(o -> Boolean.TRUE.equals(o.getController())
        && "ServiceBinding".equals(o.getKind()) && Objects.equals(o.getUid(), binding.getMetadata().getUid()));
  }

  private Optional<Duration> delete(Work work) {
    if (!Finalizers.has(work.binding)) {
      return Optional.empty();
    }
    ServiceBindingStatus status = work.status;
    if (UNBIND_REQUIRED.equals(status.getUnbindStatus())) {
      ServiceInstance instance = work.instanceName() == null ? null : client.resources(ServiceInstance.class)
          .inNamespace(work.namespace()).withName(work.instanceName()).get();
      Target target = instance == null ? null : target(instance);
      if (target == null) {
        work.condition(READY, UNKNOWN, "UnbindCallFailed", "Unbind call failed: the ServiceInstance \""
            + work.namespace() + "/" + work.instanceName() + "\" or its class, plan or broker no longer exists."
            + " Restore it, or remove the finalizer to abandon the binding.");
        work.write();
        return Optional.of(backoff(work.key));
      }
      status.setCurrentOperation(ServiceBindingStatus.OPERATION_UNBIND);
      if (status.getOperationStartTime() == null) {
        status.setOperationStartTime(Times.now(options.clock()));
      }
      work.condition(READY, FALSE, "UnbindingRequestInFlight", "Unbind request for ServiceBinding in-flight to"
          + " Broker");
      work.write();
      try {
        osb(work, target).unbind(target.instance().getSpec().getExternalID(), work.binding.getSpec().getExternalID(),
            target.serviceClass().getSpec().getExternalID(), target.plan().getSpec().getExternalID(), false);
      } catch (OsbException e) {
        work.condition(READY, UNKNOWN, "UnbindCallFailed", "Unbind call failed: " + BrokerErrors.describe(e));
        return retryOrGiveUp(work);
      }
      status.setUnbindStatus(UNBIND_SUCCEEDED);
      status.setCurrentOperation(null);
      status.setOperationStartTime(null);
      work.condition(READY, FALSE, "UnboundSuccessfully", "The binding was deleted successfully");
      work.write();
    }
    deleteOwnedSecret(work);
    ServiceBinding latest = client.resources(ServiceBinding.class).inNamespace(work.namespace())
        .withName(work.binding.getMetadata().getName()).get();
    if (latest != null) {
      Finalizers.remove(client, latest);
    }
    attempts.remove(work.key);
    return Optional.empty();
  }

  private void deleteOwnedSecret(Work work) {
    String secretName = work.binding.getSpec().getSecretName();
    if (secretName == null) {
      return;
    }
    Secret secret = client.secrets().inNamespace(work.namespace()).withName(secretName).get();
    if (secret != null && ownedBy(secret, work.binding)) {
      client.secrets().inNamespace(work.namespace()).withName(secretName).delete();
    }
  }

  private Duration backoff(String key) {
    int n = attempts.merge(key, 1, Integer::sum);
    long millis = options.minRetryBackoff().toMillis() << Math.min(n - 1, 20);
    return Duration.ofMillis(Math.min(millis, options.maxRetryBackoff().toMillis()));
  }
}
