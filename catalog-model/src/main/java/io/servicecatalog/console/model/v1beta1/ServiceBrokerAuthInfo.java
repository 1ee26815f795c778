package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * How the controller authenticates to a broker; set one of {@code basic} or {@code bearer}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceBrokerAuthInfo extends ExtensibleObject {

  @JsonProperty("basic")
  private BasicAuthConfig basic;

  @JsonProperty("bearer")
  private BearerTokenAuthConfig bearer;

  /** Basic authentication. */
  public BasicAuthConfig getBasic() {
    return basic;
  }

  public void setBasic(BasicAuthConfig basic) {
    this.basic = basic;
  }

  /** Bearer-token authentication. */
  public BearerTokenAuthConfig getBearer() {
    return bearer;
  }

  public void setBearer(BearerTokenAuthConfig bearer) {
    this.bearer = bearer;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceBrokerAuthInfo that = (ServiceBrokerAuthInfo) o;
    return Objects.equals(basic, that.basic)
        && Objects.equals(bearer, that.bearer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), basic, bearer);
  }
}
