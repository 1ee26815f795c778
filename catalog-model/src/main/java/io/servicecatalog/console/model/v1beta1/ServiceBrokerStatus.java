package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Status of a ClusterServiceBroker or ServiceBroker (upstream {@code CommonServiceBrokerStatus}; both kinds share it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceBrokerStatus extends ConditionedStatus {

  @JsonProperty("reconciledGeneration")
  private Long reconciledGeneration;

  @JsonProperty("operationStartTime")
  private String operationStartTime;

  @JsonProperty("lastCatalogRetrievalTime")
  private String lastCatalogRetrievalTime;

  /** Generation of the spec last processed by the controller. */
  public Long getReconciledGeneration() {
    return reconciledGeneration;
  }

  public void setReconciledGeneration(Long reconciledGeneration) {
    this.reconciledGeneration = reconciledGeneration;
  }

  /** When the current operation (a failing catalog fetch) began. */
  public String getOperationStartTime() {
    return operationStartTime;
  }

  public void setOperationStartTime(String operationStartTime) {
    this.operationStartTime = operationStartTime;
  }

  /** When the catalog was last fetched. */
  public String getLastCatalogRetrievalTime() {
    return lastCatalogRetrievalTime;
  }

  public void setLastCatalogRetrievalTime(String lastCatalogRetrievalTime) {
    this.lastCatalogRetrievalTime = lastCatalogRetrievalTime;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceBrokerStatus that = (ServiceBrokerStatus) o;
    return Objects.equals(reconciledGeneration, that.reconciledGeneration)
        && Objects.equals(operationStartTime, that.operationStartTime)
        && Objects.equals(lastCatalogRetrievalTime, that.lastCatalogRetrievalTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), reconciledGeneration, operationStartTime, lastCatalogRetrievalTime);
  }
}
