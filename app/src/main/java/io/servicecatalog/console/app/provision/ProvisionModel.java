package io.servicecatalog.console.app.provision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.naming.KubernetesNames;
import io.servicecatalog.console.model.naming.NameCheck;
import io.servicecatalog.console.model.schema.ParameterValues;
import io.servicecatalog.console.model.schema.SchemaFormModel;
import io.servicecatalog.console.model.v1beta1.ParametersFromSource;
import io.servicecatalog.console.model.v1beta1.SecretKeyReference;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the provision wizard holds and builds, without any window: the class and plan, the instance's name,
 * namespace and labels, the parameters, whether sensitive parameters go into a Secret; the checks on each
 * (sentences a user can act on); and the exact objects to create — the ServiceInstance and, when sensitive
 * values are kept apart, a parameters Secret referenced by {@code parametersFrom}.
 */
public final class ProvisionModel {

  /** The key of the parameters Secret that holds the JSON object of sensitive parameters. */
  public static final String SECRET_KEY = "parameters";
  static final String SECRET_SUFFIX = "-parameters";
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Pattern LABEL_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

  private final Supplier<? extends List<? extends HasMetadata>> allPlans;
  private final Supplier<? extends List<? extends HasMetadata>> allClasses;
  private final BiPredicate<String, String> instanceExists;
  private final ObjectProperty<ServiceClassResource> serviceClass = new SimpleObjectProperty<>(this, "serviceClass");
  private final ObjectProperty<ServicePlanResource> plan = new SimpleObjectProperty<>(this, "plan");
  private final StringProperty name = new SimpleStringProperty(this, "name", "");
  private final StringProperty namespace = new SimpleStringProperty(this, "namespace", "");
  private final StringProperty labels = new SimpleStringProperty(this, "labels", "");
  private final ObjectProperty<ObjectNode> parameters =
      new SimpleObjectProperty<>(this, "parameters", JSON.createObjectNode());
  private final BooleanProperty secretForSensitive = new SimpleBooleanProperty(this, "secretForSensitive", true);
  private final ObservableList<String> namespaces = FXCollections.observableArrayList();
  private final BooleanProperty mayCreateNamespace = new SimpleBooleanProperty(this, "mayCreateNamespace", false);
  private JsonNode cachedSchema;
  private SchemaFormModel cachedModel;

  /**
   * @param allClasses every class the console knows (cluster and namespaced), asked when needed
   * @param allPlans every plan the console knows (cluster and namespaced), asked when needed
   * @param instanceExists whether an instance (namespace, name) exists already
   */
  public ProvisionModel(Supplier<? extends List<? extends HasMetadata>> allClasses,
      Supplier<? extends List<? extends HasMetadata>> allPlans, BiPredicate<String, String> instanceExists) {
    this.allClasses = allClasses;
    this.allPlans = allPlans;
    this.instanceExists = instanceExists;
    serviceClass.addListener((o, before, now) -> {
      if (now != null && !isClusterScoped(now)) {
        namespace.set(now.getMetadata().getNamespace());
      }
      if (plan.get() != null && !plansOf(now).contains(plan.get())) {
        plan.set(null);
      }
      if (plan.get() == null && now != null) {
        plan.set(defaultPlan(now).orElse(null));
      }
    });
  }

  public ObjectProperty<ServiceClassResource> serviceClassProperty() {
    return serviceClass;
  }

  public ObjectProperty<ServicePlanResource> planProperty() {
    return plan;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty namespaceProperty() {
    return namespace;
  }

  /** Labels as typed: {@code key=value} pairs separated by commas or new lines. */
  public StringProperty labelsProperty() {
    return labels;
  }

  /** The parameters as the user would write them (from the form or the raw JSON editor). */
  public ObjectProperty<ObjectNode> parametersProperty() {
    return parameters;
  }

  /** Whether sensitive parameters go into a Secret referenced by {@code parametersFrom} (on by default). */
  public BooleanProperty secretForSensitiveProperty() {
    return secretForSensitive;
  }

  /** The namespaces the user can choose from (filled from the cluster). */
  public ObservableList<String> namespaces() {
    return namespaces;
  }

  /** Whether the user may create a namespace (the API server's answer to an access review). */
  public BooleanProperty mayCreateNamespaceProperty() {
    return mayCreateNamespace;
  }

  // ---- choices

  /** Services that can be provisioned: not removed from their broker's catalog, by display name. */
  public List<ServiceClassResource> classes() {
    List<ServiceClassResource> out = new ArrayList<>();
    for (HasMetadata item : allClasses.get()) {
      if (item instanceof ServiceClassResource c && !c.isRemovedFromBrokerCatalog()) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparing((ServiceClassResource c) -> c.getSpec().displayName(),
        Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
    return out;
  }

  /** The plans of {@code cls} still offered, the free ones first, then by display name. */
  public List<ServicePlanResource> plansOf(ServiceClassResource cls) {
    List<ServicePlanResource> out = new ArrayList<>();
    if (cls == null) {
      return out;
    }
    boolean cluster = isClusterScoped(cls);
    for (HasMetadata item : allPlans.get()) {
      if (item instanceof ServicePlanResource p && !p.isRemovedFromBrokerCatalog()
          && cls.getMetadata().getName().equals(p.className())
          && (cluster ? p.getMetadata().getNamespace() == null
              : Objects.equals(cls.getMetadata().getNamespace(), p.getMetadata().getNamespace()))) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparing((ServicePlanResource p) -> !Boolean.TRUE.equals(p.getSpec().getFree()))
        .thenComparing(p -> p.getSpec().displayName(), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
    return out;
  }

  /** The plan to preselect: the only plan, else the one the broker calls "default", else the first free one. */
  public Optional<ServicePlanResource> defaultPlan(ServiceClassResource cls) {
    List<ServicePlanResource> plans = plansOf(cls);
    if (plans.size() == 1) {
      return Optional.of(plans.get(0));
    }
    for (ServicePlanResource p : plans) {
      if ("default".equals(p.getSpec().getExternalName())) {
        return Optional.of(p);
      }
    }
    return plans.stream().findFirst();
  }

  /** Whether the chosen plan can be bound (the plan's own flag, else its class's). */
  public boolean bindable() {
    ServicePlanResource p = plan.get();
    ServiceClassResource c = serviceClass.get();
    if (p != null && p.getSpec().getBindable() != null) {
      return p.getSpec().getBindable();
    }
    return c != null && Boolean.TRUE.equals(c.getSpec().getBindable());
  }

  /** The chosen plan's create-parameters schema, or null when it has none. */
  public JsonNode createSchema() {
    ServicePlanResource p = plan.get();
    JsonNode schema = p == null ? null : p.getSpec().getInstanceCreateParameterSchema();
    return schema == null || schema.isNull() || schema.isMissingNode() ? null : schema;
  }

  /** The form model of the create schema (null when the plan has none). */
  public SchemaFormModel schemaModel() {
    JsonNode schema = createSchema();
    if (schema == null) {
      return null;
    }
    // Asked on every keystroke in the form: built once per schema.
    if (schema != cachedSchema) {
      cachedSchema = schema;
      cachedModel = SchemaFormModel.build(schema);
    }
    return cachedModel;
  }

  /** A name for a new instance: the service's name, with a number when that is taken in the namespace. */
  public String suggestName() {
    ServiceClassResource c = serviceClass.get();
    String base = KubernetesNames.toLabel(c == null ? "instance" : c.getSpec().getExternalName());
    if (base.isEmpty()) {
      base = "instance";
    }
    String candidate = base;
    for (int i = 2; instanceExists.test(namespace.get(), candidate) && i < 1000; i++) {
      String suffix = "-" + i;
      candidate = (base.length() + suffix.length() > KubernetesNames.LABEL_MAX_LENGTH
          ? base.substring(0, KubernetesNames.LABEL_MAX_LENGTH - suffix.length()) : base) + suffix;
    }
    return candidate;
  }

  // ---- checks (empty: fine)

  /** Why the plan step cannot go on, or empty. */
  public Optional<String> planProblem() {
    if (serviceClass.get() == null) {
      return Optional.of(I18n.t("provision.problem.noService"));
    }
    return plan.get() == null ? Optional.of(I18n.t("provision.problem.noPlan")) : Optional.empty();
  }

  /** Why the name cannot be used (DNS-1123, and not taken in the namespace), or empty. */
  public Optional<String> nameProblem() {
    String n = name.get();
    NameCheck check = KubernetesNames.checkSubdomain(n);
    if (!check.valid()) {
      return Optional.of(check.message());
    }
    if (n.length() + SECRET_SUFFIX.length() > KubernetesNames.SUBDOMAIN_MAX_LENGTH) {
      return Optional.of(I18n.t("provision.problem.nameTooLongForSecret",
          KubernetesNames.SUBDOMAIN_MAX_LENGTH - SECRET_SUFFIX.length()));
    }
    if (!namespace.get().isEmpty() && instanceExists.test(namespace.get(), n)) {
      return Optional.of(I18n.t("provision.problem.nameTaken", n, namespace.get()));
    }
    return Optional.empty();
  }

  /** Why the namespace cannot be used, or empty. */
  public Optional<String> namespaceProblem() {
    String ns = namespace.get();
    if (ns == null || ns.isEmpty()) {
      return Optional.of(I18n.t("provision.problem.noNamespace"));
    }
    NameCheck check = KubernetesNames.checkLabel(ns);
    if (!check.valid()) {
      return Optional.of(check.message());
    }
    if (!namespaces.isEmpty() && !namespaces.contains(ns) && !mayCreateNamespace.get()) {
      return Optional.of(I18n.t("provision.problem.namespaceMissing", ns));
    }
    return Optional.empty();
  }

  /** Whether the chosen namespace is new and will be created first. */
  public boolean createsNamespace() {
    return !namespaces.isEmpty() && !namespaces.contains(namespace.get()) && mayCreateNamespace.get()
        && namespaceProblem().isEmpty();
  }

  /** Why the labels cannot be used, or empty. */
  public Optional<String> labelsProblem() {
    try {
      parseLabels(labels.get());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Whether the instance step can go on. */
  public boolean instanceValid() {
    return nameProblem().isEmpty() && namespaceProblem().isEmpty() && labelsProblem().isEmpty();
  }

  /**
   * Parses {@code key=value} pairs separated by commas or new lines, by the Kubernetes label rules.
   *
   * @throws IllegalArgumentException with a sentence naming the first bad pair
   */
  public static Map<String, String> parseLabels(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String raw : text.split("[,\\n]")) {
      String pair = raw.trim();
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(I18n.t("provision.labels.noEquals", pair));
      }
      String key = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      int slash = key.indexOf('/');
      String prefix = slash < 0 ? null : key.substring(0, slash);
      String keyName = slash < 0 ? key : key.substring(slash + 1);
      if (prefix != null && !KubernetesNames.checkSubdomain(prefix).valid()) {
        throw new IllegalArgumentException(I18n.t("provision.labels.badPrefix", key));
      }
      if (keyName.isEmpty() || keyName.length() > KubernetesNames.LABEL_MAX_LENGTH || !LABEL_NAME.matcher(keyName).matches()) {
        throw new IllegalArgumentException(I18n.t("provision.labels.badKey", key));
      }
      if (value.length() > KubernetesNames.LABEL_MAX_LENGTH || !value.isEmpty() && !LABEL_NAME.matcher(value).matches()) {
        throw new IllegalArgumentException(I18n.t("provision.labels.badValue", value, key));
      }
      if (out.put(key, value) != null) {
        throw new IllegalArgumentException(I18n.t("provision.labels.duplicate", key));
      }
    }
    return out;
  }

  /**
   * Parses the raw JSON editor's text (plans without a schema).
   *
   * @throws IllegalArgumentException with a sentence when it is not a JSON object
   */
  public static ObjectNode parseRawParameters(String text) {
    if (text == null || text.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node instanceof ObjectNode object) {
        return object;
      }
      throw new IllegalArgumentException(I18n.t("provision.raw.notObject"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(I18n.t("provision.raw.syntax", e.getLocation() == null ? 0
          : e.getLocation().getLineNr(), e.getOriginalMessage()), e);
    }
  }

  // ---- what will be created

  /** The parameters split into what stays in the instance and what goes into the Secret. */
  public ParameterValues.SensitiveSplit split() {
    ObjectNode all = parameters.get() == null ? JSON.createObjectNode() : parameters.get();
    ParameterValues.SensitiveSplit split = ParameterValues.splitSensitive(schemaModel(), all);
    if (!secretForSensitive.get() || split.secret().isEmpty()) {
      return new ParameterValues.SensitiveSplit(all.deepCopy(), JSON.createObjectNode());
    }
    return split;
  }

  /**
   * The top-level parameters that are sensitive, whether or not they go into a Secret and whether or not they
   * have a value yet: the schema's secret fields, then keys whose names look secret.
   */
  public List<String> sensitiveKeys() {
    ObjectNode all = parameters.get() == null ? JSON.createObjectNode() : parameters.get();
    java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
    SchemaFormModel schema = schemaModel();
    if (schema != null) {
      for (String pointer : schema.sensitivePaths()) {
        String top = pointer.startsWith("/") ? pointer.substring(1).split("/", 2)[0] : pointer;
        if (!top.isEmpty()) {
          keys.add(top.replace("~1", "/").replace("~0", "~"));
        }
      }
    }
    ParameterValues.splitSensitive(schema, all).secret().fieldNames().forEachRemaining(keys::add);
    return new ArrayList<>(keys);
  }

  /** The name of the parameters Secret. */
  public String secretName() {
    return name.get() + SECRET_SUFFIX;
  }

  /** The ServiceInstance to create. */
  public ServiceInstance instance() {
    ServiceClassResource c = Objects.requireNonNull(serviceClass.get(), "no service chosen");
    ServicePlanResource p = Objects.requireNonNull(plan.get(), "no plan chosen");
    ServiceInstance instance = new ServiceInstance();
    instance.getMetadata().setName(name.get());
    instance.getMetadata().setNamespace(namespace.get());
    Map<String, String> parsed = parseLabels(labels.get());
    if (!parsed.isEmpty()) {
      instance.getMetadata().setLabels(parsed);
    }
    ServiceInstanceSpec spec = new ServiceInstanceSpec();
    // External names read well in Git and survive a broker re-registration; Kubernetes names only when another
    // class or plan shares the external name, so the reference stays unambiguous.
    boolean byExternalName = uniqueExternalName(c, p);
    if (isClusterScoped(c)) {
      if (byExternalName) {
        spec.setClusterServiceClassExternalName(c.getSpec().getExternalName());
        spec.setClusterServicePlanExternalName(p.getSpec().getExternalName());
      } else {
        spec.setClusterServiceClassName(c.getMetadata().getName());
        spec.setClusterServicePlanName(p.getMetadata().getName());
      }
    } else if (byExternalName) {
      spec.setServiceClassExternalName(c.getSpec().getExternalName());
      spec.setServicePlanExternalName(p.getSpec().getExternalName());
    } else {
      spec.setServiceClassName(c.getMetadata().getName());
      spec.setServicePlanName(p.getMetadata().getName());
    }
    ParameterValues.SensitiveSplit split = split();
    if (!split.inline().isEmpty()) {
      spec.setParameters(split.inline());
    }
    if (!split.secret().isEmpty()) {
      SecretKeyReference ref = new SecretKeyReference();
      ref.setName(secretName());
      ref.setKey(SECRET_KEY);
      ParametersFromSource from = new ParametersFromSource();
      from.setSecretKeyRef(ref);
      spec.setParametersFrom(List.of(from));
    }
    instance.setSpec(spec);
    return instance;
  }

  /** The parameters Secret, when sensitive values are kept out of the instance. */
  public Optional<Secret> secret() {
    ObjectNode secretPart = split().secret();
    if (secretPart.isEmpty()) {
      return Optional.empty();
    }
    String json;
    try {
      json = JSON.writeValueAsString(secretPart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Parameters could not be written as JSON", e);
    }
    return Optional.of(new SecretBuilder()
        .withNewMetadata().withName(secretName()).withNamespace(namespace.get())
        .addToLabels("app.kubernetes.io/managed-by", "service-catalog-console")
        .addToAnnotations("console.servicecatalog.io/parameters-for", name.get())
        .endMetadata()
        .withType("Opaque")
        .withStringData(Map.of(SECRET_KEY, json))
        .build());
  }

  /** Every object the wizard will create, in creation order (the Secret before the instance that reads it). */
  public List<HasMetadata> objects() {
    List<HasMetadata> out = new ArrayList<>();
    secret().ifPresent(out::add);
    out.add(instance());
    return out;
  }

  private boolean uniqueExternalName(ServiceClassResource c, ServicePlanResource p) {
    boolean cluster = isClusterScoped(c);
    for (HasMetadata item : allClasses.get()) {
      if (item instanceof ServiceClassResource other && other != c && isClusterScoped(other) == cluster
          && (cluster || Objects.equals(other.getMetadata().getNamespace(), c.getMetadata().getNamespace()))
          && !other.getMetadata().getName().equals(c.getMetadata().getName())
          && Objects.equals(other.getSpec().getExternalName(), c.getSpec().getExternalName())) {
        return false;
      }
    }
    long samePlanName = plansOf(c).stream()
        .filter(o -> Objects.equals(o.getSpec().getExternalName(), p.getSpec().getExternalName())).count();
    return samePlanName <= 1 && c.getSpec().getExternalName() != null && p.getSpec().getExternalName() != null;
  }

  /** Whether {@code cls} is a ClusterServiceClass. */
  public static boolean isClusterScoped(ServiceClassResource cls) {
    return cls.getMetadata().getNamespace() == null || cls.getMetadata().getNamespace().isEmpty();
  }
}
