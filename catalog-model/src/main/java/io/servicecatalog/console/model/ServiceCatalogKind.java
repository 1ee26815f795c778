package io.servicecatalog.console.model;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogResource;
import io.servicecatalog.console.model.v1beta1.ServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlan;
import java.util.Locale;
import java.util.Optional;

/** The eight kinds of {@code servicecatalog.k8s.io/v1beta1}, with their REST names, scope and model class. */
public enum ServiceCatalogKind {
  CLUSTER_SERVICE_BROKER("ClusterServiceBroker", "clusterservicebrokers", false, ClusterServiceBroker.class),
  SERVICE_BROKER("ServiceBroker", "servicebrokers", true, ServiceBroker.class),
  CLUSTER_SERVICE_CLASS("ClusterServiceClass", "clusterserviceclasses", false, ClusterServiceClass.class),
  SERVICE_CLASS("ServiceClass", "serviceclasses", true, ServiceClass.class),
  CLUSTER_SERVICE_PLAN("ClusterServicePlan", "clusterserviceplans", false, ClusterServicePlan.class),
  SERVICE_PLAN("ServicePlan", "serviceplans", true, ServicePlan.class),
  SERVICE_INSTANCE("ServiceInstance", "serviceinstances", true, ServiceInstance.class),
  SERVICE_BINDING("ServiceBinding", "servicebindings", true, ServiceBinding.class);

  /** The API group. */
  public static final String GROUP = "servicecatalog.k8s.io";
  /** The API version. */
  public static final String VERSION = "v1beta1";
  /** {@code group/version} as written in {@code apiVersion}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;
  /**
   * Prefix of the labels the controller puts on classes and plans (and their webhook, on instances): hashes of spec
   * fields, which the controller's field selectors match.
   */
  public static final String SPEC_LABEL_PREFIX = GROUP + "/spec.";
  /** The finalizer the controller puts on brokers, instances and bindings. */
  public static final String FINALIZER = "kubernetes-incubator/service-catalog";

  private final String kind;
  private final String plural;
  private final boolean namespaced;
  private final Class<? extends ServiceCatalogResource<?, ?>> resourceClass;

  ServiceCatalogKind(String kind, String plural, boolean namespaced,
      Class<? extends ServiceCatalogResource<?, ?>> resourceClass) {
    this.kind = kind;
    this.plural = plural;
    this.namespaced = namespaced;
    this.resourceClass = resourceClass;
  }

  /** The kind, e.g. {@code ServiceInstance}. */
  public String kind() {
    return kind;
  }

  /** The kind of the API server's typed list, e.g. {@code ServiceInstanceList}. */
  public String listKind() {
    return kind + "List";
  }

  /** The REST resource name, e.g. {@code serviceinstances}. */
  public String plural() {
    return plural;
  }

  /** The singular resource name, e.g. {@code serviceinstance}. */
  public String singular() {
    return kind.toLowerCase(Locale.ROOT);
  }

  /** The CRD name, e.g. {@code serviceinstances.servicecatalog.k8s.io}. */
  public String crdName() {
    return plural + "." + GROUP;
  }

  /** Whether objects of this kind live in a namespace. */
  public boolean namespaced() {
    return namespaced;
  }

  /** The fabric8 model class, usable with {@code client.resources(kind.resourceClass())}. */
  public Class<? extends ServiceCatalogResource<?, ?>> resourceClass() {
    return resourceClass;
  }

  /** The fabric8 context for untyped access ({@code client.genericKubernetesResources(kind.context())}). */
  public ResourceDefinitionContext context() {
    return new ResourceDefinitionContext.Builder().withGroup(GROUP).withVersion(VERSION).withKind(kind)
        .withPlural(plural).withNamespaced(namespaced).build();
  }

  /** The kind with this name ({@code ServiceInstance}), or empty for any other kind. */
  public static Optional<ServiceCatalogKind> fromKind(String kind) {
    for (ServiceCatalogKind value : values()) {
      if (value.kind.equals(kind)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The kind of a resource: by its model class, else by its apiVersion and kind fields. */
  public static Optional<ServiceCatalogKind> of(HasMetadata resource) {
    for (ServiceCatalogKind value : values()) {
      if (value.resourceClass.isInstance(resource)) {
        return Optional.of(value);
      }
    }
    if (resource != null && API_VERSION.equals(resource.getApiVersion())) {
      return fromKind(resource.getKind());
    }
    return Optional.empty();
  }
}
