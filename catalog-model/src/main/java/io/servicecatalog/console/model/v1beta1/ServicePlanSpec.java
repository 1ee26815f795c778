package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Spec of a namespaced {@link ServicePlan}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServicePlanSpec extends CommonServicePlanSpec {

  @JsonProperty("serviceBrokerName")
  private String serviceBrokerName;

  @JsonProperty("serviceClassRef")
  private LocalObjectReference serviceClassRef;

  /** Name of the ServiceBroker offering this plan. */
  public String getServiceBrokerName() {
    return serviceBrokerName;
  }

  public void setServiceBrokerName(String serviceBrokerName) {
    this.serviceBrokerName = serviceBrokerName;
  }

  /** The ServiceClass (same namespace) this plan belongs to. */
  public LocalObjectReference getServiceClassRef() {
    return serviceClassRef;
  }

  public void setServiceClassRef(LocalObjectReference serviceClassRef) {
    this.serviceClassRef = serviceClassRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServicePlanSpec that = (ServicePlanSpec) o;
    return Objects.equals(serviceBrokerName, that.serviceBrokerName)
        && Objects.equals(serviceClassRef, that.serviceClassRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), serviceBrokerName, serviceClassRef);
  }
}
