package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Status of a {@link ServiceBinding}, written by the controller.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceBindingStatus extends ConditionedStatus {

  /** Current operation {@code Bind}. */
  public static final String OPERATION_BIND = "Bind";
  /** Current operation {@code Unbind}. */
  public static final String OPERATION_UNBIND = "Unbind";

  @JsonProperty("asyncOpInProgress")
  private Boolean asyncOpInProgress;

  @JsonProperty("lastOperation")
  private String lastOperation;

  @JsonProperty("currentOperation")
  private String currentOperation;

  @JsonProperty("reconciledGeneration")
  private Long reconciledGeneration;

  @JsonProperty("operationStartTime")
  private String operationStartTime;

  @JsonProperty("inProgressProperties")
  private ServiceBindingPropertiesState inProgressProperties;

  @JsonProperty("externalProperties")
  private ServiceBindingPropertiesState externalProperties;

  @JsonProperty("orphanMitigationInProgress")
  private Boolean orphanMitigationInProgress;

  @JsonProperty("unbindStatus")
  private String unbindStatus;

  /** ALPHA: whether an asynchronous bind or unbind is being polled. */
  public Boolean getAsyncOpInProgress() {
    return asyncOpInProgress;
  }

  public void setAsyncOpInProgress(Boolean asyncOpInProgress) {
    this.asyncOpInProgress = asyncOpInProgress;
  }

  /** ALPHA: the broker's operation key. */
  public String getLastOperation() {
    return lastOperation;
  }

  public void setLastOperation(String lastOperation) {
    this.lastOperation = lastOperation;
  }

  /** {@code Bind} or {@code Unbind} while one runs. */
  public String getCurrentOperation() {
    return currentOperation;
  }

  public void setCurrentOperation(String currentOperation) {
    this.currentOperation = currentOperation;
  }

  /** Generation last processed. */
  public Long getReconciledGeneration() {
    return reconciledGeneration;
  }

  public void setReconciledGeneration(Long reconciledGeneration) {
    this.reconciledGeneration = reconciledGeneration;
  }

  /** When the current operation began. */
  public String getOperationStartTime() {
    return operationStartTime;
  }

  public void setOperationStartTime(String operationStartTime) {
    this.operationStartTime = operationStartTime;
  }

  /** Parameters of the running bind. */
  public ServiceBindingPropertiesState getInProgressProperties() {
    return inProgressProperties;
  }

  public void setInProgressProperties(ServiceBindingPropertiesState inProgressProperties) {
    this.inProgressProperties = inProgressProperties;
  }

  /** Parameters the broker has accepted. */
  public ServiceBindingPropertiesState getExternalProperties() {
    return externalProperties;
  }

  public void setExternalProperties(ServiceBindingPropertiesState externalProperties) {
    this.externalProperties = externalProperties;
  }

  /** Whether orphan mitigation (a clean-up unbind) is running. */
  public Boolean getOrphanMitigationInProgress() {
    return orphanMitigationInProgress;
  }

  public void setOrphanMitigationInProgress(Boolean orphanMitigationInProgress) {
    this.orphanMitigationInProgress = orphanMitigationInProgress;
  }

  /** {@code NotRequired}, {@code Required}, {@code Succeeded} or {@code Failed}. */
  public String getUnbindStatus() {
    return unbindStatus;
  }

  public void setUnbindStatus(String unbindStatus) {
    this.unbindStatus = unbindStatus;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceBindingStatus that = (ServiceBindingStatus) o;
    return Objects.equals(asyncOpInProgress, that.asyncOpInProgress)
        && Objects.equals(lastOperation, that.lastOperation)
        && Objects.equals(currentOperation, that.currentOperation)
        && Objects.equals(reconciledGeneration, that.reconciledGeneration)
        && Objects.equals(operationStartTime, that.operationStartTime)
        && Objects.equals(inProgressProperties, that.inProgressProperties)
        && Objects.equals(externalProperties, that.externalProperties)
        && Objects.equals(orphanMitigationInProgress, that.orphanMitigationInProgress)
        && Objects.equals(unbindStatus, that.unbindStatus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), asyncOpInProgress, lastOperation, currentOperation, reconciledGeneration, operationStartTime, inProgressProperties, externalProperties, orphanMitigationInProgress, unbindStatus);
  }
}
