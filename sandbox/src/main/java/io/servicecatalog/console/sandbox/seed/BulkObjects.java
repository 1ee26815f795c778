package io.servicecatalog.console.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ClusterObjectReference;
import io.servicecatalog.console.model.v1beta1.LocalObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBindingSpec;
import io.servicecatalog.console.model.v1beta1.ServiceBindingStatus;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Many ServiceInstances and ServiceBindings of the large catalog's services, written as a controller leaves them
 * once provisioned and bound ({@code Ready}, reconciled), for scale benchmarks. They live in their own namespace,
 * which the sandbox's controller then leaves alone, so seeding them costs no broker traffic.
 */
public final class BulkObjects {

  /** The namespace the bulk instances and bindings live in. */
  public static final String NAMESPACE = "bulk";

  private static final String SEEDED_AT = "2024-01-01T00:00:00Z";

  private BulkObjects() {
  }

  /**
   * Instances spread over the catalog's services (cycling through them and their plans), named
   * {@code instance-00000} onwards.
   *
   * @param catalog the large catalog's {@code GET /v2/catalog} document; class and plan names are the OSB ids, as
   *     the controller names them
   */
  public static List<ServiceInstance> instances(JsonNode catalog, int count) {
    JsonNode services = catalog.path("services");
    if (count > 0 && services.isEmpty()) {
      throw new IllegalArgumentException("Bulk instances need a catalog with at least one service.");
    }
    List<ServiceInstance> instances = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      JsonNode service = services.get(i % services.size());
      JsonNode plans = service.path("plans");
      JsonNode plan = plans.get((i / services.size()) % plans.size());
      ServiceInstanceSpec spec = new ServiceInstanceSpec();
      spec.setClusterServiceClassExternalName(service.path("name").asText());
      spec.setClusterServicePlanExternalName(plan.path("name").asText());
      spec.setClusterServiceClassRef(clusterRef(service.path("id").asText()));
      spec.setClusterServicePlanRef(clusterRef(plan.path("id").asText()));
      spec.setExternalID(new UUID(0x5eedL, i).toString());
      spec.setUpdateRequests(0L);
      ServiceInstanceStatus status = new ServiceInstanceStatus();
      status.setConditions(List.of(ready("ProvisionedSuccessfully", "The instance was provisioned successfully")));
      status.setAsyncOpInProgress(false);
      status.setOrphanMitigationInProgress(false);
      status.setProvisionStatus("Provisioned");
      status.setDeprovisionStatus("Required");
      status.setReconciledGeneration(1L);
      status.setObservedGeneration(1L);
      ServiceInstance instance = new ServiceInstance();
      instance.getMetadata().setName(instanceName(i));
      instance.getMetadata().setNamespace(NAMESPACE);
      instance.getMetadata().setFinalizers(List.of(ServiceCatalogKind.FINALIZER));
      instance.getMetadata().setLabels(Map.of("app.kubernetes.io/part-of", "service-catalog-console-sandbox"));
      instance.setSpec(spec);
      instance.setStatus(status);
      instances.add(instance);
    }
    return instances;
  }

  /**
   * Bindings to the first {@code instanceCount} instances (cycling), named {@code binding-00000} onwards, each with
   * its own Secret name (the Secrets themselves are not written).
   */
  public static List<ServiceBinding> bindings(int count, int instanceCount) {
    if (count > 0 && instanceCount < 1) {
      throw new IllegalArgumentException("Bulk bindings need at least one bulk instance.");
    }
    List<ServiceBinding> bindings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ServiceBindingSpec spec = new ServiceBindingSpec();
      LocalObjectReference instanceRef = new LocalObjectReference();
      instanceRef.setName(instanceName(i % instanceCount));
      spec.setInstanceRef(instanceRef);
      spec.setSecretName(String.format("binding-%05d", i));
      spec.setExternalID(new UUID(0xb1dL, i).toString());
      ServiceBindingStatus status = new ServiceBindingStatus();
      status.setConditions(List.of(ready("InjectedBindResult", "Injected bind result")));
      status.setAsyncOpInProgress(false);
      status.setOrphanMitigationInProgress(false);
      status.setReconciledGeneration(1L);
      status.setUnbindStatus("Required");
      ServiceBinding binding = new ServiceBinding();
      binding.getMetadata().setName(String.format("binding-%05d", i));
      binding.getMetadata().setNamespace(NAMESPACE);
      binding.getMetadata().setFinalizers(List.of(ServiceCatalogKind.FINALIZER));
      binding.setSpec(spec);
      binding.setStatus(status);
      bindings.add(binding);
    }
    return bindings;
  }

  /** The name of the {@code index}-th bulk instance. */
  public static String instanceName(int index) {
    return String.format("instance-%05d", index);
  }

  private static ClusterObjectReference clusterRef(String name) {
    ClusterObjectReference ref = new ClusterObjectReference();
    ref.setName(name);
    return ref;
  }

  private static ServiceCatalogCondition ready(String reason, String message) {
    ServiceCatalogCondition condition = new ServiceCatalogCondition();
    condition.setType("Ready");
    condition.setStatus("True");
    condition.setReason(reason);
    condition.setMessage(message);
    condition.setLastTransitionTime(SEEDED_AT);
    return condition;
  }
}
