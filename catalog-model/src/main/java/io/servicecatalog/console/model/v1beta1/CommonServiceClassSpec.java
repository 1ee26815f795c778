package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The spec fields shared by ClusterServiceClass and ServiceClass (upstream {@code CommonServiceClassSpec}).
 * Written by the controller from the broker's catalog.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class CommonServiceClassSpec extends ExtensibleObject {

  @JsonProperty("externalName")
  private String externalName;

  @JsonProperty("externalID")
  private String externalID;

  @JsonProperty("description")
  private String description;

  @JsonProperty("bindable")
  private Boolean bindable;

  @JsonProperty("bindingRetrievable")
  private Boolean bindingRetrievable;

  @JsonProperty("planUpdatable")
  private Boolean planUpdatable;

  @JsonProperty("externalMetadata")
  private JsonNode externalMetadata;

  @JsonProperty("tags")
  private List<String> tags;

  @JsonProperty("requires")
  private List<String> requires;

  @JsonProperty("defaultProvisionParameters")
  private JsonNode defaultProvisionParameters;

  /** OSB service name (mutable); the name people know the service by. */
  public String getExternalName() {
    return externalName;
  }

  public void setExternalName(String externalName) {
    this.externalName = externalName;
  }

  /** OSB service id (immutable); also the object's {@code metadata.name}. */
  public String getExternalID() {
    return externalID;
  }

  public void setExternalID(String externalID) {
    this.externalID = externalID;
  }

  /** Short description. */
  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  /** Whether instances can be bound by default (plans may override). */
  public Boolean getBindable() {
    return bindable;
  }

  public void setBindable(Boolean bindable) {
    this.bindable = bindable;
  }

  /** ALPHA: whether bindings can be fetched with GET. */
  public Boolean getBindingRetrievable() {
    return bindingRetrievable;
  }

  public void setBindingRetrievable(Boolean bindingRetrievable) {
    this.bindingRetrievable = bindingRetrievable;
  }

  /** Whether instances may change plan (OSB {@code plan_updateable}). */
  public Boolean getPlanUpdatable() {
    return planUpdatable;
  }

  public void setPlanUpdatable(Boolean planUpdatable) {
    this.planUpdatable = planUpdatable;
  }

  /** Raw OSB service metadata (displayName, imageUrl, longDescription, providerDisplayName, ...). */
  public JsonNode getExternalMetadata() {
    return externalMetadata;
  }

  public void setExternalMetadata(JsonNode externalMetadata) {
    this.externalMetadata = externalMetadata;
  }

  /** ALPHA: classification tags. */
  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags;
  }

  /** ALPHA: Cloud Foundry permissions. */
  public List<String> getRequires() {
    return requires;
  }

  public void setRequires(List<String> requires) {
    this.requires = requires;
  }

  /** Default provision parameters (ServicePlanDefaults gate). */
  public JsonNode getDefaultProvisionParameters() {
    return defaultProvisionParameters;
  }

  public void setDefaultProvisionParameters(JsonNode defaultProvisionParameters) {
    this.defaultProvisionParameters = defaultProvisionParameters;
  }

  /** The OSB service metadata read as typed display fields; the raw tree stays in {@link #getExternalMetadata()}. */
  public ServiceClassDisplay display() {
    return ServiceClassDisplay.of(externalMetadata);
  }

  /** The metadata display name when the broker gave one, else the external name. */
  public String displayName() {
    return display().displayName().orElse(externalName);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CommonServiceClassSpec that = (CommonServiceClassSpec) o;
    return Objects.equals(externalName, that.externalName)
        && Objects.equals(externalID, that.externalID)
        && Objects.equals(description, that.description)
        && Objects.equals(bindable, that.bindable)
        && Objects.equals(bindingRetrievable, that.bindingRetrievable)
        && Objects.equals(planUpdatable, that.planUpdatable)
        && Objects.equals(externalMetadata, that.externalMetadata)
        && Objects.equals(tags, that.tags)
        && Objects.equals(requires, that.requires)
        && Objects.equals(defaultProvisionParameters, that.defaultProvisionParameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), externalName, externalID, description, bindable, bindingRetrievable, planUpdatable, externalMetadata, tags, requires, defaultProvisionParameters);
  }
}
