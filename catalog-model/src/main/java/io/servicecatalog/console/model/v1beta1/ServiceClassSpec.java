package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Spec of a namespaced {@link ServiceClass}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceClassSpec extends CommonServiceClassSpec {

  @JsonProperty("serviceBrokerName")
  private String serviceBrokerName;

  /** Name of the ServiceBroker (same namespace) offering this class (immutable). */
  public String getServiceBrokerName() {
    return serviceBrokerName;
  }

  public void setServiceBrokerName(String serviceBrokerName) {
    this.serviceBrokerName = serviceBrokerName;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceClassSpec that = (ServiceClassSpec) o;
    return Objects.equals(serviceBrokerName, that.serviceBrokerName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), serviceBrokerName);
  }
}
