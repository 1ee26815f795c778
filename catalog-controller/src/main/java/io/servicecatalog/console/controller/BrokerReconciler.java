package io.servicecatalog.console.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ClusterObjectReference;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClassSpec;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlanSpec;
import io.servicecatalog.console.model.v1beta1.CommonServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.CommonServiceClassSpec;
import io.servicecatalog.console.model.v1beta1.CommonServicePlanSpec;
import io.servicecatalog.console.model.v1beta1.LocalObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerResource;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerStatus;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogResource;
import io.servicecatalog.console.model.v1beta1.ServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceClassSpec;
import io.servicecatalog.console.model.v1beta1.ServiceClassStatus;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlan;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.model.v1beta1.ServicePlanSpec;
import io.servicecatalog.console.model.v1beta1.ServicePlanStatus;
import io.servicecatalog.console.osb.OsbException;
import io.servicecatalog.console.osb.catalog.Catalog;
import io.servicecatalog.console.osb.catalog.ServiceOffering;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles ClusterServiceBrokers or ServiceBrokers: fetches the broker's catalog with its credentials and TLS
 * settings, writes the classes and plans the catalog restrictions allow, marks the ones the broker dropped, and
 * records the outcome in the broker's status with the upstream reasons.
 */
final class BrokerReconciler {

  static final String REASON_FETCHED_CATALOG = "FetchedCatalog";
  static final String MESSAGE_FETCHED_CATALOG = "Successfully fetched catalog entries from broker.";
  static final String REASON_ERROR_FETCHING_CATALOG = "ErrorFetchingCatalog";
  static final String MESSAGE_ERROR_FETCHING_CATALOG = "Error fetching catalog.";
  static final String REASON_ERROR_SYNCING_CATALOG = "ErrorSyncingCatalog";
  static final String REASON_RETRY_TIMEOUT = "ErrorReconciliationRetryTimeout";

  private static final Logger LOG = LoggerFactory.getLogger(BrokerReconciler.class);
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private final KubernetesClient client;
  private final ControllerOptions options;
  private final boolean cluster;
  private final Runnable catalogChanged;
  private final BrokerClients clients;

  BrokerReconciler(KubernetesClient client, ControllerOptions options, boolean cluster, Runnable catalogChanged,
      BrokerClients clients) {
    this.client = client;
    this.clients = clients;
    this.options = options;
    this.cluster = cluster;
    this.catalogChanged = catalogChanged;
  }

  Optional<Duration> reconcile(String key) {
    ServiceBrokerResource broker = get(key);
    if (broker == null) {
      return Optional.empty();
    }
    if (broker.getMetadata().getDeletionTimestamp() != null) {
      deleteBroker(broker);
      return Optional.empty();
    }
    broker = applyDefaults(broker);
    ServiceBrokerStatus original = broker.getStatus() == null ? null
        : JSON.convertValue(broker.getStatus(), ServiceBrokerStatus.class);
    ServiceBrokerStatus status = broker.getStatus() == null ? new ServiceBrokerStatus() : broker.getStatus();
    if (status.getReconciledGeneration() == null) {
      status.setReconciledGeneration(0L);
    }
    Instant now = options.clock().instant();
    long generation = Objects.requireNonNullElse(broker.getMetadata().getGeneration(), 1L);
    boolean ready = Conditions.isTrue(status, ServiceCatalogCondition.TYPE_READY);
    Duration relist = relistInterval(broker.getSpec());
    if (ready && status.getReconciledGeneration() == generation) {
      if (relist == null) {
        return Optional.empty();
      }
      Instant due = Times.parse(status.getLastCatalogRetrievalTime()).orElse(Instant.EPOCH).plus(relist);
      if (now.isBefore(due)) {
        return Optional.of(Duration.between(now, due));
      }
    }
    String nowText = Times.format(now);

    Catalog catalog;
    try {
      catalog = clients.clientFor(broker).catalog();
    } catch (BrokerClients.CredentialsException e) {
      Conditions.set(status, ServiceCatalogCondition.TYPE_READY, ServiceCatalogCondition.STATUS_FALSE,
          REASON_ERROR_FETCHING_CATALOG,
          MESSAGE_ERROR_FETCHING_CATALOG + "Error getting broker auth credentials: " + e.getMessage(), nowText);
      writeStatus(broker, status, original);
      throw new WorkQueue.RetryLater("auth credentials: " + e.getMessage());
    } catch (OsbException | IllegalArgumentException e) {
      String detail = e instanceof OsbException osb ? BrokerErrors.describe(osb) : e.getMessage();
      failFetch(broker, status, original, now, "Error getting broker catalog: " + detail);
      throw new WorkQueue.RetryLater("catalog: " + detail);
    }

    try {
      syncCatalog(broker, catalog);
    } catch (KubernetesClientException | IllegalArgumentException e) {
      Conditions.set(status, ServiceCatalogCondition.TYPE_READY, ServiceCatalogCondition.STATUS_FALSE,
          REASON_ERROR_SYNCING_CATALOG, "Error syncing catalog from ServiceBroker. " + e.getMessage(), nowText);
      if (status.getOperationStartTime() == null) {
        status.setOperationStartTime(nowText);
      }
      writeStatus(broker, status, original);
      throw new WorkQueue.RetryLater("sync: " + e.getMessage());
    }

    Conditions.set(status, ServiceCatalogCondition.TYPE_READY, ServiceCatalogCondition.STATUS_TRUE,
        REASON_FETCHED_CATALOG, MESSAGE_FETCHED_CATALOG, nowText);
    status.setLastCatalogRetrievalTime(nowText);
    status.setReconciledGeneration(generation);
    status.setOperationStartTime(null);
    writeStatus(broker, status, original);
    catalogChanged.run();
    return Optional.ofNullable(relist);
  }

  private void failFetch(ServiceBrokerResource broker, ServiceBrokerStatus status, ServiceBrokerStatus original,
      Instant now, String detail) {
    String nowText = Times.format(now);
    Conditions.set(status, ServiceCatalogCondition.TYPE_READY, ServiceCatalogCondition.STATUS_FALSE,
        REASON_ERROR_FETCHING_CATALOG, MESSAGE_ERROR_FETCHING_CATALOG + detail, nowText);
    Optional<Instant> started = Times.parse(status.getOperationStartTime());
    if (started.isEmpty()) {
      status.setOperationStartTime(nowText);
    } else if (!now.isBefore(started.get().plus(options.reconciliationRetryDuration()))) {
      // Upstream gives up for this generation and clears the start time; its Failed condition is never written
      // because only existing condition types are replaced on brokers.
      LOG.warn("Broker {}: stopping reconciliation retries because too much time has elapsed",
          broker.getMetadata().getName());
      status.setReconciledGeneration(broker.getMetadata().getGeneration());
      status.setOperationStartTime(null);
    }
    writeStatus(broker, status, original);
  }

  private Duration relistInterval(CommonServiceBrokerSpec spec) {
    if (CommonServiceBrokerSpec.RELIST_MANUAL.equals(spec.getRelistBehavior())) {
      return null;
    }
    return Times.parseGoDuration(spec.getRelistDuration()).orElse(options.defaultRelistInterval());
  }

  private ServiceBrokerResource get(String key) {
    if (cluster) {
      return client.resources(ClusterServiceBroker.class).withName(key).get();
    }
    String[] parts = key.split("/", 2);
    return client.resources(ServiceBroker.class).inNamespace(parts[0]).withName(parts[1]).get();
  }

  /** What the upstream webhook would have set: the finalizer, relistBehavior Duration and relistRequests 0. */
  private ServiceBrokerResource applyDefaults(ServiceBrokerResource broker) {
    boolean changed = Finalizers.add(broker);
    CommonServiceBrokerSpec spec = broker.getSpec();
    if (spec.getRelistBehavior() == null) {
      spec.setRelistBehavior(CommonServiceBrokerSpec.RELIST_DURATION);
      changed = true;
    }
    if (spec.getRelistRequests() == null) {
      spec.setRelistRequests(0L);
      changed = true;
    }
    if (!changed) {
      return broker;
    }
    return (ServiceBrokerResource) Kube.update(client, (HasMetadata) broker);
  }

  private void deleteBroker(ServiceBrokerResource broker) {
    if (!broker.getMetadata().getFinalizers().contains(ServiceCatalogKind.FINALIZER)) {
      return;
    }
    String name = broker.getMetadata().getName();
    for (ServicePlanResource plan : existingPlans(broker)) {
      Kube.delete(client, (HasMetadata) plan);
    }
    for (ServiceClassResource serviceClass : existingClasses(broker)) {
      Kube.delete(client, (HasMetadata) serviceClass);
    }
    LOG.info("Broker {}: deleted its classes and plans", name);
    Finalizers.remove(client, (HasMetadata) broker);
  }

  // ---- catalog → classes and plans ----

  private void syncCatalog(ServiceBrokerResource broker, Catalog catalog) {
    CommonServiceBrokerSpec spec = broker.getSpec();
    CatalogRestrictionFilter classFilter = CatalogRestrictionFilter.parse(
        spec.getCatalogRestrictions() == null ? null : spec.getCatalogRestrictions().getServiceClass());
    CatalogRestrictionFilter planFilter = CatalogRestrictionFilter.parse(
        spec.getCatalogRestrictions() == null ? null : spec.getCatalogRestrictions().getServicePlan());
    String brokerName = broker.getMetadata().getName();
    String namespace = broker.getMetadata().getNamespace();

    Map<String, ServiceClassResource> existingClasses = new HashMap<>();
    for (ServiceClassResource c : existingClasses(broker)) {
      existingClasses.put(c.getSpec().getExternalID(), c);
    }
    Map<String, ServicePlanResource> existingPlans = new HashMap<>();
    for (ServicePlanResource p : existingPlans(broker)) {
      existingPlans.put(p.getSpec().getExternalID(), p);
    }

    Map<String, HasMetadata> wantedClasses = new LinkedHashMap<>();
    List<HasMetadata> wantedPlans = new ArrayList<>();
    for (ServiceOffering offering : catalog.services()) {
      ServiceClassResource existing = existingClasses.get(offering.id());
      String className = existing != null ? existing.getMetadata().getName()
          : CatalogNames.escapedName(offering.id());
      HasMetadata serviceClass = newClass(broker, offering, className);
      if (!classFilter.test(classProperties(className, offering))) {
        continue;
      }
      List<HasMetadata> plans = new ArrayList<>();
      for (io.servicecatalog.console.osb.catalog.ServicePlan plan : offering.plans()) {
        ServicePlanResource existingPlan = existingPlans.get(plan.id());
        String planName = existingPlan != null ? existingPlan.getMetadata().getName()
            : CatalogNames.escapedName(plan.id());
        HasMetadata newPlan = newPlan(broker, plan, className, planName);
        if (planFilter.test(planProperties(planName, className, (ServicePlanResource) newPlan))) {
          plans.add(newPlan);
        }
      }
      if (!plans.isEmpty()) {
        wantedClasses.put(offering.id(), serviceClass);
        wantedPlans.addAll(plans);
      }
    }

    for (HasMetadata wanted : wantedClasses.values()) {
      ServiceClassResource current = existingClasses.remove(((ServiceClassResource) wanted).getSpec().getExternalID());
      upsertCatalogObject(wanted, (HasMetadata) current);
    }
    for (HasMetadata wanted : wantedPlans) {
      ServicePlanResource current = existingPlans.remove(((ServicePlanResource) wanted).getSpec().getExternalID());
      upsertCatalogObject(wanted, (HasMetadata) current);
    }
    for (ServicePlanResource gone : existingPlans.values()) {
      markRemoved((HasMetadata) gone);
    }
    for (ServiceClassResource gone : existingClasses.values()) {
      markRemoved((HasMetadata) gone);
    }
    LOG.debug("Broker {}{}: {} classes, {} plans", namespace == null ? "" : namespace + "/", brokerName,
        wantedClasses.size(), wantedPlans.size());
  }

  private static Map<String, String> classProperties(String name, ServiceOffering offering) {
    Map<String, String> properties = new HashMap<>();
    properties.put("name", name);
    properties.put("spec.externalName", offering.name());
    properties.put("spec.externalID", offering.id());
    return properties;
  }

  private Map<String, String> planProperties(String name, String className, ServicePlanResource plan) {
    Map<String, String> properties = new HashMap<>();
    properties.put("name", name);
    properties.put("spec.externalName", plan.getSpec().getExternalName());
    properties.put("spec.externalID", plan.getSpec().getExternalID());
    properties.put("spec.free", String.valueOf(Boolean.TRUE.equals(plan.getSpec().getFree())));
    properties.put(cluster ? "spec.clusterServiceClass.name" : "spec.serviceClass.name", className);
    return properties;
  }

  private HasMetadata newClass(ServiceBrokerResource broker, ServiceOffering offering, String name) {
    ObjectNode json = offering.toJson();
    CommonServiceClassSpec spec;
    Map<String, String> labels = new LinkedHashMap<>();
    ServiceCatalogResource<?, ?> resource;
    if (cluster) {
      ClusterServiceClassSpec clusterSpec = new ClusterServiceClassSpec();
      clusterSpec.setClusterServiceBrokerName(broker.getMetadata().getName());
      labels.put(CatalogNames.LABEL_PREFIX + "clusterServiceBrokerName",
          CatalogNames.labelValue(broker.getMetadata().getName()));
      ClusterServiceClass c = new ClusterServiceClass();
      c.setSpec(clusterSpec);
      spec = clusterSpec;
      resource = c;
    } else {
      ServiceClassSpec namespacedSpec = new ServiceClassSpec();
      namespacedSpec.setServiceBrokerName(broker.getMetadata().getName());
      labels.put(CatalogNames.LABEL_PREFIX + "serviceBrokerName",
          CatalogNames.labelValue(broker.getMetadata().getName()));
      ServiceClass c = new ServiceClass();
      c.setSpec(namespacedSpec);
      spec = namespacedSpec;
      resource = c;
    }
    spec.setExternalName(offering.name());
    spec.setExternalID(offering.id());
    spec.setDescription(offering.description());
    spec.setBindable(offering.bindable());
    // Upstream fills bindingRetrievable only behind the alpha AsyncBindingOperations gate, so it stays false.
    spec.setBindingRetrievable(false);
    spec.setPlanUpdatable(offering.planUpdateable());
    spec.setExternalMetadata(present(json.get("metadata")));
    spec.setTags(offering.tags().isEmpty() ? null : offering.tags());
    spec.setRequires(offering.requires().isEmpty() ? null : offering.requires());
    labels.put(CatalogNames.LABEL_PREFIX + "externalID", CatalogNames.labelValue(offering.id()));
    labels.put(CatalogNames.LABEL_PREFIX + "externalName", CatalogNames.labelValue(offering.name()));
    metadata(resource, broker, name, labels);
    return resource;
  }

  private HasMetadata newPlan(ServiceBrokerResource broker, io.servicecatalog.console.osb.catalog.ServicePlan plan,
      String className, String name) {
    ObjectNode json = plan.toJson();
    CommonServicePlanSpec spec;
    Map<String, String> labels = new LinkedHashMap<>();
    ServiceCatalogResource<?, ?> resource;
    if (cluster) {
      ClusterServicePlanSpec clusterSpec = new ClusterServicePlanSpec();
      clusterSpec.setClusterServiceBrokerName(broker.getMetadata().getName());
      ClusterObjectReference ref = new ClusterObjectReference();
      ref.setName(className);
      clusterSpec.setClusterServiceClassRef(ref);
      labels.put(CatalogNames.LABEL_PREFIX + "clusterServiceBrokerName",
          CatalogNames.labelValue(broker.getMetadata().getName()));
      labels.put(CatalogNames.LABEL_PREFIX + "clusterServiceClassRef.name", CatalogNames.labelValue(className));
      ClusterServicePlan p = new ClusterServicePlan();
      p.setSpec(clusterSpec);
      spec = clusterSpec;
      resource = p;
    } else {
      ServicePlanSpec namespacedSpec = new ServicePlanSpec();
      namespacedSpec.setServiceBrokerName(broker.getMetadata().getName());
      LocalObjectReference ref = new LocalObjectReference();
      ref.setName(className);
      namespacedSpec.setServiceClassRef(ref);
      labels.put(CatalogNames.LABEL_PREFIX + "serviceBrokerName",
          CatalogNames.labelValue(broker.getMetadata().getName()));
      labels.put(CatalogNames.LABEL_PREFIX + "serviceClassRef.name", CatalogNames.labelValue(className));
      ServicePlan p = new ServicePlan();
      p.setSpec(namespacedSpec);
      spec = namespacedSpec;
      resource = p;
    }
    spec.setExternalName(plan.name());
    spec.setExternalID(plan.id());
    spec.setDescription(plan.description());
    // Upstream records free = plan.Free != nil && *plan.Free: a plan without "free" is recorded as not free.
    JsonNode free = json.get("free");
    spec.setFree(free != null && free.isBoolean() && free.booleanValue());
    plan.bindableOverride().ifPresent(spec::setBindable);
    spec.setExternalMetadata(present(json.get("metadata")));
    spec.setInstanceCreateParameterSchema(present(json.at("/schemas/service_instance/create/parameters")));
    spec.setInstanceUpdateParameterSchema(present(json.at("/schemas/service_instance/update/parameters")));
    spec.setServiceBindingCreateParameterSchema(present(json.at("/schemas/service_binding/create/parameters")));
    labels.put(CatalogNames.LABEL_PREFIX + "externalID", CatalogNames.labelValue(plan.id()));
    labels.put(CatalogNames.LABEL_PREFIX + "externalName", CatalogNames.labelValue(plan.name()));
    metadata(resource, broker, name, labels);
    return resource;
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull() ? null : node;
  }

  private void metadata(HasMetadata resource, ServiceBrokerResource broker, String name, Map<String, String> labels) {
    resource.getMetadata().setName(name);
    resource.getMetadata().setLabels(labels);
    if (cluster) {
      OwnerReference owner = new OwnerReferenceBuilder().withApiVersion(ServiceCatalogKind.API_VERSION)
          .withKind("ClusterServiceBroker").withName(broker.getMetadata().getName())
          .withUid(broker.getMetadata().getUid()).withController(true).withBlockOwnerDeletion(false).build();
      resource.getMetadata().setOwnerReferences(List.of(owner));
    } else {
      resource.getMetadata().setNamespace(broker.getMetadata().getNamespace());
    }
  }

  private void upsertCatalogObject(HasMetadata wanted, HasMetadata current) {
    if (current == null) {
      Kube.create(client, wanted);
      return;
    }
    Object wantedSpec = ((ServiceCatalogResource<?, ?>) wanted).getSpec();
    boolean specChanged = !Objects.equals(wantedSpec, ((ServiceCatalogResource<?, ?>) current).getSpec());
    boolean labelsChanged = !Objects.equals(wanted.getMetadata().getLabels(), current.getMetadata().getLabels());
    HasMetadata latest = current;
    if (specChanged || labelsChanged) {
      setSpec(current, wantedSpec);
      current.getMetadata().setLabels(wanted.getMetadata().getLabels());
      latest = Kube.update(client, current);
    }
    if (isRemoved(latest)) {
      setRemoved(latest, false);
      Kube.updateStatus(client, latest);
    }
  }

  @SuppressWarnings("unchecked")
  private static void setSpec(HasMetadata resource, Object spec) {
    ((ServiceCatalogResource<Object, ?>) resource).setSpec(spec);
  }

  private static boolean isRemoved(HasMetadata resource) {
    if (resource instanceof ServiceClassResource c) {
      return c.isRemovedFromBrokerCatalog();
    }
    return ((ServicePlanResource) resource).isRemovedFromBrokerCatalog();
  }

  private static void setRemoved(HasMetadata resource, boolean removed) {
    if (resource instanceof ClusterServiceClass c) {
      c.setStatus(classStatus(removed));
    } else if (resource instanceof ServiceClass c) {
      c.setStatus(classStatus(removed));
    } else if (resource instanceof ClusterServicePlan p) {
      p.setStatus(planStatus(removed));
    } else if (resource instanceof ServicePlan p) {
      p.setStatus(planStatus(removed));
    }
  }

  private static ServiceClassStatus classStatus(boolean removed) {
    ServiceClassStatus status = new ServiceClassStatus();
    status.setRemovedFromBrokerCatalog(removed);
    return status;
  }

  private static ServicePlanStatus planStatus(boolean removed) {
    ServicePlanStatus status = new ServicePlanStatus();
    status.setRemovedFromBrokerCatalog(removed);
    return status;
  }

  /**
   * A class or plan the broker no longer offers: deleted when no instance uses it (upstream's class and plan
   * controllers), else kept with {@code status.removedFromBrokerCatalog: true} so existing instances still resolve.
   */
  private void markRemoved(HasMetadata gone) {
    if (!inUse(gone)) {
      Kube.delete(client, gone);
      return;
    }
    if (!isRemoved(gone)) {
      setRemoved(gone, true);
      Kube.updateStatus(client, gone);
    }
  }

  private boolean inUse(HasMetadata catalogObject) {
    String name = catalogObject.getMetadata().getName();
    List<ServiceInstance> instances = cluster
        ? client.resources(ServiceInstance.class).inAnyNamespace().list().getItems()
        : client.resources(ServiceInstance.class).inNamespace(catalogObject.getMetadata().getNamespace()).list()
            .getItems();
    for (ServiceInstance instance : instances) {
      var spec = instance.getSpec();
      if (spec == null) {
        continue;
      }
      if (catalogObject instanceof ClusterServiceClass) {
        if (spec.getClusterServiceClassRef() != null && name.equals(spec.getClusterServiceClassRef().getName())) {
          return true;
        }
      } else if (catalogObject instanceof ClusterServicePlan) {
        if (spec.getClusterServicePlanRef() != null && name.equals(spec.getClusterServicePlanRef().getName())) {
          return true;
        }
      } else if (catalogObject instanceof ServiceClass) {
        if (spec.getServiceClassRef() != null && name.equals(spec.getServiceClassRef().getName())) {
          return true;
        }
      } else if (spec.getServicePlanRef() != null && name.equals(spec.getServicePlanRef().getName())) {
        return true;
      }
    }
    return false;
  }

  private List<ServiceClassResource> existingClasses(ServiceBrokerResource broker) {
    String brokerName = broker.getMetadata().getName();
    List<ServiceClassResource> result = new ArrayList<>();
    if (cluster) {
      for (ClusterServiceClass c : client.resources(ClusterServiceClass.class)
          .withLabel(CatalogNames.LABEL_PREFIX + "clusterServiceBrokerName", CatalogNames.labelValue(brokerName))
          .list().getItems()) {
        if (brokerName.equals(c.brokerName())) {
          result.add(c);
        }
      }
    } else {
      for (ServiceClass c : client.resources(ServiceClass.class).inNamespace(broker.getMetadata().getNamespace())
          .withLabel(CatalogNames.LABEL_PREFIX + "serviceBrokerName", CatalogNames.labelValue(brokerName))
          .list().getItems()) {
        if (brokerName.equals(c.brokerName())) {
          result.add(c);
        }
      }
    }
    return result;
  }

  private List<ServicePlanResource> existingPlans(ServiceBrokerResource broker) {
    String brokerName = broker.getMetadata().getName();
    List<ServicePlanResource> result = new ArrayList<>();
    if (cluster) {
      for (ClusterServicePlan p : client.resources(ClusterServicePlan.class)
          .withLabel(CatalogNames.LABEL_PREFIX + "clusterServiceBrokerName", CatalogNames.labelValue(brokerName))
          .list().getItems()) {
        if (brokerName.equals(p.brokerName())) {
          result.add(p);
        }
      }
    } else {
      for (ServicePlan p : client.resources(ServicePlan.class).inNamespace(broker.getMetadata().getNamespace())
          .withLabel(CatalogNames.LABEL_PREFIX + "serviceBrokerName", CatalogNames.labelValue(brokerName))
          .list().getItems()) {
        if (brokerName.equals(p.brokerName())) {
          result.add(p);
        }
      }
    }
    return result;
  }

  private void writeStatus(ServiceBrokerResource broker, ServiceBrokerStatus status, ServiceBrokerStatus original) {
    if (status.equals(original)) {
      // Nothing new: writing anyway would wake this reconciler again before its backoff ends.
      return;
    }
    if (broker instanceof ClusterServiceBroker c) {
      c.setStatus(status);
    } else {
      ((ServiceBroker) broker).setStatus(status);
    }
    Kube.updateStatus(client, (HasMetadata) broker);
  }

}
