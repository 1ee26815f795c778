package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** A ClusterServicePlan or a ServicePlan, for code that treats both scopes alike. */
public interface ServicePlanResource extends HasMetadata {

  /** The spec; the fields both scopes share. */
  CommonServicePlanSpec getSpec();

  /** The status; v0.3.1 never writes one, so usually null. */
  ServicePlanStatus getStatus();

  /** The name of the broker offering the plan (cluster or namespaced). */
  default String brokerName() {
    CommonServicePlanSpec spec = getSpec();
    if (spec instanceof ClusterServicePlanSpec cluster) {
      return cluster.getClusterServiceBrokerName();
    }
    return spec instanceof ServicePlanSpec namespaced ? namespaced.getServiceBrokerName() : null;
  }

  /** The Kubernetes name of the class the plan belongs to (cluster or namespaced), or null if not set. */
  default String className() {
    CommonServicePlanSpec spec = getSpec();
    if (spec instanceof ClusterServicePlanSpec cluster && cluster.getClusterServiceClassRef() != null) {
      return cluster.getClusterServiceClassRef().getName();
    }
    if (spec instanceof ServicePlanSpec namespaced && namespaced.getServiceClassRef() != null) {
      return namespaced.getServiceClassRef().getName();
    }
    return null;
  }

  /** Whether the broker has dropped this plan from its catalog. */
  @JsonIgnore
  default boolean isRemovedFromBrokerCatalog() {
    return getStatus() != null && Boolean.TRUE.equals(getStatus().getRemovedFromBrokerCatalog());
  }
}
