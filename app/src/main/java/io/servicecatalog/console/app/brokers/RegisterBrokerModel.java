package io.servicecatalog.console.app.brokers;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.naming.KubernetesNames;
import io.servicecatalog.console.model.naming.NameCheck;
import io.servicecatalog.console.model.v1beta1.BasicAuthConfig;
import io.servicecatalog.console.model.v1beta1.BearerTokenAuthConfig;
import io.servicecatalog.console.model.v1beta1.CatalogRestrictions;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.CommonServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerAuthInfo;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerResource;
import io.servicecatalog.console.osb.OsbClient;
import io.servicecatalog.console.osb.catalog.Catalog;
import io.servicecatalog.console.osb.catalog.ServiceOffering;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The register/edit broker form's state and rules, testable without a window: validation with messages a
 * person can act on, the broker object (and auth Secret) it creates, and an OSB client for "test connection".
 */
public final class RegisterBrokerModel {

  /** How the console authenticates to the broker. */
  public enum Auth {
    NONE,
    BASIC,
    BEARER
  }

  private static final Pattern GO_DURATION = Pattern.compile("^([0-9]+(\\.[0-9]+)?(h|m|s|ms))+$");

  final StringProperty name = new SimpleStringProperty("");
  final BooleanProperty clusterScoped = new SimpleBooleanProperty(true);
  final StringProperty namespace = new SimpleStringProperty("");
  final StringProperty url = new SimpleStringProperty("");
  final ObjectProperty<Auth> auth = new SimpleObjectProperty<>(Auth.NONE);
  final BooleanProperty existingSecret = new SimpleBooleanProperty(false);
  final StringProperty secretName = new SimpleStringProperty("");
  final StringProperty secretNamespace = new SimpleStringProperty("");
  final StringProperty username = new SimpleStringProperty("");
  final StringProperty password = new SimpleStringProperty("");
  final StringProperty token = new SimpleStringProperty("");
  final StringProperty caBundle = new SimpleStringProperty("");
  final BooleanProperty insecure = new SimpleBooleanProperty(false);
  final BooleanProperty manualRelist = new SimpleBooleanProperty(false);
  final StringProperty relistInterval = new SimpleStringProperty("15m");
  final StringProperty classRestrictions = new SimpleStringProperty("");
  final StringProperty planRestrictions = new SimpleStringProperty("");
  private final ServiceBrokerResource editing;

  /** A model for a new broker in {@code defaultNamespace} (used for namespaced brokers and Secrets). */
  public RegisterBrokerModel(String defaultNamespace) {
    this.editing = null;
    namespace.set(defaultNamespace);
    secretNamespace.set(defaultNamespace);
  }

  /** A model that edits {@code broker}: name and scope stay fixed; a Secret is referenced, not created. */
  public RegisterBrokerModel(ServiceBrokerResource broker, String defaultNamespace) {
    this.editing = broker;
    CommonServiceBrokerSpec spec = broker.getSpec();
    name.set(broker.getMetadata().getName());
    clusterScoped.set(broker instanceof ClusterServiceBroker);
    namespace.set(broker.getMetadata().getNamespace() == null ? defaultNamespace : broker.getMetadata().getNamespace());
    url.set(nn(spec.getUrl()));
    secretNamespace.set(namespace.get());
    ServiceBrokerAuthInfo info = spec.getAuthInfo();
    if (info != null && info.getBasic() != null && info.getBasic().getSecretRef() != null) {
      auth.set(Auth.BASIC);
      ref(info.getBasic().getSecretRef());
    } else if (info != null && info.getBearer() != null && info.getBearer().getSecretRef() != null) {
      auth.set(Auth.BEARER);
      ref(info.getBearer().getSecretRef());
    }
    existingSecret.set(true);
    caBundle.set(spec.getCaBundle() == null ? "" : new String(spec.getCaBundle(), StandardCharsets.UTF_8));
    insecure.set(Boolean.TRUE.equals(spec.getInsecureSkipTLSVerify()));
    manualRelist.set(CommonServiceBrokerSpec.RELIST_MANUAL.equals(spec.getRelistBehavior()));
    relistInterval.set(spec.getRelistDuration() == null ? "15m" : spec.getRelistDuration());
    CatalogRestrictions restrictions = spec.getCatalogRestrictions();
    if (restrictions != null) {
      classRestrictions.set(restrictions.getServiceClass() == null ? "" : String.join("\n", restrictions.getServiceClass()));
      planRestrictions.set(restrictions.getServicePlan() == null ? "" : String.join("\n", restrictions.getServicePlan()));
    }
  }

  private void ref(ObjectReference ref) {
    secretName.set(nn(ref.getName()));
    if (ref.getNamespace() != null) {
      secretNamespace.set(ref.getNamespace());
    }
  }

  /** Whether the URL typed so far is plain HTTP, which the form flags beside the TLS warning. */
  public javafx.beans.binding.BooleanBinding plainHttp() {
    return javafx.beans.binding.Bindings.createBooleanBinding(() -> BrokerTransport.isPlainHttp(url.get()), url);
  }

  /** Whether this edits an existing broker. */
  public boolean editing() {
    return editing != null;
  }

  /** What is wrong with the form, one plain sentence each; empty when it can be saved. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    NameCheck check = KubernetesNames.checkSubdomain(name.get());
    if (!check.valid()) {
      problems.add(I18n.t("register.problem.name", check.message()));
    }
    if (!clusterScoped.get() && namespace.get().isBlank()) {
      problems.add(I18n.t("register.problem.namespace"));
    }
    urlProblem().ifPresent(problems::add);
    if (auth.get() != Auth.NONE) {
      if (secretName.get().isBlank()) {
        problems.add(I18n.t("register.problem.secretName"));
      }
      if (!existingSecret.get() && auth.get() == Auth.BASIC && username.get().isBlank()) {
        problems.add(I18n.t("register.problem.username"));
      }
      if (!existingSecret.get() && auth.get() == Auth.BEARER && token.get().isBlank()) {
        problems.add(I18n.t("register.problem.token"));
      }
    }
    if (!caBundle.get().isBlank() && !caBundle.get().contains("-----BEGIN CERTIFICATE-----")) {
      problems.add(I18n.t("register.problem.ca"));
    }
    if (!manualRelist.get() && !GO_DURATION.matcher(relistInterval.get().trim()).matches()) {
      problems.add(I18n.t("register.problem.interval", relistInterval.get()));
    }
    return problems;
  }

  Optional<String> urlProblem() {
    try {
      URI uri = new URI(url.get().trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return Optional.of(I18n.t("register.problem.url", url.get()));
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of(I18n.t("register.problem.url", url.get()));
    }
  }

  /** The broker object the form describes (for an edit: the edited object with the new spec fields). */
  public HasMetadata broker() {
    ServiceBrokerResource broker = editing != null ? editing
        : clusterScoped.get() ? new ClusterServiceBroker() : new ServiceBroker();
    if (editing == null) {
      broker.getMetadata().setName(name.get().trim());
      if (!clusterScoped.get()) {
        broker.getMetadata().setNamespace(namespace.get().trim());
      }
      if (broker instanceof ClusterServiceBroker cluster) {
        cluster.setSpec(new io.servicecatalog.console.model.v1beta1.ClusterServiceBrokerSpec());
      } else if (broker instanceof ServiceBroker namespaced) {
        namespaced.setSpec(new io.servicecatalog.console.model.v1beta1.ServiceBrokerSpec());
      }
    }
    CommonServiceBrokerSpec spec = broker.getSpec();
    spec.setUrl(url.get().trim());
    spec.setInsecureSkipTLSVerify(insecure.get() ? Boolean.TRUE : null);
    spec.setCaBundle(caBundle.get().isBlank() ? null : caBundle.get().getBytes(StandardCharsets.UTF_8));
    spec.setRelistBehavior(manualRelist.get() ? CommonServiceBrokerSpec.RELIST_MANUAL : CommonServiceBrokerSpec.RELIST_DURATION);
    spec.setRelistDuration(manualRelist.get() ? null : relistInterval.get().trim());
    if (spec.getRelistRequests() == null) {
      spec.setRelistRequests(0L);
    }
    spec.setAuthInfo(authInfo());
    List<String> classes = lines(classRestrictions.get());
    List<String> plans = lines(planRestrictions.get());
    if (classes.isEmpty() && plans.isEmpty()) {
      spec.setCatalogRestrictions(null);
    } else {
      CatalogRestrictions restrictions = new CatalogRestrictions();
      restrictions.setServiceClass(classes.isEmpty() ? null : classes);
      restrictions.setServicePlan(plans.isEmpty() ? null : plans);
      spec.setCatalogRestrictions(restrictions);
    }
    return (HasMetadata) broker;
  }

  private ServiceBrokerAuthInfo authInfo() {
    if (auth.get() == Auth.NONE) {
      return null;
    }
    ObjectReference ref = new ObjectReference();
    ref.setName(secretName.get().trim());
    ref.setNamespace(secretNamespace().trim());
    ServiceBrokerAuthInfo info = new ServiceBrokerAuthInfo();
    if (auth.get() == Auth.BASIC) {
      BasicAuthConfig basic = new BasicAuthConfig();
      basic.setSecretRef(ref);
      info.setBasic(basic);
    } else {
      BearerTokenAuthConfig bearer = new BearerTokenAuthConfig();
      bearer.setSecretRef(ref);
      info.setBearer(bearer);
    }
    return info;
  }

  /** Where the auth Secret lives: a namespaced broker's own namespace, else the chosen one. */
  String secretNamespace() {
    return clusterScoped.get() ? secretNamespace.get() : namespace.get();
  }

  /** The auth Secret to create with the broker, when the form asks for a new one (keys as the controller reads them). */
  public Optional<Secret> newSecret() {
    if (auth.get() == Auth.NONE || existingSecret.get()) {
      return Optional.empty();
    }
    Map<String, String> data = auth.get() == Auth.BASIC
        ? Map.of("username", username.get(), "password", password.get())
        : Map.of("token", token.get());
    return Optional.of(new SecretBuilder().withNewMetadata().withName(secretName.get().trim())
        .withNamespace(secretNamespace().trim()).endMetadata().withType("Opaque").withStringData(data).build());
  }

  /**
   * An OSB client for "test connection", with the form's credentials. For an existing Secret, {@code stored}
   * holds its decoded keys (read by the caller with the user's own permissions).
   */
  public OsbClient osbClient(Map<String, String> stored) {
    OsbClient.Builder builder = OsbClient.builder(URI.create(url.get().trim()));
    Map<String, String> creds = existingSecret.get() ? stored : Map.of(
        "username", username.get(), "password", password.get(), "token", token.get());
    switch (auth.get()) {
      case BASIC -> builder.basicAuth(creds.getOrDefault("username", ""), creds.getOrDefault("password", "").toCharArray());
      case BEARER -> builder.bearerToken(creds.getOrDefault("token", ""));
      case NONE -> builder.noAuth();
    }
    if (insecure.get()) {
      builder.insecureSkipTlsVerify();
    } else if (!caBundle.get().isBlank()) {
      builder.caBundlePem(caBundle.get());
    }
    return builder.build();
  }

  /** What the broker's catalog would put in the marketplace, as lines for the preview. */
  public static List<String> preview(Catalog catalog) {
    List<String> lines = new ArrayList<>();
    for (ServiceOffering service : catalog.services()) {
      lines.add(I18n.t("register.preview.service", service.name(), service.plans().size(),
          String.join(", ", service.plans().stream().map(p -> p.name()).toList())));
    }
    return lines;
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
