package io.servicecatalog.console.app.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.MockCluster;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProvisionerTest {

  private static MockCluster cluster;

  @BeforeAll
  static void start() {
    cluster = new MockCluster().withCatalogCrds().withNamespaces("default", "demo");
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private static ServiceInstance instance(String ns, String name) {
    ServiceInstance i = new ServiceInstance();
    i.getMetadata().setName(name);
    i.getMetadata().setNamespace(ns);
    ServiceInstanceSpec spec = new ServiceInstanceSpec();
    spec.setClusterServiceClassExternalName("managed-database");
    spec.setClusterServicePlanExternalName("free");
    i.setSpec(spec);
    return i;
  }

  private static Secret secret(String ns, String name, String json) {
    return new SecretBuilder().withNewMetadata().withName(name).withNamespace(ns).endMetadata()
        .withStringData(Map.of("parameters", json)).build();
  }

  @Test
  @DisplayName("creates the Secret before the instance, and a new namespace before both")
  void createsInOrder() {
    Provisioner provisioner = new Provisioner(cluster.client());
    ServiceInstance created = provisioner.create(Optional.of("fresh"), Optional.of(secret("fresh", "db-parameters", "{}")),
        instance("fresh", "db"));
    assertThat(created.getMetadata().getUid()).isNotNull();
    assertThat(cluster.client().namespaces().withName("fresh").get()).isNotNull();
    assertThat(cluster.client().secrets().inNamespace("fresh").withName("db-parameters").get()).isNotNull();
    assertThat(provisioner.namespaces()).contains("default", "demo", "fresh");
  }

  @Test
  @DisplayName("a name taken is refused before anything is written; another name then succeeds with the same Secret content")
  void nameTakenThenRetry() {
    cluster.client().resource(instance("demo", "taken")).create();
    Provisioner provisioner = new Provisioner(cluster.client());
    assertThatThrownBy(() -> provisioner.create(Optional.empty(),
        Optional.of(secret("demo", "taken-parameters", "{\"adminPassword\":\"x\"}")), instance("demo", "taken")))
        .isInstanceOfSatisfying(ConsoleException.class, e -> {
          assertThat(e.title()).isEqualTo("The name is taken");
          assertThat(e.message()).contains("taken").contains("demo");
        });
    assertThat(cluster.client().secrets().inNamespace("demo").withName("taken-parameters").get()).isNull();
    provisioner.create(Optional.empty(), Optional.of(secret("demo", "taken-2-parameters", "{\"adminPassword\":\"x\"}")),
        instance("demo", "taken-2"));
    assertThat(cluster.client().resources(ServiceInstance.class).inNamespace("demo").withName("taken-2").get()).isNotNull();
  }

  @Test
  @DisplayName("a Secret someone else owns under the same name is not overwritten; one this wizard wrote is reused on retry")
  void secretOwnership() {
    cluster.client().resource(secret("demo", "theirs-parameters", "{\"keep\":true}")).create();
    Provisioner provisioner = new Provisioner(cluster.client());
    assertThatThrownBy(() -> provisioner.create(Optional.empty(),
        Optional.of(secret("demo", "theirs-parameters", "{}")), instance("demo", "theirs")))
        .isInstanceOfSatisfying(ConsoleException.class, e -> assertThat(e.message()).contains("theirs-parameters").contains("secrets in namespace demo"));
    assertThat(cluster.client().secrets().inNamespace("demo").withName("theirs-parameters").get().getStringData())
        .containsEntry("parameters", "{\"keep\":true}");
  }

  @Test
  @DisplayName("touch increments updateRequests so the controller retries; delete removes the instance")
  void touchAndDelete() {
    Provisioner provisioner = new Provisioner(cluster.client());
    ServiceInstance created = provisioner.create(Optional.empty(), Optional.empty(), instance("demo", "touchy"));
    ServiceInstance touched = provisioner.touch(created);
    assertThat(touched.getSpec().getUpdateRequests()).isEqualTo(1L);
    assertThat(provisioner.touch(touched).getSpec().getUpdateRequests()).isEqualTo(2L);
    provisioner.delete(touched);
    assertThat(cluster.client().resources(ServiceInstance.class).inNamespace("demo").withName("touchy").get()).isNull();
    assertThatThrownBy(() -> provisioner.touch(touched)).isInstanceOfSatisfying(ConsoleException.class,
        e -> assertThat(e.message()).startsWith("serviceinstances.servicecatalog.k8s.io touchy no longer exists in namespace demo"));
  }
}
