package io.servicecatalog.console.app.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProvisionModelTest {

  private static final KubernetesSerialization K8S = new KubernetesSerialization();
  private static final String DB_SCHEMA = """
      {"type": "object", "required": ["storageGb", "adminPassword"],
       "properties": {"storageGb": {"type": "integer", "default": 20, "multipleOf": 10},
                      "adminPassword": {"type": "string", "format": "password"},
                      "region": {"type": "string"}}}""";

  private final List<HasMetadata> classes = new ArrayList<>();
  private final List<HasMetadata> plans = new ArrayList<>();
  private final Set<String> existing = new java.util.HashSet<>();
  private final ProvisionModel model = new ProvisionModel(() -> classes, () -> plans,
      (ns, name) -> existing.contains(ns + "/" + name));

  private static ClusterServiceClass clusterClass(String name, String external, boolean bindable) {
    return K8S.unmarshal("""
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServiceClass", "metadata": {"name": "%s"},
         "spec": {"clusterServiceBrokerName": "b", "externalName": "%s", "externalID": "%s", "bindable": %s}}
        """.formatted(name, external, name, bindable), ClusterServiceClass.class);
  }

  private static ClusterServicePlan clusterPlan(String name, String external, String cls, boolean free, String schema) {
    return K8S.unmarshal("""
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServicePlan", "metadata": {"name": "%s"},
         "spec": {"clusterServiceBrokerName": "b", "externalName": "%s", "externalID": "%s", "free": %s,
                  "clusterServiceClassRef": {"name": "%s"}%s}}
        """.formatted(name, external, name, free, cls, schema == null ? "" : ", \"instanceCreateParameterSchema\": " + schema),
        ClusterServicePlan.class);
  }

  private void database() {
    classes.add(clusterClass("db-id", "managed-database", true));
    plans.add(clusterPlan("db-premium", "premium", "db-id", false, DB_SCHEMA));
    plans.add(clusterPlan("db-free", "free", "db-id", true, DB_SCHEMA));
    plans.add(clusterPlan("other-plan", "free", "other-class", true, null));
  }

  @Test
  @DisplayName("a class's plans are its own, free first; the default is the only plan, else 'default', else the first free")
  void plansAndDefault() {
    database();
    ClusterServiceClass db = (ClusterServiceClass) classes.get(0);
    assertThat(model.plansOf(db)).extracting(p -> p.getMetadata().getName()).containsExactly("db-free", "db-premium");
    assertThat(model.defaultPlan(db).orElseThrow().getMetadata().getName()).isEqualTo("db-free");
    plans.add(clusterPlan("db-default", "default", "db-id", false, null));
    assertThat(model.defaultPlan(db).orElseThrow().getMetadata().getName()).isEqualTo("db-default");
    model.serviceClassProperty().set(db);
    assertThat(model.planProperty().get().getMetadata().getName()).isEqualTo("db-default");
    assertThat(model.bindable()).isTrue();
  }

  @Test
  @DisplayName("the name is checked as DNS-1123 and against existing instances in the namespace; a free name is suggested")
  void nameChecks() {
    database();
    model.serviceClassProperty().set((ClusterServiceClass) classes.get(0));
    model.namespaceProperty().set("demo");
    existing.add("demo/managed-database");
    existing.add("demo/managed-database-2");
    assertThat(model.suggestName()).isEqualTo("managed-database-3");
    model.nameProperty().set("Bad_Name");
    assertThat(model.nameProblem()).get().asString().isNotBlank();
    model.nameProperty().set("managed-database");
    assertThat(model.nameProblem()).get().asString().contains("already exists").contains("demo");
    model.namespaceProperty().set("team-a");
    assertThat(model.nameProblem()).isEmpty();
    assertThat(model.instanceValid()).isTrue();
  }

  @Test
  @DisplayName("a namespace not in the list is refused unless the user may create namespaces, then it is created first")
  void namespaces() {
    model.namespaces().setAll("default", "demo");
    model.namespaceProperty().set("new-team");
    assertThat(model.namespaceProblem()).get().asString().contains("new-team");
    assertThat(model.createsNamespace()).isFalse();
    model.mayCreateNamespaceProperty().set(true);
    assertThat(model.namespaceProblem()).isEmpty();
    assertThat(model.createsNamespace()).isTrue();
    model.namespaceProperty().set("demo");
    assertThat(model.createsNamespace()).isFalse();
    model.namespaceProperty().set("Not OK");
    assertThat(model.namespaceProblem()).isPresent();
  }

  @Test
  @DisplayName("sensitive parameters go into a parametersFrom Secret by default, inline when the user says so")
  void sensitiveSplit() {
    database();
    model.serviceClassProperty().set((ClusterServiceClass) classes.get(0));
    model.nameProperty().set("orders-db");
    model.namespaceProperty().set("demo");
    model.labelsProperty().set("app=orders, team=payments");
    ObjectNode params = JsonNodeFactory.instance.objectNode().put("storageGb", 30).put("adminPassword", "s3cret-enough!");
    model.parametersProperty().set(params);

    List<HasMetadata> objects = model.objects();
    assertThat(objects).hasSize(2);
    Secret secret = (Secret) objects.get(0);
    ServiceInstance instance = (ServiceInstance) objects.get(1);
    assertThat(secret.getMetadata().getName()).isEqualTo("orders-db-parameters");
    assertThat(secret.getMetadata().getNamespace()).isEqualTo("demo");
    assertThat(secret.getStringData()).containsEntry("parameters", "{\"adminPassword\":\"s3cret-enough!\"}");
    assertThat(instance.getMetadata().getLabels()).containsExactly(Map.entry("app", "orders"), Map.entry("team", "payments"));
    assertThat(instance.getSpec().getClusterServiceClassExternalName()).isEqualTo("managed-database");
    assertThat(instance.getSpec().getClusterServicePlanExternalName()).isEqualTo("free");
    assertThat(instance.getSpec().getParameters().toString()).isEqualTo("{\"storageGb\":30}");
    assertThat(instance.getSpec().getParametersFrom()).singleElement().satisfies(f -> {
      assertThat(f.getSecretKeyRef().getName()).isEqualTo("orders-db-parameters");
      assertThat(f.getSecretKeyRef().getKey()).isEqualTo(ProvisionModel.SECRET_KEY);
    });
    assertThat(model.sensitiveKeys()).containsExactly("adminPassword");

    model.secretForSensitiveProperty().set(false);
    assertThat(model.objects()).singleElement().isInstanceOf(ServiceInstance.class);
    assertThat(model.instance().getSpec().getParametersFrom()).isNull();
    assertThat(model.instance().getSpec().getParameters().get("adminPassword").asText()).isEqualTo("s3cret-enough!");
  }

  @Test
  @DisplayName("Kubernetes names are used when another class shares the external name; namespaced classes fix the namespace")
  void referencesAndScope() {
    database();
    classes.add(clusterClass("db-id-2", "managed-database", true));
    model.serviceClassProperty().set((ClusterServiceClass) classes.get(0));
    model.nameProperty().set("x");
    model.namespaceProperty().set("demo");
    ServiceInstance instance = model.instance();
    assertThat(instance.getSpec().getClusterServiceClassName()).isEqualTo("db-id");
    assertThat(instance.getSpec().getClusterServicePlanName()).isEqualTo("db-free");
    assertThat(instance.getSpec().getClusterServiceClassExternalName()).isNull();

    ServiceClass search = K8S.unmarshal("""
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ServiceClass", "metadata": {"name": "search-id", "namespace": "team-a"},
         "spec": {"serviceBrokerName": "team-a-broker", "externalName": "search", "externalID": "search-id"}}
        """, ServiceClass.class);
    ServicePlan basic = K8S.unmarshal("""
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ServicePlan", "metadata": {"name": "basic-id", "namespace": "team-a"},
         "spec": {"serviceBrokerName": "team-a-broker", "externalName": "basic", "externalID": "basic-id",
                  "serviceClassRef": {"name": "search-id"}}}
        """, ServicePlan.class);
    classes.add(search);
    plans.add(basic);
    model.serviceClassProperty().set(search);
    assertThat(model.namespaceProperty().get()).isEqualTo("team-a");
    assertThat(model.planProperty().get()).isSameAs(basic);
    assertThat(model.instance().getSpec().getServiceClassExternalName()).isEqualTo("search");
    assertThat(model.instance().getSpec().getServicePlanExternalName()).isEqualTo("basic");
    assertThat(model.bindable()).isFalse();
  }

  @Test
  @DisplayName("raw parameters must be a JSON object; the sentence says what is wrong")
  void rawParameters() {
    assertThat(ProvisionModel.parseRawParameters("  ")).isEmpty();
    assertThat(ProvisionModel.parseRawParameters("{\"a\": 1}").get("a").asInt()).isEqualTo(1);
    assertThatThrownBy(() -> ProvisionModel.parseRawParameters("[1]")).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> ProvisionModel.parseRawParameters("{\"a\": ")).hasMessageContaining("line 1");
  }

  static Stream<Arguments> labelCases() {
    long seed = 20261123L;
    Random random = new Random(seed);
    String good = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    String inner = good + "-_.";
    String bad = " !@#$%^&*()+=[]{};:'\"<>?\\|~`";
    return IntStream.range(0, 40).mapToObj(i -> {
      StringBuilder key = new StringBuilder().append(good.charAt(random.nextInt(good.length())));
      int len = random.nextInt(20);
      for (int j = 0; j < len; j++) {
        key.append(inner.charAt(random.nextInt(inner.length())));
      }
      key.append(good.charAt(random.nextInt(good.length())));
      boolean broken = random.nextBoolean();
      String value = key.toString();
      if (broken) {
        int at = 1 + random.nextInt(value.length() - 1);
        value = value.substring(0, at) + bad.charAt(random.nextInt(bad.length())) + value.substring(at);
      }
      return Arguments.of("seed " + seed + " #" + i, key.toString(), value, !broken);
    });
  }

  @ParameterizedTest(name = "{0}: {1}={2} valid={3}")
  @MethodSource("labelCases")
  @DisplayName("labels follow the Kubernetes rules for keys and values")
  void labels(String name, String key, String value, boolean valid) {
    String text = key + "=" + value;
    if (valid) {
      assertThat(ProvisionModel.parseLabels(text)).containsExactly(Map.entry(key, value));
    } else {
      assertThatThrownBy(() -> ProvisionModel.parseLabels(text)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(key);
    }
  }

  @Test
  @DisplayName("label lists: prefixes, empty values, commas and new lines; a pair without '=' or a duplicate is named")
  void labelLists() {
    assertThat(ProvisionModel.parseLabels("example.com/tier=gold,\nempty=, a=b")).containsExactly(
        Map.entry("example.com/tier", "gold"), Map.entry("empty", ""), Map.entry("a", "b"));
    assertThatThrownBy(() -> ProvisionModel.parseLabels("oops")).hasMessageContaining("oops");
    assertThatThrownBy(() -> ProvisionModel.parseLabels("a=1, a=2")).hasMessageContaining("twice");
    assertThatThrownBy(() -> ProvisionModel.parseLabels("Bad_Prefix!/x=1")).hasMessageContaining("prefix");
  }
}
