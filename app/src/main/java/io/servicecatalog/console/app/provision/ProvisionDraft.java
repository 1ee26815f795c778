package io.servicecatalog.console.app.provision;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.schema.ParameterValues;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the provision wizard keeps of an unfinished run: the class and plan (by Kubernetes name), the instance's
 * name, namespace and labels, the parameters without any sensitive value, and the parametersFrom choice.
 *
 * @param classNamespace the class's namespace, null for a ClusterServiceClass
 * @param className the class's Kubernetes name, or null when none was chosen
 * @param planName the plan's Kubernetes name, or null
 * @param name the instance name as typed
 * @param namespace the namespace as typed
 * @param labels the labels as typed
 * @param parameters the parameters, sensitive keys left out
 * @param secretForSensitive whether sensitive parameters were to go into a Secret
 * @param secretsLeftOut whether sensitive values had been typed (and were not kept)
 */
public record ProvisionDraft(String classNamespace, String className, String planName, String name,
    String namespace, String labels, ObjectNode parameters, boolean secretForSensitive, boolean secretsLeftOut) {

  /** The draft of what {@code model} holds now; sensitive values never enter it. */
  public static ProvisionDraft of(ProvisionModel model) {
    ServiceClassResource cls = model.serviceClassProperty().get();
    ServicePlanResource plan = model.planProperty().get();
    ObjectNode all = model.parametersProperty().get() == null ? JsonNodeFactory.instance.objectNode()
        : model.parametersProperty().get();
    ParameterValues.SensitiveSplit split = ParameterValues.splitSensitive(model.schemaModel(), all);
    return new ProvisionDraft(cls == null ? null : emptyToNull(cls.getMetadata().getNamespace()),
        cls == null ? null : cls.getMetadata().getName(), plan == null ? null : plan.getMetadata().getName(),
        model.nameProperty().get(), model.namespaceProperty().get(), model.labelsProperty().get(), split.inline(),
        model.secretForSensitiveProperty().get(), !split.secret().isEmpty());
  }

  /** Whether the user entered anything worth offering back (a name, labels or parameters). */
  public boolean worthKeeping() {
    return !isBlank(name) || !isBlank(labels) || parameters != null && !parameters.isEmpty() || secretsLeftOut;
  }

  /**
   * Puts the draft back into {@code model}: what still fits. The class and plan are looked up among those still
   * offered; parameters belong to their plan and are restored only with it (the caller shows them in the form).
   *
   * @return sentences on what could not be restored (empty: everything)
   */
  public List<String> restoreInto(ProvisionModel model) {
    List<String> missed = new ArrayList<>();
    if (className != null) {
      Optional<ServiceClassResource> cls = model.classes().stream()
          .filter(c -> className.equals(c.getMetadata().getName())
              && Objects.equals(classNamespace, emptyToNull(c.getMetadata().getNamespace())))
          .findFirst();
      if (cls.isEmpty()) {
        missed.add(I18n.t("draft.provision.classGone", className));
      } else {
        model.serviceClassProperty().set(cls.get());
        Optional<ServicePlanResource> plan = model.plansOf(cls.get()).stream()
            .filter(p -> p.getMetadata().getName().equals(planName)).findFirst();
        if (plan.isEmpty()) {
          missed.add(I18n.t("draft.provision.planGone", planName));
        } else {
          model.planProperty().set(plan.get());
          model.parametersProperty().set(parameters == null ? JsonNodeFactory.instance.objectNode()
              : parameters.deepCopy());
        }
      }
    }
    ServiceClassResource chosen = model.serviceClassProperty().get();
    // A namespaced class fixes the namespace; a cluster-wide one takes what the user typed.
    if (namespace != null && !namespace.isEmpty() && (chosen == null || ProvisionModel.isClusterScoped(chosen))) {
      model.namespaceProperty().set(namespace);
    }
    model.nameProperty().set(name == null ? "" : name);
    model.labelsProperty().set(labels == null ? "" : labels);
    model.secretForSensitiveProperty().set(secretForSensitive);
    return missed;
  }

  /** How the offer names the draft. */
  public String what() {
    return isBlank(name) ? I18n.t("draft.provision.whatUnnamed") : I18n.t("draft.provision.what", name);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
