package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Bearer-token authentication towards a broker: a Secret with a {@code token} (without the "Bearer" prefix).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class BearerTokenAuthConfig extends ExtensibleObject {

  @JsonProperty("secretRef")
  private ObjectReference secretRef;

  /** The Secret holding {@code token}. */
  public ObjectReference getSecretRef() {
    return secretRef;
  }

  public void setSecretRef(ObjectReference secretRef) {
    this.secretRef = secretRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    BearerTokenAuthConfig that = (BearerTokenAuthConfig) o;
    return Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), secretRef);
  }
}
