package io.servicecatalog.console.app.bind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.naming.KubernetesNames;
import io.servicecatalog.console.model.naming.NameCheck;
import io.servicecatalog.console.model.schema.ParameterValues;
import io.servicecatalog.console.model.schema.SchemaFormModel;
import io.servicecatalog.console.model.transform.SecretTransforms;
import io.servicecatalog.console.model.v1beta1.AddKeyTransform;
import io.servicecatalog.console.model.v1beta1.AddKeysFromTransform;
import io.servicecatalog.console.model.v1beta1.LocalObjectReference;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.ParametersFromSource;
import io.servicecatalog.console.model.v1beta1.RemoveKeyTransform;
import io.servicecatalog.console.model.v1beta1.RenameKeyTransform;
import io.servicecatalog.console.model.v1beta1.SecretKeyReference;
import io.servicecatalog.console.model.v1beta1.SecretTransform;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBindingSpec;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bind wizard's state and rules, testable without a window: the binding and Secret names (valid Kubernetes
 * names, not taken by another binding in the namespace), parameters from the plan's binding schema (sensitive
 * ones into a parameters Secret), Secret transforms with their problems, a preview of the Secret's keys by the
 * controller's own rules ({@link SecretTransforms}) when the broker's credential keys are known, and the objects
 * to create.
 */
public final class BindModel {

  /** The kinds of Secret transform the wizard offers. */
  public enum TransformKind {
    /** renameKey: from, to. */
    RENAME,
    /** addKey with a stringValue: key, value. */
    ADD_VALUE,
    /** addKey with a jsonPathExpression into the credentials: key, expression. */
    ADD_JSONPATH,
    /** addKeysFrom: the Secret (in the binding's namespace) whose entries are merged in. */
    ADD_FROM_SECRET,
    /** removeKey: key. */
    REMOVE
  }

  /** One transform row as the user edits it; {@code first}/{@code second} mean what {@link TransformKind} says. */
  public static final class TransformRow {
    public final ObjectProperty<TransformKind> kind = new SimpleObjectProperty<>(TransformKind.RENAME);
    public final StringProperty first = new SimpleStringProperty("");
    public final StringProperty second = new SimpleStringProperty("");

    public TransformRow() {
    }

    public TransformRow(TransformKind kind, String first, String second) {
      this.kind.set(kind);
      this.first.set(first);
      this.second.set(second);
    }

    /** The v1beta1 transform this row stands for. */
    public SecretTransform toTransform() {
      SecretTransform t = new SecretTransform();
      String a = first.get().trim();
      String b = second.get();
      switch (kind.get()) {
        case RENAME -> {
          RenameKeyTransform r = new RenameKeyTransform();
          r.setFrom(a);
          r.setTo(b.trim());
          t.setRenameKey(r);
        }
        case ADD_VALUE -> {
          AddKeyTransform add = new AddKeyTransform();
          add.setKey(a);
          add.setStringValue(b);
          t.setAddKey(add);
        }
        case ADD_JSONPATH -> {
          AddKeyTransform add = new AddKeyTransform();
          add.setKey(a);
          add.setJsonPathExpression(b.trim());
          t.setAddKey(add);
        }
        case ADD_FROM_SECRET -> {
          ObjectReference ref = new ObjectReference();
          ref.setName(a);
          AddKeysFromTransform from = new AddKeysFromTransform();
          from.setSecretRef(ref);
          t.setAddKeysFrom(from);
        }
        case REMOVE -> {
          RemoveKeyTransform r = new RemoveKeyTransform();
          r.setKey(a);
          t.setRemoveKey(r);
        }
        default -> throw new IllegalStateException("unknown transform kind " + kind.get());
      }
      return t;
    }
  }

  /**
   * A key of the Secret as the preview shows it.
   *
   * @param key the key
   * @param origin where its value comes from, in words
   */
  public record PreviewKey(String key, String origin) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The key of the parameters Secret's entry (a JSON object, as parametersFrom expects). */
  public static final String PARAMETERS_KEY = "parameters";

  public final StringProperty name = new SimpleStringProperty("");
  public final StringProperty secretName = new SimpleStringProperty("");
  public final ObservableList<TransformRow> transforms = FXCollections.observableArrayList(
      row -> new javafx.beans.Observable[] {row.kind, row.first, row.second});
  /** Whether the parameters form is valid. */
  public final BooleanProperty parametersValid = new SimpleBooleanProperty(true);
  /** Whether a Secret with the chosen Secret name exists already (checked live by the wizard). */
  public final BooleanProperty secretExists = new SimpleBooleanProperty(false);

  private final ServiceInstance instance;
  private final ServicePlanResource plan;
  private final Set<String> takenBindingNames = new TreeSet<>();
  private final Map<String, String> takenSecretNames = new LinkedHashMap<>();
  private final Map<String, List<String>> otherSecretKeys = new LinkedHashMap<>();
  private List<String> credentialKeys;
  private ObjectNode parameters = JSON.createObjectNode();
  private SchemaFormModel parameterModel;
  private boolean secretNameEdited;

  /**
   * @param instance the instance to bind
   * @param plan its plan (for the binding schema and response schema), or null when the store lacks it
   * @param bindingsInNamespace the bindings that exist in the instance's namespace (names and Secrets taken)
   */
  public BindModel(ServiceInstance instance, ServicePlanResource plan, Collection<? extends HasMetadata> bindingsInNamespace) {
    this.instance = instance;
    this.plan = plan;
    String ns = instance.getMetadata().getNamespace();
    for (HasMetadata item : bindingsInNamespace) {
      if (item instanceof ServiceBinding b && Objects.equals(ns, b.getMetadata().getNamespace())) {
        takenBindingNames.add(b.getMetadata().getName());
        String secret = b.getSpec() == null || b.getSpec().getSecretName() == null ? b.getMetadata().getName()
            : b.getSpec().getSecretName();
        takenSecretNames.put(secret, b.getMetadata().getName());
      }
    }
    this.credentialKeys = responseSchemaKeys(plan).orElse(null);
    String base = instance.getMetadata().getName() + "-binding";
    String candidate = base;
    for (int i = 2; takenBindingNames.contains(candidate) || takenSecretNames.containsKey(candidate); i++) {
      candidate = base + "-" + i;
    }
    name.set(candidate);
    secretName.set(candidate);
    // The Secret name follows the binding name until the user changes it.
    name.addListener((o, a, now) -> {
      if (!secretNameEdited) {
        secretName.set(now);
      }
    });
  }

  public ServiceInstance instance() {
    return instance;
  }

  public String namespace() {
    return instance.getMetadata().getNamespace();
  }

  /** The plan's binding parameter schema, or null when the plan has none. */
  public JsonNode parameterSchema() {
    return plan == null ? null : plan.getSpec().getServiceBindingCreateParameterSchema();
  }

  /** Marks the Secret name as chosen by the user, so it stops following the binding name. */
  public void secretNameEdited() {
    secretNameEdited = true;
  }

  /** The binding name's problem, or a valid check: a DNS subdomain not used by another binding here. */
  public NameCheck checkName() {
    NameCheck syntax = KubernetesNames.checkSubdomain(name.get());
    if (!syntax.valid()) {
      return syntax;
    }
    if (takenBindingNames.contains(name.get())) {
      return new NameCheck(false, I18n.t("bind.name.taken", name.get(), namespace()));
    }
    return syntax;
  }

  /** The Secret name's problem: a DNS subdomain, not another binding's Secret, not an existing Secret. */
  public NameCheck checkSecretName() {
    NameCheck syntax = KubernetesNames.checkSubdomain(secretName.get());
    if (!syntax.valid()) {
      return syntax;
    }
    String owner = takenSecretNames.get(secretName.get());
    if (owner != null) {
      return new NameCheck(false, I18n.t("bind.secret.taken", secretName.get(), owner));
    }
    if (secretExists.get()) {
      return new NameCheck(false, I18n.t("bind.secret.exists", secretName.get(), namespace()));
    }
    return syntax;
  }

  /** The parameters the form holds and its model (for the sensitive split). */
  public void setParameters(ObjectNode value, SchemaFormModel model) {
    this.parameters = value == null ? JSON.createObjectNode() : value.deepCopy();
    this.parameterModel = model;
  }

  /** The parameters as the form holds them (a copy). */
  public ObjectNode parameters() {
    return parameters.deepCopy();
  }

  /** The form model the parameters were set with, or null (for the sensitive split). */
  public SchemaFormModel parameterModel() {
    return parameterModel;
  }

  /** Whether the user chose the Secret name (it no longer follows the binding name). */
  public boolean secretNameWasEdited() {
    return secretNameEdited;
  }

  /** The problem of each transform row (empty string when the row is fine), in row order. */
  public List<String> transformProblems() {
    List<String> out = new ArrayList<>();
    for (TransformRow row : transforms) {
      out.add(problem(row));
    }
    return out;
  }

  private String problem(TransformRow row) {
    String a = row.first.get().trim();
    String b = row.second.get();
    return switch (row.kind.get()) {
      case RENAME -> a.isEmpty() || b.isBlank() ? I18n.t("bind.transform.renameEmpty")
          : keyProblem(b.trim()).orElse(a.equals(b.trim()) ? I18n.t("bind.transform.renameSame", a) : "");
      case ADD_VALUE -> a.isEmpty() ? I18n.t("bind.transform.keyEmpty") : keyProblem(a).orElse("");
      case ADD_JSONPATH -> a.isEmpty() ? I18n.t("bind.transform.keyEmpty")
          : keyProblem(a).orElse(SecretTransforms.checkJsonPath(b).orElse(""));
      case ADD_FROM_SECRET -> a.isEmpty() ? I18n.t("bind.transform.secretEmpty")
          : KubernetesNames.checkSubdomain(a).valid() ? "" : KubernetesNames.checkSubdomain(a).message();
      case REMOVE -> a.isEmpty() ? I18n.t("bind.transform.keyEmpty") : "";
    };
  }

  /** Secret keys: letters, digits, '-', '_' and '.', at most 253 characters (Kubernetes' rule for data keys). */
  static Optional<String> keyProblem(String key) {
    if (key.length() > 253 || !key.matches("[-._a-zA-Z0-9]+")) {
      return Optional.of(I18n.t("bind.transform.badKey", key));
    }
    return Optional.empty();
  }

  /** Whether the wizard may create the binding. */
  public boolean valid() {
    return checkName().valid() && checkSecretName().valid() && parametersValid.get()
        && transformProblems().stream().allMatch(String::isEmpty);
  }

  /** The credential keys the broker will return, when known (from the plan's response schema or a sibling binding). */
  public Optional<List<String>> credentialKeys() {
    return Optional.ofNullable(credentialKeys);
  }

  /** Tells the model the broker's credential keys (read from a binding of this instance that has no transforms). */
  public void setCredentialKeys(List<String> keys) {
    this.credentialKeys = keys == null ? null : List.copyOf(keys);
  }

  /** Tells the model the keys of a Secret an "add from Secret" transform may name. */
  public void setSecretKeys(String secret, List<String> keys) {
    otherSecretKeys.put(secret, List.copyOf(keys));
  }

  /**
   * The Secret's keys after the transforms, by the controller's rules, when the credential keys are known; empty
   * otherwise. A key from a Secret whose keys are not known is shown as that Secret's "all keys".
   */
  public Optional<List<PreviewKey>> preview() {
    if (credentialKeys == null) {
      return Optional.empty();
    }
    Map<String, String> data = new LinkedHashMap<>();
    credentialKeys.forEach(k -> data.put(k, I18n.t("bind.preview.fromBroker")));
    List<SecretTransform> list = new ArrayList<>();
    for (TransformRow row : transforms) {
      if (problem(row).isEmpty()) {
        list.add(row.toTransform());
      }
    }
    try {
      Map<String, String> out = SecretTransforms.apply(data, list, new SecretTransforms.Values<>() {
        @Override
        public String added(AddKeyTransform add) {
          return add.getJsonPathExpression() != null ? I18n.t("bind.preview.fromPath", add.getJsonPathExpression())
              : I18n.t("bind.preview.value");
        }

        @Override
        public Map<String, String> fromSecret(ObjectReference ref) {
          Map<String, String> keys = new LinkedHashMap<>();
          List<String> known = otherSecretKeys.get(ref.getName());
          if (known == null) {
            keys.put(I18n.t("bind.preview.allKeysOf", ref.getName()), I18n.t("bind.preview.fromSecret", ref.getName()));
          } else {
            known.forEach(k -> keys.put(k, I18n.t("bind.preview.fromSecret", ref.getName())));
          }
          return keys;
        }
      });
      List<PreviewKey> keys = new ArrayList<>();
      out.forEach((k, v) -> keys.add(new PreviewKey(k, v)));
      return Optional.of(keys);
    } catch (SecretTransforms.TransformException e) {
      // The preview's values never fail; kept for the interface's sake.
      throw new IllegalStateException(e);
    }
  }

  /** The parameters Secret's name, when sensitive parameters need one. */
  public String parametersSecretName() {
    return name.get() + "-parameters";
  }

  /** The sensitive parameters, or an empty object. */
  public ObjectNode secretParameters() {
    return ParameterValues.splitSensitive(parameterModel, parameters).secret();
  }

  /** The ServiceBinding to create. */
  public ServiceBinding binding() {
    ServiceBinding binding = new ServiceBinding();
    binding.setMetadata(new ObjectMetaBuilder().withName(name.get()).withNamespace(namespace()).build());
    ServiceBindingSpec spec = new ServiceBindingSpec();
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName(instance.getMetadata().getName());
    spec.setInstanceRef(ref);
    spec.setSecretName(secretName.get());
    ParameterValues.SensitiveSplit split = ParameterValues.splitSensitive(parameterModel, parameters);
    if (!split.inline().isEmpty()) {
      spec.setParameters(split.inline());
    }
    if (!split.secret().isEmpty()) {
      SecretKeyReference key = new SecretKeyReference();
      key.setName(parametersSecretName());
      key.setKey(PARAMETERS_KEY);
      ParametersFromSource from = new ParametersFromSource();
      from.setSecretKeyRef(key);
      spec.setParametersFrom(List.of(from));
    }
    if (!transforms.isEmpty()) {
      spec.setSecretTransforms(transforms.stream().map(TransformRow::toTransform).toList());
    }
    binding.setSpec(spec);
    return binding;
  }

  /** The parameters Secret to create first, or empty when no parameter is sensitive. */
  public Optional<Secret> parametersSecret() {
    ObjectNode secret = secretParameters();
    if (secret.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SecretBuilder().withNewMetadata().withName(parametersSecretName()).withNamespace(namespace())
          .endMetadata().withType("Opaque")
          .addToStringData(PARAMETERS_KEY, new String(JSON.writeValueAsBytes(secret), StandardCharsets.UTF_8)).build());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("parameters cannot be written as JSON", e);
    }
  }

  /** What the review shows and the commit creates, in creation order. */
  public List<HasMetadata> objects() {
    List<HasMetadata> out = new ArrayList<>();
    parametersSecret().ifPresent(out::add);
    out.add(binding());
    return out;
  }

  /** Credential keys from a v0.3.0 plan's {@code serviceBindingCreateResponseSchema} ({@code credentials.properties}). */
  static Optional<List<String>> responseSchemaKeys(ServicePlanResource plan) {
    JsonNode schema = plan == null ? null : plan.getSpec().getServiceBindingCreateResponseSchema();
    JsonNode props = schema == null ? null : schema.path("properties").path("credentials").path("properties");
    if (props == null || !props.isObject() || props.isEmpty()) {
      return Optional.empty();
    }
    List<String> keys = new ArrayList<>();
    props.fieldNames().forEachRemaining(keys::add);
    return Optional.of(keys);
  }

  @Override
  public String toString() {
    return "BindModel[" + namespace() + "/" + name.get() + ", secret=" + secretName.get() + ", transforms="
        + transforms.size() + "]";
  }
}
