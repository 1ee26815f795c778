package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Status of a ClusterServicePlan or ServicePlan. v0.3.1 never writes it, so a missing status means
 * "still in the broker catalog".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServicePlanStatus extends ExtensibleObject {

  @JsonProperty("removedFromBrokerCatalog")
  private Boolean removedFromBrokerCatalog;

  /** Whether the broker dropped the plan from its catalog. */
  public Boolean getRemovedFromBrokerCatalog() {
    return removedFromBrokerCatalog;
  }

  public void setRemovedFromBrokerCatalog(Boolean removedFromBrokerCatalog) {
    this.removedFromBrokerCatalog = removedFromBrokerCatalog;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServicePlanStatus that = (ServicePlanStatus) o;
    return Objects.equals(removedFromBrokerCatalog, that.removedFromBrokerCatalog);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), removedFromBrokerCatalog);
  }
}
