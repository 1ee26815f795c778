package io.servicecatalog.console.model.v1beta1;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** A ClusterServiceBroker or a ServiceBroker, for code that treats both scopes alike. */
public interface ServiceBrokerResource extends HasMetadata {

  /** The spec; the fields both scopes share. */
  CommonServiceBrokerSpec getSpec();

  /** The status, or null before the controller wrote one. */
  ServiceBrokerStatus getStatus();
}
