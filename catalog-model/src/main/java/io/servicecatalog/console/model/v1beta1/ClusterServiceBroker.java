package io.servicecatalog.console.model.v1beta1;

import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.servicecatalog.console.model.ServiceCatalogKind;

/** A broker registered for the whole cluster; the controller turns its catalog into ClusterServiceClasses and ClusterServicePlans. */
@Group(ServiceCatalogKind.GROUP)
@Version(ServiceCatalogKind.VERSION)
@Kind("ClusterServiceBroker")
@Plural("clusterservicebrokers")
@Singular("clusterservicebroker")
public class ClusterServiceBroker extends ServiceCatalogResource<ClusterServiceBrokerSpec, ServiceBrokerStatus> implements ServiceBrokerResource {

  /** Creates an empty object; set metadata and spec before sending it to the API server. */
  public ClusterServiceBroker() {
    super();
  }
}
