package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 * Runs the console's flows that touch secrets against the sandbox with every log event captured, then
 * searches the log for each secret the flows handled. New flows (the provisioning and binding wizards, the
 * Pod snippet) extend this: run the flow here, add what it handled to {@link #leaks}.
 */
class SecretLeakTest {

  @RegisterExtension static final LogCapture LOGS = new LogCapture();

  private static final Duration WAIT = Duration.ofSeconds(60);
  private final SecretLeaks leaks = new SecretLeaks();

  @Test
  @DisplayName("sandbox connect, broker register with a basic-auth Secret, provision with a sensitive parameter, bind, reveal: no secret in the log")
  void noSecretInTheLog() {
    String password = "broker-pw-" + UUID.randomUUID();
    String sensitive = "sensitive-param-" + UUID.randomUUID();
    leaks.add(password, sensitive);
    try (SandboxTarget target = new SandboxTarget(SandboxOptions::defaults);
        ClusterConnection connection = new ClusterConnector().connect(target)) {
      KubernetesClient client = connection.client();
      Sandbox sandbox = target.sandbox().orElseThrow();
      // The sandbox's own broker credentials: the password and token, not the user names.
      client.secrets().inAnyNamespace().list().getItems().forEach(s -> leaks.addSecretKeys(s, "password", "token"));

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
    }
    assertThat(leaks.all()).as("secrets the flow handled").hasSizeGreaterThanOrEqualTo(4);
    assertThat(LOGS.text()).as("the capture saw the flow").contains("Sandbox started").contains("Connected to");
    LOGS.assertContainsNone(leaks.all());
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
}
