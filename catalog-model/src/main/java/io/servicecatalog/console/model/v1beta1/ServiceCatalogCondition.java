package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code status.conditions[]} on a broker, instance or binding.
 * The upstream types {@code ServiceBrokerCondition}, {@code ServiceInstanceCondition} and {@code ServiceBindingCondition}
 * have the same shape, so one class serves all three.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ServiceCatalogCondition extends ExtensibleObject {

  /** Condition type {@code Ready}. */
  public static final String TYPE_READY = "Ready";
  /** Condition type {@code Failed}: a final failure the controller will not retry. */
  public static final String TYPE_FAILED = "Failed";
  /** Condition type {@code OrphanMitigation} (instances only). */
  public static final String TYPE_ORPHAN_MITIGATION = "OrphanMitigation";
  /** Condition status {@code True}. */
  public static final String STATUS_TRUE = "True";
  /** Condition status {@code False}. */
  public static final String STATUS_FALSE = "False";
  /** Condition status {@code Unknown}. */
  public static final String STATUS_UNKNOWN = "Unknown";

  @JsonProperty("type")
  private String type;

  @JsonProperty("status")
  private String status;

  @JsonProperty("lastTransitionTime")
  private String lastTransitionTime;

  @JsonProperty("reason")
  private String reason;

  @JsonProperty("message")
  private String message;

  /** Condition type: {@code Ready}, {@code Failed} or (instances) {@code OrphanMitigation}. */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  /** {@code True}, {@code False} or {@code Unknown}. */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  /** RFC 3339 time of the last status change, as written by the server. */
  public String getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(String lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  /** Machine-readable reason, e.g. {@code ProvisionedSuccessfully}. */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** Human-readable message written by the controller. */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  /** Creates an empty condition (for Jackson and builders). */
  public ServiceCatalogCondition() {
  }

  /** Creates a condition with all fields set. */
  public ServiceCatalogCondition(String type, String status, String lastTransitionTime, String reason, String message) {
    this.type = type;
    this.status = status;
    this.lastTransitionTime = lastTransitionTime;
    this.reason = reason;
    this.message = message;
  }

  /** Whether this condition has the given type and status {@code True}. */
  public boolean isTrue(String conditionType) {
    return conditionType.equals(type) && STATUS_TRUE.equals(status);
  }

  /** The transition time as an instant, if present and well formed. */
  public Optional<Instant> lastTransitionInstant() {
    if (lastTransitionTime == null || lastTransitionTime.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(lastTransitionTime).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    ServiceCatalogCondition that = (ServiceCatalogCondition) o;
    return Objects.equals(type, that.type)
        && Objects.equals(status, that.status)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(reason, that.reason)
        && Objects.equals(message, that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), type, status, lastTransitionTime, reason, message);
  }
}
