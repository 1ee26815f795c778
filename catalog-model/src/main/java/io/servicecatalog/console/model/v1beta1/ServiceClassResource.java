package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** A ClusterServiceClass or a ServiceClass, for code that treats both scopes alike. */
public interface ServiceClassResource extends HasMetadata {

  /** The spec; the fields both scopes share. */
  CommonServiceClassSpec getSpec();

  /** The status; v0.3.1 never writes one, so usually null. */
  ServiceClassStatus getStatus();

  /** The name of the broker offering the class (cluster or namespaced). */
  default String brokerName() {
    CommonServiceClassSpec spec = getSpec();
    if (spec instanceof ClusterServiceClassSpec cluster) {
      return cluster.getClusterServiceBrokerName();
    }
    return spec instanceof ServiceClassSpec namespaced ? namespaced.getServiceBrokerName() : null;
  }

  /** Whether the broker has dropped this class from its catalog. */
  @JsonIgnore
  default boolean isRemovedFromBrokerCatalog() {
    return getStatus() != null && Boolean.TRUE.equals(getStatus().getRemovedFromBrokerCatalog());
  }
}
