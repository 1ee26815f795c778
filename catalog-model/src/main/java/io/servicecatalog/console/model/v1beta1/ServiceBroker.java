package io.servicecatalog.console.model.v1beta1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import io.servicecatalog.console.model.ServiceCatalogKind;

/** A broker registered in one namespace; its catalog becomes ServiceClasses and ServicePlans in that namespace. */
@Group(ServiceCatalogKind.GROUP)
@Version(ServiceCatalogKind.VERSION)
@Kind("ServiceBroker")
@Plural("servicebrokers")
@Singular("servicebroker")
public class ServiceBroker extends ServiceCatalogResource<ServiceBrokerSpec, ServiceBrokerStatus> implements Namespaced, ServiceBrokerResource {

  /** Creates an empty object; set metadata and spec before sending it to the API server. */
  public ServiceBroker() {
    super();
  }
}
