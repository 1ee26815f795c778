package io.servicecatalog.console.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.LocalObjectReference;
import io.servicecatalog.console.model.v1beta1.RenameKeyTransform;
import io.servicecatalog.console.model.v1beta1.SecretTransform;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBindingSpec;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The sandbox as a newcomer meets it: its embedded controller fetches the sample brokers' catalogs, and creating a
 * ServiceInstance and a ServiceBinding ends with the instance Ready and a Secret holding the broker's credentials,
 * transformed as asked.
 */
class SandboxCatalogTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static Sandbox sandbox;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    client = sandbox.newClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    sandbox.close();
  }

  private static ServiceInstance instance(String name, String className, String planName) {
    ServiceInstance instance = new ServiceInstance();
    instance.getMetadata().setName(name);
    instance.getMetadata().setNamespace(Sandbox.DEMO_NAMESPACE);
    ServiceInstanceSpec spec = new ServiceInstanceSpec();
    spec.setClusterServiceClassExternalName(className);
    spec.setClusterServicePlanExternalName(planName);
    instance.setSpec(spec);
    return instance;
  }

  private static Phase phase(ServiceInstance instance) {
    ServiceInstance current = client.resources(ServiceInstance.class).inNamespace(Sandbox.DEMO_NAMESPACE)
        .withName(instance.getMetadata().getName()).get();
    return current == null ? Phase.UNKNOWN : ResourceStatus.of(current).phase();
  }

  @Test
  @DisplayName("the registered brokers become Ready and their services appear as cluster service classes")
  void brokersReady() {
    await().atMost(WAIT).untilAsserted(() -> {
      List<ClusterServiceBroker> brokers = client.resources(ClusterServiceBroker.class).list().getItems();
      assertThat(brokers).isNotEmpty().allSatisfy(b -> assertThat(ResourceStatus.of(b).phase()).isEqualTo(Phase.READY));
      assertThat(client.resources(ClusterServiceClass.class).list().getItems())
          .extracting(c -> c.getSpec().getExternalName())
          .contains("example-starter-pack-service");
    });
  }

  @Test
  @DisplayName("provision the starter pack with color Beige, bind with a rename transform: Ready, and a Secret with USER and color")
  void provisionAndBind() {
    ServiceInstance instance = instance("starter", "example-starter-pack-service", "default");
    instance.getSpec().setParameters(JsonNodeFactory.instance.objectNode().put("color", "Beige"));
    client.resource(instance).create();
    await().atMost(WAIT).until(() -> phase(instance) == Phase.READY);

    ServiceBinding binding = new ServiceBinding();
    binding.getMetadata().setName("starter-binding");
    binding.getMetadata().setNamespace(Sandbox.DEMO_NAMESPACE);
    ServiceBindingSpec spec = new ServiceBindingSpec();
    LocalObjectReference ref = new LocalObjectReference();
    ref.setName("starter");
    spec.setInstanceRef(ref);
    RenameKeyTransform rename = new RenameKeyTransform();
    rename.setFrom("username");
    rename.setTo("USER");
    SecretTransform transform = new SecretTransform();
    transform.setRenameKey(rename);
    spec.setSecretTransforms(List.of(transform));
    binding.setSpec(spec);
    client.resource(binding).create();

    await().atMost(WAIT).untilAsserted(() -> {
      Secret secret = client.secrets().inNamespace(Sandbox.DEMO_NAMESPACE).withName("starter-binding").get();
      assertThat(secret).isNotNull();
      assertThat(secret.getData()).containsKeys("USER", "password", "uri", "color").doesNotContainKey("username");
      assertThat(new String(Base64.getDecoder().decode(secret.getData().get("color")), StandardCharsets.UTF_8))
          .isEqualTo("Beige");
    });
  }

  @Test
  @DisplayName("an asynchronous service is polled until Ready; a provision the broker refuses ends Failed with its message")
  void asyncAndFailure() {
    ServiceInstance slow = instance("cache", "slow-cache", "small");
    ServiceInstance refused = instance("refused", "unavailable-service", "refused");
    client.resource(slow).create();
    client.resource(refused).create();
    await().atMost(WAIT).until(() -> phase(refused) == Phase.FAILED);
    ServiceInstance failed = client.resources(ServiceInstance.class).inNamespace(Sandbox.DEMO_NAMESPACE).withName("refused").get();
    assertThat(ResourceStatus.of(failed).message()).isNotBlank();
    await().atMost(WAIT).until(() -> phase(slow) == Phase.READY);
  }
}
