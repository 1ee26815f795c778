package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Spec of a {@link ClusterServicePlan}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ClusterServicePlanSpec extends CommonServicePlanSpec {

  @JsonProperty("clusterServiceBrokerName")
  private String clusterServiceBrokerName;

  @JsonProperty("clusterServiceClassRef")
  private ClusterObjectReference clusterServiceClassRef;

  /** Name of the ClusterServiceBroker offering this plan. */
  public String getClusterServiceBrokerName() {
    return clusterServiceBrokerName;
  }

  public void setClusterServiceBrokerName(String clusterServiceBrokerName) {
    this.clusterServiceBrokerName = clusterServiceBrokerName;
  }

  /** The ClusterServiceClass this plan belongs to. */
  public ClusterObjectReference getClusterServiceClassRef() {
    return clusterServiceClassRef;
  }

  public void setClusterServiceClassRef(ClusterObjectReference clusterServiceClassRef) {
    this.clusterServiceClassRef = clusterServiceClassRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ClusterServicePlanSpec that = (ClusterServicePlanSpec) o;
    return Objects.equals(clusterServiceBrokerName, that.clusterServiceBrokerName)
        && Objects.equals(clusterServiceClassRef, that.clusterServiceClassRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), clusterServiceBrokerName, clusterServiceClassRef);
  }
}
