package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.servicecatalog.console.model.ServiceCatalogKind;

/** A service offered cluster-wide by a ClusterServiceBroker; {@code metadata.name} is the broker's service id. */
// Bean deserialisation: the interfaces of this class would otherwise bring in fabric8's polymorphic
// KubernetesDeserializer ahead of CustomResource's own opt-out, and it would call itself forever.
@JsonDeserialize(using = JsonDeserializer.None.class)
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
