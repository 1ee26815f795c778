package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * Spec of a {@link ServiceBinding}: the instance, parameters, the Secret to write and its transforms.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceBindingSpec extends ExtensibleObject {

  @JsonProperty("instanceRef")
  private LocalObjectReference instanceRef;

  @JsonProperty("parameters")
  private JsonNode parameters;

  @JsonProperty("parametersFrom")
  private List<ParametersFromSource> parametersFrom;

  @JsonProperty("secretName")
  private String secretName;

  @JsonProperty("secretTransforms")
  private List<SecretTransform> secretTransforms;

  @JsonProperty("externalID")
  private String externalID;

  @JsonProperty("userInfo")
  private UserInfo userInfo;

  /** The ServiceInstance (same namespace) to bind to (immutable). */
  public LocalObjectReference getInstanceRef() {
    return instanceRef;
  }

  public void setInstanceRef(LocalObjectReference instanceRef) {
    this.instanceRef = instanceRef;
  }

  /** Inline bind parameters (not secret); a JSON object. */
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

  /** Secret to write the credentials to; the webhook defaults it to the binding name. */
  public String getSecretName() {
    return secretName;
  }

  public void setSecretName(String secretName) {
    this.secretName = secretName;
  }

  /** Transforms applied to the credentials before they are written. */
  public List<SecretTransform> getSecretTransforms() {
    return secretTransforms;
  }

  public void setSecretTransforms(List<SecretTransform> secretTransforms) {
    this.secretTransforms = secretTransforms;
  }

  /** OSB binding id; defaulted to a UUID (immutable). */
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceBindingSpec that = (ServiceBindingSpec) o;
    return Objects.equals(instanceRef, that.instanceRef)
        && Objects.equals(parameters, that.parameters)
        && Objects.equals(parametersFrom, that.parametersFrom)
        && Objects.equals(secretName, that.secretName)
        && Objects.equals(secretTransforms, that.secretTransforms)
        && Objects.equals(externalID, that.externalID)
        && Objects.equals(userInfo, that.userInfo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), instanceRef, parameters, parametersFrom, secretName, secretTransforms, externalID, userInfo);
  }
}
