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

  /**
   * Made on the first unknown field: almost every object has none, and a listing of 30,000 objects would otherwise
   * hold several empty maps for each.
   */
  @JsonIgnore
  private Map<String, Object> additionalProperties;

  /** Fields of the JSON object that have no typed property, in the order they were read. */
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    if (additionalProperties == null) {
      additionalProperties = new LinkedHashMap<>();
    }
    return additionalProperties;
  }

  /** Keeps a field that has no typed property; called by Jackson for every unknown field. */
  @JsonAnySetter
  public void setAdditionalProperty(String name, Object value) {
    getAdditionalProperties().put(name, value);
  }

  /** The unknown fields, without making a map for an object that has none. */
  private Map<String, Object> unknownFields() {
    return additionalProperties == null ? Map.of() : additionalProperties;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    return unknownFields().equals(((ExtensibleObject) o).unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(unknownFields());
  }
}
