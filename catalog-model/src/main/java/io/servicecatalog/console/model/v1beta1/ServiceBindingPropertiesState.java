package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What the broker knows about a binding: parameters (Secret-sourced keys redacted) and checksum.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceBindingPropertiesState extends ExtensibleObject {

  @JsonProperty("parameters")
  private JsonNode parameters;

  @JsonProperty("parameterChecksum")
  private String parameterChecksum;

  @JsonProperty("userInfo")
  private UserInfo userInfo;

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
    ServiceBindingPropertiesState that = (ServiceBindingPropertiesState) o;
    return Objects.equals(parameters, that.parameters)
        && Objects.equals(parameterChecksum, that.parameterChecksum)
        && Objects.equals(userInfo, that.userInfo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), parameters, parameterChecksum, userInfo);
  }
}
