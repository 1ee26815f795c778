package io.servicecatalog.console.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.util.ArrayList;
import java.util.List;

/** The {@code kubernetes-incubator/service-catalog} finalizer, which keeps an object until the broker side is undone. */
final class Finalizers {

  private Finalizers() {
  }

  /** Adds the finalizer to the object in memory; true if it was missing. */
  static boolean add(HasMetadata resource) {
    List<String> finalizers = resource.getMetadata().getFinalizers() == null ? new ArrayList<>()
        : new ArrayList<>(resource.getMetadata().getFinalizers());
    if (finalizers.contains(ServiceCatalogKind.FINALIZER)) {
      return false;
    }
    finalizers.add(ServiceCatalogKind.FINALIZER);
    resource.getMetadata().setFinalizers(finalizers);
    return true;
  }

  static boolean has(HasMetadata resource) {
    return resource.getMetadata().getFinalizers() != null
        && resource.getMetadata().getFinalizers().contains(ServiceCatalogKind.FINALIZER);
  }

  /** Removes the finalizer on the server; the object goes away if it was the last one. */
  static void remove(KubernetesClient client, HasMetadata resource) {
    List<String> finalizers = new ArrayList<>(resource.getMetadata().getFinalizers());
    if (!finalizers.remove(ServiceCatalogKind.FINALIZER)) {
      return;
    }
    resource.getMetadata().setFinalizers(finalizers);
    Kube.update(client, resource);
  }
}
