package io.servicecatalog.console.sandbox.kube;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import java.util.ArrayList;
import java.util.List;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.crd.ServiceCatalogCrds;

/**
 * The eight Service Catalog v0.3.1 CRDs (apiextensions v1 form, the model's copy) as the sandbox serves them, and
 * the discovery entries a real API server derives from them.
 */
public final class ServedCatalogCrds {

  /** The API group of every Service Catalog kind. */
  public static final String GROUP = ServiceCatalogKind.GROUP;
  /** The only served version. */
  public static final String VERSION = ServiceCatalogKind.VERSION;
  /** {@code servicecatalog.k8s.io/v1beta1}. */
  public static final String API_VERSION = ServiceCatalogKind.API_VERSION;

  // The verbs a kube-apiserver lists for a CRD's main resource and its status subresource.
  private static final List<String> RESOURCE_VERBS =
      List.of("delete", "deletecollection", "get", "list", "patch", "create", "update", "watch");
  private static final List<String> STATUS_VERBS = List.of("get", "patch", "update");

  private final List<CustomResourceDefinition> crds;

  private ServedCatalogCrds(List<CustomResourceDefinition> crds) {
    this.crds = List.copyOf(crds);
  }

  /** The CRD manifests of catalog-model, in apiextensions v1 form. */
  public static ServedCatalogCrds load() {
    return new ServedCatalogCrds(ServiceCatalogCrds.v1());
  }

  /** The CRDs, brokers first, bindings last. */
  public List<CustomResourceDefinition> all() {
    return crds;
  }

  /** The kinds, e.g. {@code ClusterServiceBroker}. */
  public List<String> kinds() {
    return crds.stream().map(c -> c.getSpec().getNames().getKind()).toList();
  }

  /** What a fabric8 client needs to address a kind without discovery. */
  public ResourceDefinitionContext context(String kind) {
    return ServiceCatalogKind.fromKind(kind)
        .orElseThrow(() -> new IllegalArgumentException("Not a Service Catalog kind: " + kind))
        .context();
  }

  /**
   * The resources of {@code servicecatalog.k8s.io/v1beta1} as the API server lists them: each kind followed by its
   * {@code /status} subresource.
   */
  public List<APIResource> apiResources() {
    List<APIResource> resources = new ArrayList<>();
    for (CustomResourceDefinition crd : crds) {
      var names = crd.getSpec().getNames();
      boolean namespaced = "Namespaced".equals(crd.getSpec().getScope());
      resources.add(new APIResourceBuilder()
          .withName(names.getPlural())
          .withSingularName(names.getSingular())
          .withNamespaced(namespaced)
          .withKind(names.getKind())
          .withVerbs(RESOURCE_VERBS)
          .withCategories(names.getCategories())
          .withShortNames(names.getShortNames())
          .build());
      if (servedVersion(crd).getSubresources() != null && servedVersion(crd).getSubresources().getStatus() != null) {
        resources.add(new APIResourceBuilder()
            .withName(names.getPlural() + "/status")
            .withSingularName("")
            .withNamespaced(namespaced)
            .withKind(names.getKind())
            .withVerbs(STATUS_VERBS)
            .build());
      }
    }
    return resources;
  }

  private static CustomResourceDefinitionVersion servedVersion(CustomResourceDefinition crd) {
    return crd.getSpec().getVersions().stream()
        .filter(v -> VERSION.equals(v.getName()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(crd.getMetadata().getName() + " does not serve " + VERSION));
  }
}
