package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Basic authentication towards a broker: a Secret with {@code username} and {@code password}.
 * A ClusterServiceBroker names the Secret's namespace, a ServiceBroker leaves it out (same namespace).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class BasicAuthConfig extends ExtensibleObject {

  @JsonProperty("secretRef")
  private ObjectReference secretRef;

  /** The Secret holding {@code username} and {@code password}. */
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
    BasicAuthConfig that = (BasicAuthConfig) o;
    return Objects.equals(secretRef, that.secretRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), secretRef);
  }
}
