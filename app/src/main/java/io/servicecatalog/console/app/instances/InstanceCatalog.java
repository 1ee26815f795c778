package io.servicecatalog.console.app.instances;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds what an instance refers to among catalog objects already at hand (the live store's lists): its class,
 * its plan, the other plans of its class, and its bindings. Pure lookups, no cluster calls.
 */
public final class InstanceCatalog {

  private InstanceCatalog() {
  }

  /** The instance's class: by the controller's resolved ref, else by the Kubernetes name, external name or id. */
  public static Optional<ServiceClassResource> classOf(ServiceInstance instance, Collection<? extends HasMetadata> classes) {
    ServiceInstanceSpec spec = instance.getSpec();
    if (spec == null) {
      return Optional.empty();
    }
    boolean cluster = spec.refersToClusterClass();
    String ref = cluster ? (spec.getClusterServiceClassRef() == null ? null : spec.getClusterServiceClassRef().getName())
        : (spec.getServiceClassRef() == null ? null : spec.getServiceClassRef().getName());
    String name = cluster ? spec.getClusterServiceClassName() : spec.getServiceClassName();
    String external = cluster ? spec.getClusterServiceClassExternalName() : spec.getServiceClassExternalName();
    String id = cluster ? spec.getClusterServiceClassExternalID() : spec.getServiceClassExternalID();
    return candidates(classes, ServiceClassResource.class, cluster, instance).stream()
        .filter(c -> matches(c.getMetadata().getName(), ref != null ? ref : name)
            || ref == null && name == null && (matches(c.getSpec().getExternalName(), external) || matches(c.getSpec().getExternalID(), id)))
        .findFirst();
  }

  /** The instance's current plan within {@code serviceClass}, resolved like {@link #classOf}. */
  public static Optional<ServicePlanResource> planOf(ServiceInstance instance, ServiceClassResource serviceClass,
      Collection<? extends HasMetadata> plans) {
    ServiceInstanceSpec spec = instance.getSpec();
    if (spec == null) {
      return Optional.empty();
    }
    boolean cluster = spec.refersToClusterClass();
    String ref = cluster ? (spec.getClusterServicePlanRef() == null ? null : spec.getClusterServicePlanRef().getName())
        : (spec.getServicePlanRef() == null ? null : spec.getServicePlanRef().getName());
    String name = cluster ? spec.getClusterServicePlanName() : spec.getServicePlanName();
    String external = cluster ? spec.getClusterServicePlanExternalName() : spec.getServicePlanExternalName();
    String id = cluster ? spec.getClusterServicePlanExternalID() : spec.getServicePlanExternalID();
    List<ServicePlanResource> ofClass = plansOf(serviceClass, plans);
    // The spec fields are what the user asked for; the ref may still name the plan before a change.
    Optional<ServicePlanResource> asked = ofClass.stream().filter(p -> matches(p.getMetadata().getName(), name)
        || matches(p.getSpec().getExternalName(), external) || matches(p.getSpec().getExternalID(), id)).findFirst();
    return asked.isPresent() ? asked : ofClass.stream().filter(p -> matches(p.getMetadata().getName(), ref)).findFirst();
  }

  /** Every plan of {@code serviceClass} (same scope, same namespace for a namespaced class), by display name. */
  public static List<ServicePlanResource> plansOf(ServiceClassResource serviceClass, Collection<? extends HasMetadata> plans) {
    List<ServicePlanResource> out = new ArrayList<>();
    for (HasMetadata p : plans) {
      if (p instanceof ServicePlanResource plan && serviceClass.getMetadata().getName().equals(plan.className())
          && Objects.equals(serviceClass.getMetadata().getNamespace(), plan.getMetadata().getNamespace())
          && Objects.equals(serviceClass.brokerName(), plan.brokerName())) {
        out.add(plan);
      }
    }
    out.sort(Comparator.comparing(p -> Objects.requireNonNullElse(p.getSpec().displayName(), "")));
    return out;
  }

  /** The bindings (among {@code bindings}) whose {@code instanceRef} names this instance in its namespace. */
  public static List<ServiceBinding> bindingsOf(ServiceInstance instance, Collection<? extends HasMetadata> bindings) {
    List<ServiceBinding> out = new ArrayList<>();
    for (HasMetadata item : bindings) {
      if (item instanceof ServiceBinding binding && binding.getSpec() != null && binding.getSpec().getInstanceRef() != null
          && instance.getMetadata().getName().equals(binding.getSpec().getInstanceRef().getName())
          && Objects.equals(instance.getMetadata().getNamespace(), binding.getMetadata().getNamespace())) {
        out.add(binding);
      }
    }
    return out;
  }

  private static <T extends HasMetadata> List<T> candidates(Collection<? extends HasMetadata> items, Class<T> type,
      boolean cluster, ServiceInstance instance) {
    List<T> out = new ArrayList<>();
    for (HasMetadata item : items) {
      if (type.isInstance(item) && (cluster ? item.getMetadata().getNamespace() == null
          : Objects.equals(item.getMetadata().getNamespace(), instance.getMetadata().getNamespace()))) {
        out.add(type.cast(item));
      }
    }
    return out;
  }

  private static boolean matches(String value, String wanted) {
    return wanted != null && wanted.equals(value);
  }
}
