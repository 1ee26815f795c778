package io.servicecatalog.console.model.v1beta1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.model.Fixtures;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelTest {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  @Test
  @DisplayName("the kind enum matches the classes' fabric8 annotations and scope")
  void kindsMatchAnnotations() throws Exception {
    for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
      ServiceCatalogResource<?, ?> resource = kind.resourceClass().getDeclaredConstructor().newInstance();
      assertThat(resource.getKind()).isEqualTo(kind.kind());
      assertThat(resource.getApiVersion()).isEqualTo("servicecatalog.k8s.io/v1beta1");
      assertThat(resource.getPlural()).isEqualTo(kind.plural());
      assertThat(resource.getSingular()).isEqualTo(kind.singular());
      assertThat(resource.getCRDName()).isEqualTo(kind.crdName());
      assertThat(resource.getScope()).isEqualTo(kind.namespaced() ? "Namespaced" : "Cluster");
      assertThat(ServiceCatalogKind.fromKind(kind.kind())).contains(kind);
      assertThat(ServiceCatalogKind.of(resource)).contains(kind);
      assertThat(kind.context().getPlural()).isEqualTo(kind.plural());
      assertThat(kind.context().isNamespaceScoped()).isEqualTo(kind.namespaced());
    }
    assertThat(ServiceCatalogKind.fromKind("Secret")).isEmpty();
  }

  @Test
  @DisplayName("a new instance written by the console holds only what was set: no invented defaults")
  void newObjectsInventNothing() throws Exception {
    ServiceInstance instance = new ServiceInstance();
    instance.setMetadata(new ObjectMetaBuilder().withName("db").withNamespace("apps").build());
    ServiceInstanceSpec spec = new ServiceInstanceSpec();
    spec.setClusterServiceClassExternalName("postgres");
    spec.setClusterServicePlanExternalName("small");
    spec.setParameters(TREES.readTree("{\"size\":10}"));
    instance.setSpec(spec);

    JsonNode written = TREES.readTree(SERIALIZATION.asJson(instance));
    assertThat(written).isEqualTo(TREES.readTree("""
        {"apiVersion":"servicecatalog.k8s.io/v1beta1","kind":"ServiceInstance",
         "metadata":{"name":"db","namespace":"apps"},
         "spec":{"clusterServiceClassExternalName":"postgres","clusterServicePlanExternalName":"small",
                 "parameters":{"size":10}}}"""));
  }

  @Test
  @DisplayName("YAML through fabric8's serialisation gives the same object as JSON (the review-YAML path)")
  void yamlRoundTrip() throws Exception {
    ServiceBinding binding = (ServiceBinding) Fixtures.catalogObject(
        "servicebinding-ready-parameters-parametersfrom-more-transforms.json");
    String yaml = SERIALIZATION.asYaml(binding);
    assertThat(yaml).contains("secretTransforms:").contains("RAW_BYTES");
    ServiceBinding back = SERIALIZATION.unmarshal(yaml, ServiceBinding.class);
    assertThat(back).isEqualTo(binding);
    assertThat(TREES.readTree(SERIALIZATION.asJson(back))).isEqualTo(TREES.readTree(SERIALIZATION.asJson(binding)));
  }

  @Test
  @DisplayName("secret transforms write unset addKey members as explicit nulls, like the controller")
  void addKeyNulls() throws Exception {
    AddKeyTransform addKey = new AddKeyTransform();
    addKey.setKey("PORT");
    addKey.setStringValue("5432");
    assertThat(TREES.readTree(SERIALIZATION.asJson(addKey))).isEqualTo(
        TREES.readTree("{\"key\":\"PORT\",\"value\":null,\"stringValue\":\"5432\",\"jsonPathExpression\":null}"));
  }

  @Test
  @DisplayName("cluster and namespaced classes and plans answer the shared questions alike")
  void sharedInterfaces() {
    ServiceClassResource clusterClass =
        (ServiceClassResource) Fixtures.catalogObject("clusterserviceclass-test-service.json");
    ServiceClassResource namespacedClass =
        (ServiceClassResource) Fixtures.catalogObject("serviceclass-user-provided-service-namespaced.json");
    assertThat(clusterClass.brokerName()).isEqualTo("test-broker");
    assertThat(namespacedClass.brokerName()).isEqualTo("ns-ups-broker");
    assertThat(clusterClass.getSpec().displayName()).isEqualTo("test-service");
    assertThat(clusterClass.isRemovedFromBrokerCatalog()).isFalse();

    ServicePlanResource plan =
        (ServicePlanResource) Fixtures.catalogObject("serviceplan-user-provided-service-premium-namespaced.json");
    assertThat(plan.brokerName()).isEqualTo("ns-ups-broker");
    assertThat(plan.className()).isNotBlank();
    assertThat(plan.getSpec().getFree()).isFalse();
    ServicePlanResource schemas =
        (ServicePlanResource) Fixtures.catalogObject("clusterserviceplan-test-service-with-schemas-default.json");
    assertThat(schemas.getSpec().getInstanceCreateParameterSchema().path("properties").has("param-1")).isTrue();
  }

  @Test
  @DisplayName("OSB metadata becomes typed display fields while the raw tree stays untouched")
  void displayMetadata() throws Exception {
    ClusterServiceClassSpec classSpec = new ClusterServiceClassSpec();
    classSpec.setExternalName("cloudamqp");
    classSpec.setExternalMetadata(TREES.readTree("""
        {"displayName":"CloudAMQP","imageUrl":"https://example.com/icon.png","longDescription":"Managed RabbitMQ",
         "providerDisplayName":"84codes AB","documentationUrl":"https://docs","supportUrl":"https://support",
         "listing":{"blurb":"kept"}}"""));
    ServiceClassDisplay display = classSpec.display();
    assertThat(display.displayName()).contains("CloudAMQP");
    assertThat(display.imageUrl()).contains("https://example.com/icon.png");
    assertThat(display.providerDisplayName()).contains("84codes AB");
    assertThat(display.longDescription()).contains("Managed RabbitMQ");
    assertThat(display.documentationUrl()).contains("https://docs");
    assertThat(display.supportUrl()).contains("https://support");
    assertThat(classSpec.displayName()).isEqualTo("CloudAMQP");
    assertThat(classSpec.getExternalMetadata().path("listing").path("blurb").asText()).isEqualTo("kept");

    ClusterServicePlanSpec planSpec = new ClusterServicePlanSpec();
    planSpec.setExternalName("bunny");
    planSpec.setExternalMetadata(TREES.readTree("""
        {"bullets":["20 GB of messages","20 connections", 7],
         "costs":[{"amount":{"usd":99.0,"eur":49},"unit":"MONTHLY"},{"amount":{"usd":0.99},"unit":"1GB over 20GB"},
                  {"unit":"broken"}],
         "displayName":"Big Bunny"}"""));
    ServicePlanDisplay plan = planSpec.display();
    assertThat(plan.displayName()).contains("Big Bunny");
    assertThat(plan.bullets()).containsExactly("20 GB of messages", "20 connections");
    assertThat(plan.costs()).hasSize(2);
    assertThat(plan.costs().get(0).amounts()).containsExactly(
        Map.entry("usd", new BigDecimal("99.0")), Map.entry("eur", new BigDecimal("49")));
    assertThat(plan.costs().get(0).unit()).isEqualTo("MONTHLY");

    ClusterServicePlanSpec bare = new ClusterServicePlanSpec();
    bare.setExternalName("default");
    assertThat(bare.displayName()).isEqualTo("default");
    assertThat(bare.display().bullets()).isEmpty();
    assertThat(ServiceClassDisplay.of(TREES.readTree("[1]")).displayName()).isEmpty();
  }

  @Test
  @DisplayName("equal JSON gives equal objects, and an unknown field makes them differ")
  void equality() {
    ServiceInstance a = (ServiceInstance) Fixtures.catalogObject("serviceinstance-update-failed-400.json");
    ServiceInstance b = (ServiceInstance) Fixtures.catalogObject("serviceinstance-update-failed-400.json");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    b.getStatus().setAdditionalProperty("newField", List.of(1));
    assertThat(a).isNotEqualTo(b);
    b.getStatus().getAdditionalProperties().clear();
    b.setAdditionalProperty("topLevel", "x");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  @DisplayName("an instance tells whether it names a cluster or a namespaced class, and whether it is being deleted")
  void instanceHelpers() {
    ServiceInstance cluster = (ServiceInstance) Fixtures.catalogObject("serviceinstance-async-provision-ready.json");
    ServiceInstance namespaced =
        (ServiceInstance) Fixtures.catalogObject("serviceinstance-ready-namespaced-serviceclass.json");
    ServiceInstance deleting =
        (ServiceInstance) Fixtures.catalogObject("serviceinstance-deleting-deprovision-fail500-retrying.json");
    assertThat(cluster.getSpec().refersToClusterClass()).isTrue();
    assertThat(namespaced.getSpec().refersToClusterClass()).isFalse();
    assertThat(cluster.isMarkedForDeletion()).isFalse();
    assertThat(deleting.isMarkedForDeletion()).isTrue();
    assertThat(deleting.getMetadata().getFinalizers()).containsExactly(ServiceCatalogKind.FINALIZER);
  }

  @Test
  @DisplayName("condition times parse as instants; malformed ones are empty")
  void conditionTimes() {
    ServiceCatalogCondition condition = new ServiceCatalogCondition("Ready", "True", "2026-11-22T23:34:24Z", "r", "m");
    assertThat(condition.lastTransitionInstant()).isPresent();
    assertThat(condition.isTrue("Ready")).isTrue();
    condition.setLastTransitionTime("yesterday");
    assertThat(condition.lastTransitionInstant()).isEmpty();
  }

  @Test
  @DisplayName("toString shows only kind and namespace/name, never metadata annotations or spec parameters")
  void toStringHidesParameters() {
    ServiceInstance instance = new ServiceInstance();
    instance.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("db").withNamespace("team")
        .addToAnnotations("kubectl.kubernetes.io/last-applied-configuration", "{\"spec\":{\"parameters\":{\"password\":\"hunter2\"}}}")
        .build());
    ServiceInstanceSpec spec = new ServiceInstanceSpec();
    instance.setSpec(spec);
    assertThat(instance.toString()).isEqualTo("ServiceInstance team/db").doesNotContain("hunter2");
    ClusterServiceBroker broker = new ClusterServiceBroker();
    broker.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("ups").build());
    assertThat(broker.toString()).isEqualTo("ClusterServiceBroker ups");
  }
}
