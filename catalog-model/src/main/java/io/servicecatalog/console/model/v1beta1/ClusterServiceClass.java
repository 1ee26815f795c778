package io.servicecatalog.console.model.v1beta1;

import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.servicecatalog.console.model.ServiceCatalogKind;

/** A service offered cluster-wide by a ClusterServiceBroker; {@code metadata.name} is the broker's service id. */
@Group(ServiceCatalogKind.GROUP)
@Version(ServiceCatalogKind.VERSION)
@Kind("ClusterServiceClass")
@Plural("clusterserviceclasses")
@Singular("clusterserviceclass")
public class ClusterServiceClass extends ServiceCatalogResource<ClusterServiceClassSpec, ServiceClassStatus> implements ServiceClassResource {

  /** Creates an empty object; set metadata and spec before sending it to the API server. */
  public ClusterServiceClass() {
    super();
  }
}
