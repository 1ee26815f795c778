package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of the eight {@code servicecatalog.k8s.io/v1beta1} resource classes: a fabric8 {@link CustomResource} that also
 * keeps unknown top-level fields, so an object read from the API server is written back without losing anything.
 *
 * @param <S> the spec type
 * @param <T> the status type
 */
public abstract class ServiceCatalogResource<S, T> extends CustomResource<S, T> {

  /**
   * Made on the first unknown field: almost every object has none, and a listing of 30,000 objects would otherwise
   * hold several empty maps for each.
   */
  @JsonIgnore
  private Map<String, Object> additionalProperties;

  /** Top-level fields of the object other than apiVersion, kind, metadata, spec and status. */
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    if (additionalProperties == null) {
      additionalProperties = new LinkedHashMap<>();
    }
    return additionalProperties;
  }

  /** Keeps an unknown top-level field; called by Jackson. */
  @JsonAnySetter
  public void setAdditionalProperty(String name, Object value) {
    getAdditionalProperties().put(name, value);
  }

  /** The unknown fields, without making a map for an object that has none. */
  private Map<String, Object> unknownFields() {
    return additionalProperties == null ? Map.of() : additionalProperties;
  }

  /** Whether the object is being deleted (it has a {@code metadata.deletionTimestamp}). */
  @JsonIgnore
  public boolean isMarkedForDeletion() {
    return getMetadata() != null && getMetadata().getDeletionTimestamp() != null;
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o) && o instanceof ServiceCatalogResource<?, ?> that
        && unknownFields().equals(that.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), unknownFields());
  }

  /**
   * Only kind and namespace/name: fabric8's {@code toString()} prints the whole metadata, whose last-applied
   * annotation can hold inline parameters (secrets among them), and this object ends up in logs and messages.
   */
  @Override
  public String toString() {
    String namespace = getMetadata() == null ? null : getMetadata().getNamespace();
    String name = getMetadata() == null ? null : getMetadata().getName();
    return getKind() + " " + (namespace == null || namespace.isEmpty() ? "" : namespace + "/") + name;
  }
}
