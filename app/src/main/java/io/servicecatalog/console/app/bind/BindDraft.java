package io.servicecatalog.console.app.bind;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.schema.ParameterValues;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bind wizard keeps of an unfinished run for one instance: the binding and Secret names, the parameters
 * without sensitive values, and the Secret transforms (a literal value added to the Secret counts as sensitive and
 * is left empty).
 *
 * @param name the binding name as typed
 * @param secretName the Secret name as typed
 * @param secretNameEdited whether the user chose the Secret name (else it follows the binding name)
 * @param parameters the parameters, sensitive keys left out
 * @param transforms the transform rows
 * @param secretsLeftOut whether sensitive values had been typed (and were not kept)
 */
public record BindDraft(String name, String secretName, boolean secretNameEdited, ObjectNode parameters,
    List<Row> transforms, boolean secretsLeftOut) {

  /** One transform row: its kind and its two fields. */
  public record Row(BindModel.TransformKind kind, String first, String second) {}

  /** The draft of what {@code model} holds now; sensitive values never enter it. */
  public static BindDraft of(BindModel model) {
    ParameterValues.SensitiveSplit split = ParameterValues.splitSensitive(model.parameterModel(), model.parameters());
    boolean leftOut = !split.secret().isEmpty();
    List<Row> rows = new ArrayList<>();
    for (BindModel.TransformRow row : model.transforms) {
      boolean literal = row.kind.get() == BindModel.TransformKind.ADD_VALUE;
      leftOut |= literal && !row.second.get().isEmpty();
      rows.add(new Row(row.kind.get(), row.first.get(), literal ? "" : row.second.get()));
    }
    return new BindDraft(model.name.get(), model.secretName.get(), model.secretNameWasEdited(), split.inline(),
        rows, leftOut);
  }

  /** Whether the user changed anything from what the wizard suggests ({@code suggestedName}, no parameters). */
  public boolean worthKeeping(String suggestedName) {
    return !name.equals(suggestedName) || secretNameEdited || parameters != null && !parameters.isEmpty()
        || !transforms.isEmpty() || secretsLeftOut;
  }

  /**
   * Puts the draft back into {@code model}. Parameters are restored only while the plan still has a binding
   * schema (the caller shows them in the form).
   *
   * @return sentences on what could not be restored (empty: everything)
   */
  public List<String> restoreInto(BindModel model) {
    List<String> missed = new ArrayList<>();
    model.name.set(name);
    if (secretNameEdited) {
      model.secretNameEdited();
      model.secretName.set(secretName);
    }
    if (parameters != null && !parameters.isEmpty()) {
      if (model.parameterSchema() == null) {
        missed.add(I18n.t("draft.bind.parametersGone"));
      } else {
        model.setParameters(parameters, model.parameterModel());
      }
    }
    List<BindModel.TransformRow> rows = new ArrayList<>();
    for (Row row : transforms) {
      rows.add(new BindModel.TransformRow(row.kind(), row.first(), row.second()));
    }
    model.transforms.setAll(rows);
    return missed;
  }

  /** How the offer names the draft. */
  public String what() {
    return I18n.t("draft.bind.what", name);
  }

  /** The parameters to show in the form (empty when none were kept). */
  public ObjectNode parametersOrEmpty() {
    return parameters == null ? JsonNodeFactory.instance.objectNode() : parameters.deepCopy();
  }
}
