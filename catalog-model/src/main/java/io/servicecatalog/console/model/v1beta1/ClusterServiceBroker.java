package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.servicecatalog.console.model.ServiceCatalogKind;

/** A broker registered for the whole cluster; the controller turns its catalog into ClusterServiceClasses and ClusterServicePlans. */
// Bean deserialisation: the interfaces of this class would otherwise bring in fabric8's polymorphic
// KubernetesDeserializer ahead of CustomResource's own opt-out, and it would call itself forever.
@JsonDeserialize(using = JsonDeserializer.None.class)
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
