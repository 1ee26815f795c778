package io.servicecatalog.console.app.instances;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.schema.JsonPointers;
import io.servicecatalog.console.model.schema.ParameterValues;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceStatus;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a user asks to change on an instance: another plan and/or parameters, worked out against the instance as
 * it was when the dialog opened. It lists the changes for review (plan, each parameter added, changed or removed,
 * secret values masked) and applies only those changes to the newest version of the instance, so edits someone
 * else made meanwhile to other keys survive. Sensitive parameters never go into {@code spec.parameters}: they are
 * returned separately for a parameters Secret.
 */
public final class InstanceUpdate {

  /** What the review shows for a secret value. */
  /** {@code status.provisionStatus} once the broker has provisioned the instance. */
  static final String PROVISIONED = "Provisioned";
  static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022";
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /**
   * One line of the review.
   *
   * @param field what changes ({@code plan} or {@code parameters.<key>})
   * @param before the value before, as text ({@code ""} when absent)
   * @param after the value after, as text ({@code ""} when removed)
   */
  public record Change(String field, String before, String after) {
  }

  /**
   * Whether an instance may change plan.
   *
   * @param allowed whether a plan change is possible
   * @param reason empty when allowed, else why not in a sentence that says what is still possible
   */
  public record PlanRule(boolean allowed, String reason) {
  }

  private final ServiceInstance instance;
  private final ServicePlanResource currentPlan;
  private final ObjectNode stored;
  private ObjectNode original;
  private ServicePlanResource plan;
  private ObjectNode value;
  private final Set<String> sensitiveKeys = new LinkedHashSet<>();

  /** Starts from the instance as shown and its current plan (null when the store does not hold it). */
  public InstanceUpdate(ServiceInstance instance, ServicePlanResource currentPlan) {
    this.instance = instance;
    this.currentPlan = currentPlan;
    this.plan = currentPlan;
    JsonNode params = instance.getSpec() == null ? null : instance.getSpec().getParameters();
    this.stored = params instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
    this.original = stored.deepCopy();
    this.value = original.deepCopy();
  }

  /**
   * Sets the update schema of the chosen plan. When it lists its properties and allows no others, only those
   * parameters can be changed by an update: the others (typically create-only ones such as a version) are left out
   * of the form and of the comparison, and stay in {@code spec.parameters} as they are.
   */
  public void setUpdateSchema(JsonNode schema) {
    ObjectNode editable = stored.deepCopy();
    JsonNode properties = schema == null ? null : schema.get("properties");
    if (properties != null && properties.isObject() && schema.path("additionalProperties").isBoolean()
        && !schema.path("additionalProperties").asBoolean()) {
      List<String> keys = new ArrayList<>();
      stored.fieldNames().forEachRemaining(keys::add);
      keys.stream().filter(k -> !properties.has(k)).forEach(editable::remove);
    }
    this.original = editable;
  }

  /**
   * Why nothing about this instance can be changed now, or empty: it is being deleted, or an operation is still
   * running (the API rejects spec changes then: "Another update for this service instance is in progress").
   */
  public static Optional<String> blocked(ServiceInstance instance) {
    String name = instance.getMetadata().getName();
    if (instance.isMarkedForDeletion()) {
      return Optional.of(I18n.t("update.blocked.deleting", name));
    }
    ServiceInstanceStatus status = instance.getStatus();
    if (status != null && (Boolean.TRUE.equals(status.getAsyncOpInProgress()) || status.getCurrentOperation() != null
        && !status.getCurrentOperation().isEmpty())) {
      return Optional.of(I18n.t("update.blocked.inProgress", name));
    }
    if (status == null || !PROVISIONED.equals(status.getProvisionStatus())) {
      return Optional.of(I18n.t("update.blocked.notProvisioned", name));
    }
    return Optional.empty();
  }

  /**
   * The upstream rule: a plan change is denied unless the class says {@code planUpdatable} (the broker's
   * {@code plan_updateable}); parameters may still change. A class the store does not hold, or one with a single
   * plan, leaves nothing to choose.
   */
  public static PlanRule planRule(ServiceClassResource serviceClass, Collection<ServicePlanResource> plansOfClass) {
    if (serviceClass == null) {
      return new PlanRule(false, I18n.t("update.plan.noClass"));
    }
    String name = serviceClass.getSpec().displayName();
    if (!Boolean.TRUE.equals(serviceClass.getSpec().getPlanUpdatable())) {
      return new PlanRule(false, I18n.t("update.plan.notUpdatable", name));
    }
    long offered = plansOfClass.stream().filter(p -> !p.isRemovedFromBrokerCatalog()).count();
    if (offered < 2) {
      return new PlanRule(false, I18n.t("update.plan.onlyOne", name));
    }
    return new PlanRule(true, "");
  }

  public ServiceInstance instance() {
    return instance;
  }

  public ServicePlanResource currentPlan() {
    return currentPlan;
  }

  /** The plan chosen (the current one unless changed). */
  public ServicePlanResource plan() {
    return plan;
  }

  public void choosePlan(ServicePlanResource chosen) {
    this.plan = chosen;
  }

  /** The parameters the update starts from ({@code spec.parameters} as the dialog opened). */
  public ObjectNode originalParameters() {
    return original.deepCopy();
  }

  /**
   * The parameters as the form now holds them, and the JSON pointers the schema marks sensitive; a top-level key
   * holding a sensitive value goes to the parameters Secret.
   */
  public void setParameters(ObjectNode current, Collection<String> sensitivePaths) {
    this.value = current == null ? JsonNodeFactory.instance.objectNode() : current.deepCopy();
    sensitiveKeys.clear();
    for (String path : sensitivePaths) {
      List<String> tokens = JsonPointers.tokens(path);
      if (!tokens.isEmpty()) {
        sensitiveKeys.add(tokens.get(0));
      }
    }
  }

  public boolean planChanged() {
    return plan != null && currentPlan != null && !plan.getMetadata().getName().equals(currentPlan.getMetadata().getName());
  }

  /** Top-level parameters added or changed, sensitive ones excluded. */
  public ObjectNode changedInline() {
    ObjectNode changed = ParameterValues.changed(original, value);
    sensitiveKeys.forEach(changed::remove);
    return changed;
  }

  /** Top-level sensitive parameters the user set or changed: they go to a parameters Secret. */
  public ObjectNode changedSecret() {
    ObjectNode changed = ParameterValues.changed(original, value);
    ObjectNode secret = JsonNodeFactory.instance.objectNode();
    sensitiveKeys.stream().filter(changed::has).forEach(k -> secret.set(k, changed.get(k)));
    return secret;
  }

  /** Top-level keys of {@code spec.parameters} the user removed. */
  public List<String> removedKeys() {
    return ParameterValues.removedKeys(original, value);
  }

  /** Whether the update would change anything. */
  public boolean isEmpty() {
    return !planChanged() && changedInline().isEmpty() && changedSecret().isEmpty() && removedKeys().isEmpty();
  }

  /** The review: the plan line first, then each parameter in the order the form shows them. */
  public List<Change> changes() {
    List<Change> out = new ArrayList<>();
    if (planChanged()) {
      out.add(new Change("plan", currentPlan.getSpec().displayName(), plan.getSpec().displayName()));
    }
    ObjectNode changed = ParameterValues.changed(original, value);
    changed.fields().forEachRemaining(e -> {
      boolean secret = sensitiveKeys.contains(e.getKey());
      JsonNode before = original.get(e.getKey());
      out.add(new Change("parameters." + e.getKey(), before == null ? "" : secret ? MASK : text(before),
          secret ? MASK : text(e.getValue())));
    });
    for (String removed : removedKeys()) {
      out.add(new Change("parameters." + removed, sensitiveKeys.contains(removed) ? MASK : text(original.get(removed)), ""));
    }
    return out;
  }

  /**
   * A copy of {@code latest} (the newest version from the server) with this update applied: the plan field the
   * instance names its plan by is set to the new plan and the resolved plan ref cleared (the controller resolves it
   * again), changed inline parameters set, removed and now-secret keys dropped from {@code spec.parameters}.
   */
  public ServiceInstance applyTo(ServiceInstance latest) {
    ServiceInstance copy = SERIALIZATION.clone(latest);
    ServiceInstanceSpec spec = copy.getSpec();
    if (planChanged()) {
      setPlan(spec, plan);
    }
    ObjectNode params = spec.getParameters() instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
    params.setAll(changedInline());
    removedKeys().forEach(params::remove);
    changedSecret().fieldNames().forEachRemaining(params::remove);
    spec.setParameters(params.isEmpty() && spec.getParameters() == null ? null : params.isEmpty() ? null : params);
    return copy;
  }

  /** Names the new plan the same way the spec names the current one (Kubernetes name, external name or id). */
  static void setPlan(ServiceInstanceSpec spec, ServicePlanResource plan) {
    String k8sName = plan.getMetadata().getName();
    String external = plan.getSpec().getExternalName();
    String id = plan.getSpec().getExternalID();
    if (spec.refersToClusterClass()) {
      if (spec.getClusterServicePlanName() != null) {
        spec.setClusterServicePlanName(k8sName);
      } else if (spec.getClusterServicePlanExternalID() != null) {
        spec.setClusterServicePlanExternalID(id);
      } else {
        spec.setClusterServicePlanExternalName(external);
      }
      spec.setClusterServicePlanRef(null);
    } else {
      if (spec.getServicePlanName() != null) {
        spec.setServicePlanName(k8sName);
      } else if (spec.getServicePlanExternalID() != null) {
        spec.setServicePlanExternalID(id);
      } else {
        spec.setServicePlanExternalName(external);
      }
      spec.setServicePlanRef(null);
    }
  }

  private static String text(JsonNode node) {
    if (node == null) {
      return "";
    }
    return node.isTextual() ? node.textValue() : node.toString();
  }

  @Override
  public String toString() {
    // Never the values: some are secrets.
    return "InstanceUpdate[" + instance.getMetadata().getName() + ", planChanged=" + planChanged() + ", keys="
        + Objects.toString(changes().stream().map(Change::field).toList()) + "]";
  }
}
