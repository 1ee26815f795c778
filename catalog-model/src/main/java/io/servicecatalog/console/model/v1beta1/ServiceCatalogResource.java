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

  @JsonIgnore
  private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

  /** Top-level fields of the object other than apiVersion, kind, metadata, spec and status. */
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  /** Keeps an unknown top-level field; called by Jackson. */
  @JsonAnySetter
  public void setAdditionalProperty(String name, Object value) {
    additionalProperties.put(name, value);
  }

  /** Whether the object is being deleted (it has a {@code metadata.deletionTimestamp}). */
  @JsonIgnore
  public boolean isMarkedForDeletion() {
    return getMetadata() != null && getMetadata().getDeletionTimestamp() != null;
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o) && o instanceof ServiceCatalogResource<?, ?> that
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), additionalProperties);
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
