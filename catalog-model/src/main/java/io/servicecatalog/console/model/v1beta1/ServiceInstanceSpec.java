package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * Spec of a {@link ServiceInstance}: which class and plan (one naming style only: cluster or namespaced,
 * by external name, external id or Kubernetes name), parameters, and the fields the webhook and controller fill in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceInstanceSpec extends ExtensibleObject {

  @JsonProperty("clusterServiceClassExternalName")
  private String clusterServiceClassExternalName;

  @JsonProperty("clusterServicePlanExternalName")
  private String clusterServicePlanExternalName;

  @JsonProperty("clusterServiceClassExternalID")
  private String clusterServiceClassExternalID;

  @JsonProperty("clusterServicePlanExternalID")
  private String clusterServicePlanExternalID;

  @JsonProperty("clusterServiceClassName")
  private String clusterServiceClassName;

  @JsonProperty("clusterServicePlanName")
  private String clusterServicePlanName;

  @JsonProperty("serviceClassExternalName")
  private String serviceClassExternalName;

  @JsonProperty("servicePlanExternalName")
  private String servicePlanExternalName;

  @JsonProperty("serviceClassExternalID")
  private String serviceClassExternalID;

  @JsonProperty("servicePlanExternalID")
  private String servicePlanExternalID;

  @JsonProperty("serviceClassName")
  private String serviceClassName;

  @JsonProperty("servicePlanName")
  private String servicePlanName;

  @JsonProperty("clusterServiceClassRef")
  private ClusterObjectReference clusterServiceClassRef;

  @JsonProperty("clusterServicePlanRef")
  private ClusterObjectReference clusterServicePlanRef;

  @JsonProperty("serviceClassRef")
  private LocalObjectReference serviceClassRef;

  @JsonProperty("servicePlanRef")
  private LocalObjectReference servicePlanRef;

  @JsonProperty("parameters")
  private JsonNode parameters;

  @JsonProperty("parametersFrom")
  private List<ParametersFromSource> parametersFrom;

  @JsonProperty("externalID")
  private String externalID;

  @JsonProperty("userInfo")
  private UserInfo userInfo;

  @JsonProperty("updateRequests")
  private Long updateRequests;

  /** ClusterServiceClass by broker name (immutable). */
  public String getClusterServiceClassExternalName() {
    return clusterServiceClassExternalName;
  }

  public void setClusterServiceClassExternalName(String clusterServiceClassExternalName) {
    this.clusterServiceClassExternalName = clusterServiceClassExternalName;
  }

  /** ClusterServicePlan by broker name. */
  public String getClusterServicePlanExternalName() {
    return clusterServicePlanExternalName;
  }

  public void setClusterServicePlanExternalName(String clusterServicePlanExternalName) {
    this.clusterServicePlanExternalName = clusterServicePlanExternalName;
  }

  /** ClusterServiceClass by broker id (immutable). */
  public String getClusterServiceClassExternalID() {
    return clusterServiceClassExternalID;
  }

  public void setClusterServiceClassExternalID(String clusterServiceClassExternalID) {
    this.clusterServiceClassExternalID = clusterServiceClassExternalID;
  }

  /** ClusterServicePlan by broker id. */
  public String getClusterServicePlanExternalID() {
    return clusterServicePlanExternalID;
  }

  public void setClusterServicePlanExternalID(String clusterServicePlanExternalID) {
    this.clusterServicePlanExternalID = clusterServicePlanExternalID;
  }

  /** ClusterServiceClass by Kubernetes name (immutable); what svcat uses. */
  public String getClusterServiceClassName() {
    return clusterServiceClassName;
  }

  public void setClusterServiceClassName(String clusterServiceClassName) {
    this.clusterServiceClassName = clusterServiceClassName;
  }

  /** ClusterServicePlan by Kubernetes name. */
  public String getClusterServicePlanName() {
    return clusterServicePlanName;
  }

  public void setClusterServicePlanName(String clusterServicePlanName) {
    this.clusterServicePlanName = clusterServicePlanName;
  }

  /** ServiceClass by broker name (immutable). */
  public String getServiceClassExternalName() {
    return serviceClassExternalName;
  }

  public void setServiceClassExternalName(String serviceClassExternalName) {
    this.serviceClassExternalName = serviceClassExternalName;
  }

  /** ServicePlan by broker name. */
  public String getServicePlanExternalName() {
    return servicePlanExternalName;
  }

  public void setServicePlanExternalName(String servicePlanExternalName) {
    this.servicePlanExternalName = servicePlanExternalName;
  }

  /** ServiceClass by broker id (immutable). */
  public String getServiceClassExternalID() {
    return serviceClassExternalID;
  }

  public void setServiceClassExternalID(String serviceClassExternalID) {
    this.serviceClassExternalID = serviceClassExternalID;
  }

  /** ServicePlan by broker id. */
  public String getServicePlanExternalID() {
    return servicePlanExternalID;
  }

  public void setServicePlanExternalID(String servicePlanExternalID) {
    this.servicePlanExternalID = servicePlanExternalID;
  }

  /** ServiceClass by Kubernetes name (immutable). */
  public String getServiceClassName() {
    return serviceClassName;
  }

  public void setServiceClassName(String serviceClassName) {
    this.serviceClassName = serviceClassName;
  }

  /** ServicePlan by Kubernetes name. */
  public String getServicePlanName() {
    return servicePlanName;
  }

  public void setServicePlanName(String servicePlanName) {
    this.servicePlanName = servicePlanName;
  }

  /** Resolved class; set by the controller, forbidden on create. */
  public ClusterObjectReference getClusterServiceClassRef() {
    return clusterServiceClassRef;
  }

  public void setClusterServiceClassRef(ClusterObjectReference clusterServiceClassRef) {
    this.clusterServiceClassRef = clusterServiceClassRef;
  }

  /** Resolved plan; set by the controller, forbidden on create. */
  public ClusterObjectReference getClusterServicePlanRef() {
    return clusterServicePlanRef;
  }

  public void setClusterServicePlanRef(ClusterObjectReference clusterServicePlanRef) {
    this.clusterServicePlanRef = clusterServicePlanRef;
  }

  /** Resolved namespaced class; set by the controller. */
  public LocalObjectReference getServiceClassRef() {
    return serviceClassRef;
  }

  public void setServiceClassRef(LocalObjectReference serviceClassRef) {
    this.serviceClassRef = serviceClassRef;
  }

  /** Resolved namespaced plan; set by the controller. */
  public LocalObjectReference getServicePlanRef() {
    return servicePlanRef;
  }

  public void setServicePlanRef(LocalObjectReference servicePlanRef) {
    this.servicePlanRef = servicePlanRef;
  }

  /** Inline parameters (not secret); a JSON object. */
  public JsonNode getParameters() {
    return parameters;
  }

  public void setParameters(JsonNode parameters) {
    this.parameters = parameters;
  }

  /** Secret keys whose JSON objects are merged into the parameters. */
  public List<ParametersFromSource> getParametersFrom() {
    return parametersFrom;
  }

  public void setParametersFrom(List<ParametersFromSource> parametersFrom) {
    this.parametersFrom = parametersFrom;
  }

  /** OSB instance id; the webhook defaults it to a UUID (immutable). */
  public String getExternalID() {
    return externalID;
  }

  public void setExternalID(String externalID) {
    this.externalID = externalID;
  }

  /** Who last changed the spec; set by the server. */
  public UserInfo getUserInfo() {
    return userInfo;
  }

  public void setUserInfo(UserInfo userInfo) {
    this.userInfo = userInfo;
  }

  /** Counter a user increments to re-send an update; must only grow. */
  public Long getUpdateRequests() {
    return updateRequests;
  }

  public void setUpdateRequests(Long updateRequests) {
    this.updateRequests = updateRequests;
  }

  /** Whether the spec names a cluster-scoped class (any {@code clusterServiceClass*} field). */
  public boolean refersToClusterClass() {
    return clusterServiceClassExternalName != null || clusterServiceClassExternalID != null
        || clusterServiceClassName != null || clusterServiceClassRef != null;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceInstanceSpec that = (ServiceInstanceSpec) o;
    return Objects.equals(clusterServiceClassExternalName, that.clusterServiceClassExternalName)
        && Objects.equals(clusterServicePlanExternalName, that.clusterServicePlanExternalName)
        && Objects.equals(clusterServiceClassExternalID, that.clusterServiceClassExternalID)
        && Objects.equals(clusterServicePlanExternalID, that.clusterServicePlanExternalID)
        && Objects.equals(clusterServiceClassName, that.clusterServiceClassName)
        && Objects.equals(clusterServicePlanName, that.clusterServicePlanName)
        && Objects.equals(serviceClassExternalName, that.serviceClassExternalName)
        && Objects.equals(servicePlanExternalName, that.servicePlanExternalName)
        && Objects.equals(serviceClassExternalID, that.serviceClassExternalID)
        && Objects.equals(servicePlanExternalID, that.servicePlanExternalID)
        && Objects.equals(serviceClassName, that.serviceClassName)
        && Objects.equals(servicePlanName, that.servicePlanName)
        && Objects.equals(clusterServiceClassRef, that.clusterServiceClassRef)
        && Objects.equals(clusterServicePlanRef, that.clusterServicePlanRef)
        && Objects.equals(serviceClassRef, that.serviceClassRef)
        && Objects.equals(servicePlanRef, that.servicePlanRef)
        && Objects.equals(parameters, that.parameters)
        && Objects.equals(parametersFrom, that.parametersFrom)
        && Objects.equals(externalID, that.externalID)
        && Objects.equals(userInfo, that.userInfo)
        && Objects.equals(updateRequests, that.updateRequests);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), clusterServiceClassExternalName, clusterServicePlanExternalName, clusterServiceClassExternalID, clusterServicePlanExternalID, clusterServiceClassName, clusterServicePlanName, serviceClassExternalName, servicePlanExternalName, serviceClassExternalID, servicePlanExternalID, serviceClassName, servicePlanName, clusterServiceClassRef, clusterServicePlanRef, serviceClassRef, servicePlanRef, parameters, parametersFrom, externalID, userInfo, updateRequests);
  }
}
