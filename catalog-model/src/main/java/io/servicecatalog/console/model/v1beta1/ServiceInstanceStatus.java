package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Status of a {@link ServiceInstance}, written by the controller.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceInstanceStatus extends ConditionedStatus {

  /** Current operation {@code Provision}. */
  public static final String OPERATION_PROVISION = "Provision";
  /** Current operation {@code Update}. */
  public static final String OPERATION_UPDATE = "Update";
  /** Current operation {@code Deprovision}. */
  public static final String OPERATION_DEPROVISION = "Deprovision";

  @JsonProperty("asyncOpInProgress")
  private Boolean asyncOpInProgress;

  @JsonProperty("orphanMitigationInProgress")
  private Boolean orphanMitigationInProgress;

  @JsonProperty("lastOperation")
  private String lastOperation;

  @JsonProperty("dashboardURL")
  private String dashboardURL;

  @JsonProperty("currentOperation")
  private String currentOperation;

  @JsonProperty("reconciledGeneration")
  private Long reconciledGeneration;

  @JsonProperty("observedGeneration")
  private Long observedGeneration;

  @JsonProperty("operationStartTime")
  private String operationStartTime;

  @JsonProperty("inProgressProperties")
  private ServiceInstancePropertiesState inProgressProperties;

  @JsonProperty("externalProperties")
  private ServiceInstancePropertiesState externalProperties;

  @JsonProperty("provisionStatus")
  private String provisionStatus;

  @JsonProperty("deprovisionStatus")
  private String deprovisionStatus;

  @JsonProperty("defaultProvisionParameters")
  private JsonNode defaultProvisionParameters;

  @JsonProperty("userSpecifiedPlanName")
  private String userSpecifiedPlanName;

  @JsonProperty("userSpecifiedClassName")
  private String userSpecifiedClassName;

  /** Whether an asynchronous broker operation is being polled. */
  public Boolean getAsyncOpInProgress() {
    return asyncOpInProgress;
  }

  public void setAsyncOpInProgress(Boolean asyncOpInProgress) {
    this.asyncOpInProgress = asyncOpInProgress;
  }

  /** Whether orphan mitigation (a clean-up deprovision) is running. */
  public Boolean getOrphanMitigationInProgress() {
    return orphanMitigationInProgress;
  }

  public void setOrphanMitigationInProgress(Boolean orphanMitigationInProgress) {
    this.orphanMitigationInProgress = orphanMitigationInProgress;
  }

  /** The broker's operation key, sent back when polling. */
  public String getLastOperation() {
    return lastOperation;
  }

  public void setLastOperation(String lastOperation) {
    this.lastOperation = lastOperation;
  }

  /** Dashboard address from the broker. */
  public String getDashboardURL() {
    return dashboardURL;
  }

  public void setDashboardURL(String dashboardURL) {
    this.dashboardURL = dashboardURL;
  }

  /** {@code Provision}, {@code Update} or {@code Deprovision} while one runs. */
  public String getCurrentOperation() {
    return currentOperation;
  }

  public void setCurrentOperation(String currentOperation) {
    this.currentOperation = currentOperation;
  }

  /** Deprecated: generation last processed. */
  public Long getReconciledGeneration() {
    return reconciledGeneration;
  }

  public void setReconciledGeneration(Long reconciledGeneration) {
    this.reconciledGeneration = reconciledGeneration;
  }

  /** Generation last observed by the controller. */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  /** When the current operation began. */
  public String getOperationStartTime() {
    return operationStartTime;
  }

  public void setOperationStartTime(String operationStartTime) {
    this.operationStartTime = operationStartTime;
  }

  /** Plan and parameters of the running operation. */
  public ServiceInstancePropertiesState getInProgressProperties() {
    return inProgressProperties;
  }

  public void setInProgressProperties(ServiceInstancePropertiesState inProgressProperties) {
    this.inProgressProperties = inProgressProperties;
  }

  /** Plan and parameters the broker has accepted. */
  public ServiceInstancePropertiesState getExternalProperties() {
    return externalProperties;
  }

  public void setExternalProperties(ServiceInstancePropertiesState externalProperties) {
    this.externalProperties = externalProperties;
  }

  /** {@code Provisioned}, {@code NotProvisioned} or an empty string (never provisioned). */
  public String getProvisionStatus() {
    return provisionStatus;
  }

  public void setProvisionStatus(String provisionStatus) {
    this.provisionStatus = provisionStatus;
  }

  /** {@code NotRequired}, {@code Required}, {@code Succeeded} or {@code Failed}. */
  public String getDeprovisionStatus() {
    return deprovisionStatus;
  }

  public void setDeprovisionStatus(String deprovisionStatus) {
    this.deprovisionStatus = deprovisionStatus;
  }

  /** Default parameters applied to this instance. */
  public JsonNode getDefaultProvisionParameters() {
    return defaultProvisionParameters;
  }

  public void setDefaultProvisionParameters(JsonNode defaultProvisionParameters) {
    this.defaultProvisionParameters = defaultProvisionParameters;
  }

  /** The plan as the user named it. */
  public String getUserSpecifiedPlanName() {
    return userSpecifiedPlanName;
  }

  public void setUserSpecifiedPlanName(String userSpecifiedPlanName) {
    this.userSpecifiedPlanName = userSpecifiedPlanName;
  }

  /** The class as the user named it, e.g. {@code ClusterServiceClass/foo}. */
  public String getUserSpecifiedClassName() {
    return userSpecifiedClassName;
  }

  public void setUserSpecifiedClassName(String userSpecifiedClassName) {
    this.userSpecifiedClassName = userSpecifiedClassName;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceInstanceStatus that = (ServiceInstanceStatus) o;
    return Objects.equals(asyncOpInProgress, that.asyncOpInProgress)
        && Objects.equals(orphanMitigationInProgress, that.orphanMitigationInProgress)
        && Objects.equals(lastOperation, that.lastOperation)
        && Objects.equals(dashboardURL, that.dashboardURL)
        && Objects.equals(currentOperation, that.currentOperation)
        && Objects.equals(reconciledGeneration, that.reconciledGeneration)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(operationStartTime, that.operationStartTime)
        && Objects.equals(inProgressProperties, that.inProgressProperties)
        && Objects.equals(externalProperties, that.externalProperties)
        && Objects.equals(provisionStatus, that.provisionStatus)
        && Objects.equals(deprovisionStatus, that.deprovisionStatus)
        && Objects.equals(defaultProvisionParameters, that.defaultProvisionParameters)
        && Objects.equals(userSpecifiedPlanName, that.userSpecifiedPlanName)
        && Objects.equals(userSpecifiedClassName, that.userSpecifiedClassName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), asyncOpInProgress, orphanMitigationInProgress, lastOperation, dashboardURL, currentOperation, reconciledGeneration, observedGeneration, operationStartTime, inProgressProperties, externalProperties, provisionStatus, deprovisionStatus, defaultProvisionParameters, userSpecifiedPlanName, userSpecifiedClassName);
  }
}
