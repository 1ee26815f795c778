package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The part every status with conditions shares (brokers, instances, bindings): the conditions and the one-word
 * summary the controller derives from them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class ConditionedStatus extends ExtensibleObject {

  @JsonProperty("conditions")
  private List<ServiceCatalogCondition> conditions;

  @JsonProperty("lastConditionState")
  private String lastConditionState;

  /** Conditions, oldest first: {@code Ready}, {@code Failed}, and for instances {@code OrphanMitigation}. */
  public List<ServiceCatalogCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<ServiceCatalogCondition> conditions) {
    this.conditions = conditions;
  }

  /** The type of the last condition if True, else its reason (printed by kubectl as Status). */
  public String getLastConditionState() {
    return lastConditionState;
  }

  public void setLastConditionState(String lastConditionState) {
    this.lastConditionState = lastConditionState;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ConditionedStatus that = (ConditionedStatus) o;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(lastConditionState, that.lastConditionState);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), conditions, lastConditionState);
  }
}
