package io.servicecatalog.console.controller;

import static io.servicecatalog.console.controller.ControllerTestSupport.awaitValue;
import static io.servicecatalog.console.controller.ControllerTestSupport.clusterBroker;
import static io.servicecatalog.console.controller.ControllerTestSupport.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The namespaces option limits which namespaced objects the controller reconciles. */
@ExtendWith(MockApiServer.class)
class NamespaceScopeTest {

  static KubernetesClient client;

  @BeforeAll
  static void crds() {
    ControllerTestSupport.installCrds(client);
  }

  @Test
  @DisplayName("with namespaces set, only instances in those namespaces are reconciled")
  void watchesOnlyGivenNamespaces() {
    ControllerTestSupport.namespace(client, "watched");
    ControllerTestSupport.namespace(client, "ignored");
    try (FakeBroker broker = FakeBroker.testBroker();
        CatalogController controller = CatalogController.start(client, ControllerTestSupport.fastOptions()
            .namespaces(List.of("watched")).build())) {
      client.resource(clusterBroker("ns-test-broker", broker.url())).create();
      awaitValue(() -> client.resources(ClusterServiceClass.class).list().getItems(), l -> l.size() >= 24);
      for (String ns : List.of("watched", "ignored")) {
        ServiceInstance instance = InstanceReconcilerTest.fromFixture(
            "serviceinstance-ready-test-service-with-parameters.json", "scoped-instance");
        instance.getMetadata().setNamespace(ns);
        client.resource(instance).create();
      }
      awaitValue(() -> client.resources(ServiceInstance.class).inNamespace("watched").withName("scoped-instance")
          .get(), i -> hasCondition(i.getStatus(), "Ready", "True", "ProvisionedSuccessfully"));
      assertThat(client.resources(ServiceInstance.class).inNamespace("ignored").withName("scoped-instance").get()
          .getStatus()).isNull();
    }
  }

}
