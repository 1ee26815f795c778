package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.app.bind.BindModel;
import io.servicecatalog.console.app.provision.ProvisionModel;
import io.servicecatalog.console.app.provision.Provisioner;
import io.servicecatalog.console.model.snippet.PodSnippets;
import io.servicecatalog.console.model.snippet.SnippetOptions;
import io.servicecatalog.console.model.snippet.SnippetResult;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.app.bindings.SecretAccess;
import io.servicecatalog.console.app.brokers.RegisterBrokerFixtures;
import io.servicecatalog.console.app.brokers.RegisterBrokerModel;
import io.servicecatalog.console.app.connection.ClusterConnection;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.SandboxTarget;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.LocalObjectReference;
import io.servicecatalog.console.model.v1beta1.ParametersFromSource;
import io.servicecatalog.console.model.v1beta1.SecretKeyReference;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBindingSpec;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import io.servicecatalog.console.osb.OsbClient;
import io.servicecatalog.console.sandbox.Sandbox;
import io.servicecatalog.console.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the console's flows that touch secrets against one sandbox (shared by the tests) with every log event
 * captured, then searches the log for each secret the flows handled. New flows extend this: run the flow here,
 * add what it handled to {@link #leaks}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretLeakTest {

  @RegisterExtension static final LogCapture LOGS = new LogCapture();

  private static final Duration WAIT = Duration.ofSeconds(60);
  private final SecretLeaks leaks = new SecretLeaks();
  private SandboxTarget target;
  private ClusterConnection connection;

  @BeforeAll
  void startSandbox() {
    target = new SandboxTarget(SandboxOptions::defaults);
    connection = new ClusterConnector().connect(target);
    // The sandbox's own broker credentials: the password and token, not the user names.
    connection.client().secrets().inAnyNamespace().list().getItems().forEach(s -> leaks.addSecretKeys(s, "password", "token"));
  }

  @AfterAll
  void stopSandbox() {
    connection.close();
    target.close();
  }

  @Test
  @DisplayName("sandbox connect, broker register with a basic-auth Secret, provision with a sensitive parameter, bind, reveal: no secret in the log")
  void noSecretInTheLog() {
    String password = "broker-pw-" + UUID.randomUUID();
    String sensitive = "sensitive-param-" + UUID.randomUUID();
    leaks.add(password, sensitive);
    KubernetesClient client = connection.client();
    Sandbox sandbox = target.sandbox().orElseThrow();

    // Register the partner broker with basic auth from a new Secret, after testing the connection.
    String partnerUrl = sandbox.broker("partner-broker").orElseThrow().url();
    RegisterBrokerModel model = RegisterBrokerFixtures.basicAuth("partner", partnerUrl, Sandbox.DEFAULT_NAMESPACE,
        "partner-auth", "partner-user", password);
    assertThat(model.problems()).isEmpty();
    OsbClient osb = model.osbClient(Map.of());
    assertThat(osb.catalog().services()).isNotEmpty();
    Secret authSecret = model.newSecret().orElseThrow();
    client.secrets().resource(authSecret).create();
    HasMetadata broker = client.resource(model.broker()).create();
    await().atMost(WAIT).until(() -> {
      ClusterServiceBroker now = client.resources(ClusterServiceBroker.class).withName(broker.getMetadata().getName()).get();
      return now.getStatus() != null && now.getStatus().getLastCatalogRetrievalTime() != null;
    });

    // Provision with a parameter from a Secret, then bind; the controller writes the binding's Secret.
    client.secrets().resource(new SecretBuilder().withNewMetadata().withName("starter-params").withNamespace(Sandbox.DEMO_NAMESPACE)
        .endMetadata().addToStringData("parameters", "{\"color\": \"Beige\", \"apiToken\": \"" + sensitive + "\"}").build()).create();
    ServiceInstance instance = new ServiceInstance();
    instance.getMetadata().setName("leak-check");
    instance.getMetadata().setNamespace(Sandbox.DEMO_NAMESPACE);
    ServiceInstanceSpec spec = new ServiceInstanceSpec();
    spec.setClusterServiceClassExternalName("example-starter-pack-service");
    spec.setClusterServicePlanExternalName("default");
    SecretKeyReference key = new SecretKeyReference();
    key.setName("starter-params");
    key.setKey("parameters");
    ParametersFromSource from = new ParametersFromSource();
    from.setSecretKeyRef(key);
    spec.setParametersFrom(List.of(from));
    instance.setSpec(spec);
    client.resource(instance).create();
    await().atMost(WAIT).until(() -> ResourceStatus.of(client.resources(ServiceInstance.class)
        .inNamespace(Sandbox.DEMO_NAMESPACE).withName("leak-check").get()).phase() == Phase.READY);
    ServiceBinding binding = new ServiceBinding();
    binding.getMetadata().setName("leak-check-binding");
    binding.getMetadata().setNamespace(Sandbox.DEMO_NAMESPACE);
    ServiceBindingSpec bindingSpec = new ServiceBindingSpec();
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName("leak-check");
    bindingSpec.setInstanceRef(ref);
    binding.setSpec(bindingSpec);
    client.resource(binding).create();
    Secret credentials = await().atMost(WAIT).until(
        () -> client.secrets().inNamespace(Sandbox.DEMO_NAMESPACE).withName("leak-check-binding").get(), s -> s != null);
    leaks.addSecret(credentials);

    // Reveal, as the bindings view does.
    SecretAccess.View view = new SecretAccess(client).read(Sandbox.DEMO_NAMESPACE, "leak-check-binding",
        Map.of("missing", "missing", "forbidden", "forbidden"));
    assertThat(view.keys()).isNotEmpty();
    view.keys().values().forEach(leaks::add);
    assertThat(leaks.all()).as("secrets the flow handled").hasSizeGreaterThanOrEqualTo(4);
    assertThat(LOGS.text()).as("the capture saw the flow").contains("Sandbox started").contains("Connected to");
    LOGS.assertContainsNone(leaks.all());
  }

  @Test
  @DisplayName("provision the cloud database with a password through ProvisionModel and Provisioner, bind through BindModel,"
      + " reveal through SecretAccess, write a Pod snippet: no password, binding value or broker password in the log")
  void wizardFlowsLeakNothing() {
    KubernetesClient client = connection.client();
    String ns = Sandbox.DEMO_NAMESPACE;
    String password = "typed-pw-" + UUID.randomUUID();
    leaks.add(password);
    Secret brokerAuth = client.secrets().inNamespace(Sandbox.DEFAULT_NAMESPACE).withName(Sandbox.CLOUD_BROKER_AUTH_SECRET).get();
    String brokerPassword = new String(Base64.getDecoder().decode(brokerAuth.getData().get("password")), StandardCharsets.UTF_8);
    leaks.add(brokerPassword);

    // Provision as the wizard does: the model builds the Secret and the instance, the Provisioner creates them.
    List<ClusterServiceClass> classes = await().atMost(WAIT).until(
        () -> client.resources(ClusterServiceClass.class).list().getItems(),
        l -> l.stream().anyMatch(c -> "managed-database".equals(c.getSpec().getExternalName())));
    ClusterServiceClass database = classes.stream().filter(c -> "managed-database".equals(c.getSpec().getExternalName()))
        .findFirst().orElseThrow();
    // The controller lists the plans after the classes: wait for the one chosen.
    List<ClusterServicePlan> plans = await().atMost(WAIT).until(
        () -> client.resources(ClusterServicePlan.class).list().getItems(),
        l -> l.stream().anyMatch(p -> database.getMetadata().getName().equals(p.className())
            && "standard".equals(p.getSpec().getExternalName())));
    ProvisionModel provision = new ProvisionModel(() -> classes, () -> plans, (namespace, name) -> false);
    provision.serviceClassProperty().set(database);
    provision.planProperty().set(provision.plansOf(database).stream()
        .filter(p -> "standard".equals(p.getSpec().getExternalName())).findFirst().orElseThrow());
    provision.namespaces().setAll(ns);
    provision.namespaceProperty().set(ns);
    provision.nameProperty().set("leak-db");
    ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("version", "14").put("storageGb", 30)
        .put("adminPassword", password);
    provision.parametersProperty().set(parameters);
    assertThat(provision.instanceValid()).isTrue();
    Secret parametersSecret = provision.secret().orElseThrow();
    assertThat(parametersSecret.getStringData().get(ProvisionModel.SECRET_KEY)).contains(password);
    assertThat(provision.instance().getSpec().getParametersFrom()).hasSize(1);
    assertThat(String.valueOf(provision.instance().getSpec().getParameters())).doesNotContain(password);
    ServiceInstance created = new Provisioner(client).create(Optional.empty(), Optional.of(parametersSecret), provision.instance());
    ServiceInstance ready = await().atMost(WAIT).until(
        () -> client.resources(ServiceInstance.class).inNamespace(ns).withName(created.getMetadata().getName()).get(),
        i -> ResourceStatus.of(i).phase() == Phase.READY);

    // Bind as the bind wizard does: the model's objects, created in order.
    ServicePlanResource plan = provision.planProperty().get();
    BindModel bind = new BindModel(ready, plan, client.resources(ServiceBinding.class).inNamespace(ns).list().getItems());
    bind.name.set("leak-db-binding");
    assertThat(bind.valid()).isTrue();
    bind.objects().forEach(o -> client.resource(o).create());
    await().atMost(WAIT).until(() -> client.resources(ServiceBinding.class).inNamespace(ns).withName("leak-db-binding").get(),
        b -> ResourceStatus.of(b).phase() == Phase.READY);
    String secretName = bind.secretName.get();
    Secret credentials = await().atMost(WAIT).until(
        () -> client.secrets().inNamespace(ns).withName(secretName).get(), s -> s != null && s.getData() != null);
    leaks.addSecret(credentials);
    assertThat(credentials.getData()).containsKey("password");

    // Reveal, as the bindings view does, then write a Pod snippet from its keys.
    SecretAccess.View view = new SecretAccess(client).read(ns, secretName, Map.of("missing", "missing", "forbidden", "forbidden"));
    assertThat(view.keys()).containsOnlyKeys(credentials.getData().keySet());
    view.keys().values().forEach(leaks::add);
    SnippetResult snippet = PodSnippets.generate(SnippetOptions.builder(secretName).namespace(ns)
        .secretKeys(view.keys().keySet()).envForKeys(view.keys().keySet()).volume(true, "/var/secrets/leak-db").build());
    assertThat(snippet.ok()).as("snippet problems %s", snippet.problems()).isTrue();
    assertThat(snippet.yaml()).contains("secretKeyRef").contains(secretName);

    Collection<String> forbidden = leaks.all();
    assertThat(forbidden).contains(password, brokerPassword).hasSizeGreaterThanOrEqualTo(5);
    forbidden.forEach(secret -> assertThat(snippet.yaml()).as("the snippet holds a secret value").doesNotContain(secret));
    // The controller sent the password to the broker and received the credentials: both calls are in the log.
    assertThat(LOGS.text()).as("the capture saw the flow").contains("OSB PROVISION").contains("OSB BIND");
    LOGS.assertContainsNone(forbidden);
  }

  @Test
  @DisplayName("the capture does catch a secret that reaches the log, as written or in base64")
  void captureCatchesALeak() {
    String planted = "planted-secret-" + UUID.randomUUID();
    org.slf4j.LoggerFactory.getLogger("io.servicecatalog.console.leaky").debug("header {}",
        java.util.Base64.getEncoder().encodeToString(planted.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> LOGS.assertContainsNone(List.of(planted)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("base64");
  }

  @Test
  @DisplayName("a logged basic-auth header (base64 of user:password together) is caught too")
  void captureCatchesABasicAuthHeader() {
    String password = "pw-" + UUID.randomUUID();
    io.fabric8.kubernetes.api.model.Secret auth = new io.fabric8.kubernetes.api.model.SecretBuilder()
        .withNewMetadata().withName("broker-auth").endMetadata()
        // A 7-character user name shifts the password's base64 out of alignment: only the pair can match.
        .addToStringData("username", "admin-7").addToStringData("password", password).build();
    org.slf4j.LoggerFactory.getLogger("io.servicecatalog.console.leaky").debug("Authorization: Basic {}",
        java.util.Base64.getEncoder().encodeToString(("admin-7:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> LOGS.assertContainsNone(new SecretLeaks().addSecretKeys(auth, "password").all()))
        .isInstanceOf(AssertionError.class).hasMessageContaining("admin-7:" + password).hasMessageContaining("base64");
  }
}
