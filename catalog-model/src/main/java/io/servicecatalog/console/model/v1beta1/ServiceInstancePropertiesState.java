package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What the broker knows (or is being told) about an instance: plan and parameters.
 * Parameters that came from Secrets read {@code "<redacted>"}; inline parameters appear verbatim.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceInstancePropertiesState extends ExtensibleObject {

  @JsonProperty("clusterServicePlanExternalName")
  private String clusterServicePlanExternalName;

  @JsonProperty("clusterServicePlanExternalID")
  private String clusterServicePlanExternalID;

  @JsonProperty("servicePlanExternalName")
  private String servicePlanExternalName;

  @JsonProperty("servicePlanExternalID")
  private String servicePlanExternalID;

  @JsonProperty("parameters")
  private JsonNode parameters;

  @JsonProperty("parameterChecksum")
  private String parameterChecksum;

  @JsonProperty("userInfo")
  private UserInfo userInfo;

  /** Plan name (cluster plans). */
  public String getClusterServicePlanExternalName() {
    return clusterServicePlanExternalName;
  }

  public void setClusterServicePlanExternalName(String clusterServicePlanExternalName) {
    this.clusterServicePlanExternalName = clusterServicePlanExternalName;
  }

  /** Plan id (cluster plans). */
  public String getClusterServicePlanExternalID() {
    return clusterServicePlanExternalID;
  }

  public void setClusterServicePlanExternalID(String clusterServicePlanExternalID) {
    this.clusterServicePlanExternalID = clusterServicePlanExternalID;
  }

  /** Plan name (namespaced plans). */
  public String getServicePlanExternalName() {
    return servicePlanExternalName;
  }

  public void setServicePlanExternalName(String servicePlanExternalName) {
    this.servicePlanExternalName = servicePlanExternalName;
  }

  /** Plan id (namespaced plans). */
  public String getServicePlanExternalID() {
    return servicePlanExternalID;
  }

  public void setServicePlanExternalID(String servicePlanExternalID) {
    this.servicePlanExternalID = servicePlanExternalID;
  }

  /** Parameters sent to the broker, with Secret-sourced keys redacted. */
  public JsonNode getParameters() {
    return parameters;
  }

  public void setParameters(JsonNode parameters) {
    this.parameters = parameters;
  }

  /** sha256 hex of the real merged parameters. */
  public String getParameterChecksum() {
    return parameterChecksum;
  }

  public void setParameterChecksum(String parameterChecksum) {
    this.parameterChecksum = parameterChecksum;
  }

  /** Who made the request. */
  public UserInfo getUserInfo() {
    return userInfo;
  }

  public void setUserInfo(UserInfo userInfo) {
    this.userInfo = userInfo;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceInstancePropertiesState that = (ServiceInstancePropertiesState) o;
    return Objects.equals(clusterServicePlanExternalName, that.clusterServicePlanExternalName)
        && Objects.equals(clusterServicePlanExternalID, that.clusterServicePlanExternalID)
        && Objects.equals(servicePlanExternalName, that.servicePlanExternalName)
        && Objects.equals(servicePlanExternalID, that.servicePlanExternalID)
        && Objects.equals(parameters, that.parameters)
        && Objects.equals(parameterChecksum, that.parameterChecksum)
        && Objects.equals(userInfo, that.userInfo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), clusterServicePlanExternalName, clusterServicePlanExternalID, servicePlanExternalName, servicePlanExternalID, parameters, parameterChecksum, userInfo);
  }
}
