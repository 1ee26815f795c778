package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The spec fields shared by ClusterServicePlan and ServicePlan (upstream {@code CommonServicePlanSpec}).
 * The parameter schemas are kept as raw JSON trees.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class CommonServicePlanSpec extends ExtensibleObject {

  @JsonProperty("externalName")
  private String externalName;

  @JsonProperty("externalID")
  private String externalID;

  @JsonProperty("description")
  private String description;

  @JsonProperty("bindable")
  private Boolean bindable;

  @JsonProperty("free")
  private Boolean free;

  @JsonProperty("externalMetadata")
  private JsonNode externalMetadata;

  @JsonProperty("instanceCreateParameterSchema")
  private JsonNode instanceCreateParameterSchema;

  @JsonProperty("instanceUpdateParameterSchema")
  private JsonNode instanceUpdateParameterSchema;

  @JsonProperty("serviceBindingCreateParameterSchema")
  private JsonNode serviceBindingCreateParameterSchema;

  @JsonProperty("serviceBindingCreateResponseSchema")
  private JsonNode serviceBindingCreateResponseSchema;

  @JsonProperty("defaultProvisionParameters")
  private JsonNode defaultProvisionParameters;

  /** OSB plan name. */
  public String getExternalName() {
    return externalName;
  }

  public void setExternalName(String externalName) {
    this.externalName = externalName;
  }

  /** OSB plan id; also the object's {@code metadata.name}. */
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

  /** Overrides the class's {@code bindable} when set. */
  public Boolean getBindable() {
    return bindable;
  }

  public void setBindable(Boolean bindable) {
    this.bindable = bindable;
  }

  /** Whether the plan is free; v0.3.1 writes {@code false} when the broker left {@code free} out. */
  public Boolean getFree() {
    return free;
  }

  public void setFree(Boolean free) {
    this.free = free;
  }

  /** Raw OSB plan metadata (displayName, bullets, costs, ...). */
  public JsonNode getExternalMetadata() {
    return externalMetadata;
  }

  public void setExternalMetadata(JsonNode externalMetadata) {
    this.externalMetadata = externalMetadata;
  }

  /** JSON Schema of provision parameters. */
  public JsonNode getInstanceCreateParameterSchema() {
    return instanceCreateParameterSchema;
  }

  public void setInstanceCreateParameterSchema(JsonNode instanceCreateParameterSchema) {
    this.instanceCreateParameterSchema = instanceCreateParameterSchema;
  }

  /** JSON Schema of update parameters. */
  public JsonNode getInstanceUpdateParameterSchema() {
    return instanceUpdateParameterSchema;
  }

  public void setInstanceUpdateParameterSchema(JsonNode instanceUpdateParameterSchema) {
    this.instanceUpdateParameterSchema = instanceUpdateParameterSchema;
  }

  /** JSON Schema of bind parameters. */
  public JsonNode getServiceBindingCreateParameterSchema() {
    return serviceBindingCreateParameterSchema;
  }

  public void setServiceBindingCreateParameterSchema(JsonNode serviceBindingCreateParameterSchema) {
    this.serviceBindingCreateParameterSchema = serviceBindingCreateParameterSchema;
  }

  /** Binding response schema; written only by v0.3.0 (removed in v0.3.1). */
  public JsonNode getServiceBindingCreateResponseSchema() {
    return serviceBindingCreateResponseSchema;
  }

  public void setServiceBindingCreateResponseSchema(JsonNode serviceBindingCreateResponseSchema) {
    this.serviceBindingCreateResponseSchema = serviceBindingCreateResponseSchema;
  }

  /** Plan default provision parameters; instance parameters take precedence. */
  public JsonNode getDefaultProvisionParameters() {
    return defaultProvisionParameters;
  }

  public void setDefaultProvisionParameters(JsonNode defaultProvisionParameters) {
    this.defaultProvisionParameters = defaultProvisionParameters;
  }

  /** The OSB plan metadata read as typed display fields; the raw tree stays in {@link #getExternalMetadata()}. */
  public ServicePlanDisplay display() {
    return ServicePlanDisplay.of(externalMetadata);
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
    CommonServicePlanSpec that = (CommonServicePlanSpec) o;
    return Objects.equals(externalName, that.externalName)
        && Objects.equals(externalID, that.externalID)
        && Objects.equals(description, that.description)
        && Objects.equals(bindable, that.bindable)
        && Objects.equals(free, that.free)
        && Objects.equals(externalMetadata, that.externalMetadata)
        && Objects.equals(instanceCreateParameterSchema, that.instanceCreateParameterSchema)
        && Objects.equals(instanceUpdateParameterSchema, that.instanceUpdateParameterSchema)
        && Objects.equals(serviceBindingCreateParameterSchema, that.serviceBindingCreateParameterSchema)
        && Objects.equals(serviceBindingCreateResponseSchema, that.serviceBindingCreateResponseSchema)
        && Objects.equals(defaultProvisionParameters, that.defaultProvisionParameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), externalName, externalID, description, bindable, free, externalMetadata, instanceCreateParameterSchema, instanceUpdateParameterSchema, serviceBindingCreateParameterSchema, serviceBindingCreateResponseSchema, defaultProvisionParameters);
  }
}
