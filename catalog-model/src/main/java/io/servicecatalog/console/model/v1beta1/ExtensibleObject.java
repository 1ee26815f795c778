package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every spec, status and nested object of the v1beta1 model: JSON fields this model does not know (written by
 * an older or newer controller) are kept here on read and written back unchanged, so editing an object loses nothing.
 */
public abstract class ExtensibleObject {

  @JsonIgnore
  private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

  /** Fields of the JSON object that have no typed property, in the order they were read. */
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  /** Keeps a field that has no typed property; called by Jackson for every unknown field. */
  @JsonAnySetter
  public void setAdditionalProperty(String name, Object value) {
    additionalProperties.put(name, value);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    return additionalProperties.equals(((ExtensibleObject) o).additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(additionalProperties);
  }
}
