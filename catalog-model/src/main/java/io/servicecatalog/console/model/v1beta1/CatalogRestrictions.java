package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Filters on which of a broker's services and plans become classes and plans.
 * Each entry is a predicate such as {@code spec.externalName in (a, b)} or {@code name!=x}, joined by commas.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class CatalogRestrictions extends ExtensibleObject {

  @JsonProperty("serviceClass")
  private List<String> serviceClass;

  @JsonProperty("servicePlan")
  private List<String> servicePlan;

  /** Predicates on classes ({@code name}, {@code spec.externalName}, {@code spec.externalID}). */
  public List<String> getServiceClass() {
    return serviceClass;
  }

  public void setServiceClass(List<String> serviceClass) {
    this.serviceClass = serviceClass;
  }

  /** Predicates on plans (class properties plus {@code spec.free} and the class reference). */
  public List<String> getServicePlan() {
    return servicePlan;
  }

  public void setServicePlan(List<String> servicePlan) {
    this.servicePlan = servicePlan;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CatalogRestrictions that = (CatalogRestrictions) o;
    return Objects.equals(serviceClass, that.serviceClass)
        && Objects.equals(servicePlan, that.servicePlan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), serviceClass, servicePlan);
  }
}
