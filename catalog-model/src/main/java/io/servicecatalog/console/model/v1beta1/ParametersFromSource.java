package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A source of parameters for an instance or binding ({@code parametersFrom[]}); the values stay out of the spec.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ParametersFromSource extends ExtensibleObject {

  @JsonProperty("secretKeyRef")
  private SecretKeyReference secretKeyRef;

  /** The Secret key whose value (a JSON object) is merged into the parameters. */
  public SecretKeyReference getSecretKeyRef() {
    return secretKeyRef;
  }

  public void setSecretKeyRef(SecretKeyReference secretKeyRef) {
    this.secretKeyRef = secretKeyRef;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ParametersFromSource that = (ParametersFromSource) o;
    return Objects.equals(secretKeyRef, that.secretKeyRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), secretKeyRef);
  }
}
