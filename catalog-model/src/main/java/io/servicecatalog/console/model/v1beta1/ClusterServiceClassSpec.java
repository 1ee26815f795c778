package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Spec of a {@link ClusterServiceClass}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ClusterServiceClassSpec extends CommonServiceClassSpec {

  @JsonProperty("clusterServiceBrokerName")
  private String clusterServiceBrokerName;

  /** Name of the ClusterServiceBroker offering this class (immutable). */
  public String getClusterServiceBrokerName() {
    return clusterServiceBrokerName;
  }

  public void setClusterServiceBrokerName(String clusterServiceBrokerName) {
    this.clusterServiceBrokerName = clusterServiceBrokerName;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ClusterServiceClassSpec that = (ClusterServiceClassSpec) o;
    return Objects.equals(clusterServiceBrokerName, that.clusterServiceBrokerName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), clusterServiceBrokerName);
  }
}
