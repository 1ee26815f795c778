package io.servicecatalog.console.sandbox.kube;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The eight Service Catalog v0.3.1 CRDs (apiextensions v1 form), loaded from the sandbox's resources, and the
 * discovery entries a real API server derives from them.
 */
public final class ServiceCatalogCrds {

  /** The API group of every Service Catalog kind. */
  public static final String GROUP = "servicecatalog.k8s.io";
  /** The only served version. */
  public static final String VERSION = "v1beta1";
  /** {@code servicecatalog.k8s.io/v1beta1}. */
  public static final String API_VERSION = GROUP + "/" + VERSION;

  private static final List<String> FILES = List.of(
      "clusterservicebroker", "servicebroker",
      "clusterserviceclass", "serviceclass",
      "clusterserviceplan", "serviceplan",
      "serviceinstance", "servicebinding");

  // The verbs a kube-apiserver lists for a CRD's main resource and its status subresource.
  private static final List<String> RESOURCE_VERBS =
      List.of("delete", "deletecollection", "get", "list", "patch", "create", "update", "watch");
  private static final List<String> STATUS_VERBS = List.of("get", "patch", "update");

  private final List<CustomResourceDefinition> crds;
  private final Map<String, CustomResourceDefinition> byKind;

  private ServiceCatalogCrds(List<CustomResourceDefinition> crds) {
    this.crds = List.copyOf(crds);
    this.byKind = crds.stream()
        .collect(Collectors.toUnmodifiableMap(c -> c.getSpec().getNames().getKind(), Function.identity()));
  }

  /** Loads the CRD manifests bundled with the sandbox. */
  public static ServiceCatalogCrds load() {
    List<CustomResourceDefinition> crds = new ArrayList<>();
    for (String file : FILES) {
      String resource = "/io/servicecatalog/console/sandbox/crds/" + file + ".yaml";
      try (InputStream in = ServiceCatalogCrds.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The sandbox jar is missing " + resource + "; rebuild the sandbox module.");
        }
        crds.add(Serialization.unmarshal(in, CustomResourceDefinition.class));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + resource, e);
      }
    }
    return new ServiceCatalogCrds(crds);
  }

  /** The CRDs, brokers first, bindings last. */
  public List<CustomResourceDefinition> all() {
    return crds;
  }

  /** The kinds, e.g. {@code ClusterServiceBroker}. */
  public List<String> kinds() {
    return crds.stream().map(c -> c.getSpec().getNames().getKind()).toList();
  }

  /** The CRD of a kind, e.g. {@code ServiceInstance}. */
  public CustomResourceDefinition crd(String kind) {
    CustomResourceDefinition crd = byKind.get(kind);
    if (crd == null) {
      throw new IllegalArgumentException("Not a Service Catalog kind: " + kind);
    }
    return crd;
  }

  /** What a fabric8 client needs to address a kind without discovery. */
  public ResourceDefinitionContext context(String kind) {
    CustomResourceDefinition crd = crd(kind);
    return new ResourceDefinitionContext.Builder()
        .withGroup(GROUP)
        .withVersion(VERSION)
        .withKind(kind)
        .withPlural(crd.getSpec().getNames().getPlural())
        .withNamespaced("Namespaced".equals(crd.getSpec().getScope()))
        .build();
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
