package io.servicecatalog.console.model.v1beta1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.servicecatalog.console.model.ServiceCatalogKind;

/** A service offered in one namespace by a ServiceBroker. */
@Group(ServiceCatalogKind.GROUP)
@Version(ServiceCatalogKind.VERSION)
@Kind("ServiceClass")
@Plural("serviceclasses")
@Singular("serviceclass")
public class ServiceClass extends ServiceCatalogResource<ServiceClassSpec, ServiceClassStatus> implements Namespaced, ServiceClassResource {

  /** Creates an empty object; set metadata and spec before sending it to the API server. */
  public ServiceClass() {
    super();
  }
}
