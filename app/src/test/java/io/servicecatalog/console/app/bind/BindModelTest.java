package io.servicecatalog.console.app.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.MockCluster;
import io.servicecatalog.console.app.bind.BindModel.PreviewKey;
import io.servicecatalog.console.app.bind.BindModel.TransformKind;
import io.servicecatalog.console.app.bind.BindModel.TransformRow;
import io.servicecatalog.console.model.schema.SchemaFormModel;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BindModelTest {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private static ServiceInstance instance;
  private static List<HasMetadata> bindings;

  @BeforeAll
  static void load() throws IOException {
    instance = JSON.unmarshal(Files.readString(MockCluster.FIXTURES.resolve("serviceinstance-ready-test-service-with-parameters.json")),
        ServiceInstance.class);
    JsonNode list = JSON.unmarshal(Files.readString(MockCluster.FIXTURES.resolve("servicebindings-fixtures-list.json")), JsonNode.class);
    bindings = new ArrayList<>();
    list.get("items").forEach(i -> bindings.add(JSON.convertValue(i, ServiceBinding.class)));
  }

  private static ObjectNode json(String text) {
    return (ObjectNode) JSON.unmarshal(text, JsonNode.class);
  }

  @Test
  @DisplayName("names default to <instance>-binding with the Secret named like the binding, following it until edited")
  void defaultNames() {
    BindModel model = new BindModel(instance, null, bindings);
    assertThat(model.name.get()).isEqualTo(instance.getMetadata().getName() + "-binding");
    assertThat(model.secretName.get()).isEqualTo(model.name.get());
    model.name.set("app-creds");
    assertThat(model.secretName.get()).isEqualTo("app-creds");
    model.secretNameEdited();
    model.secretName.set("my-secret");
    model.name.set("other");
    assertThat(model.secretName.get()).isEqualTo("my-secret");
    assertThat(model.valid()).isTrue();
  }

  @Test
  @DisplayName("a name taken by a binding, a Secret another binding writes, an existing Secret and a bad name are refused")
  void nameChecks() {
    BindModel model = new BindModel(instance, null, bindings);
    model.name.set("test-binding");
    assertThat(model.checkName().valid()).isFalse();
    assertThat(model.checkName().message()).contains("already exists");
    assertThat(model.checkSecretName().message()).contains("test-binding");
    model.name.set("Bad_Name");
    assertThat(model.checkName().message()).containsIgnoringCase("uppercase");
    model.name.set("fresh");
    assertThat(model.valid()).isTrue();
    model.secretExists.set(true);
    assertThat(model.checkSecretName().message()).contains("already exists").contains("not overwrite");
    assertThat(model.valid()).isFalse();
  }

  @Test
  @DisplayName("the default name skips names already taken in the namespace")
  void defaultSkipsTaken() {
    ServiceInstance test = JSON.clone(instance);
    test.getMetadata().setName("test");
    List<HasMetadata> taken = new ArrayList<>(bindings);
    ServiceBinding existing = JSON.clone((ServiceBinding) bindings.get(0));
    existing.getMetadata().setName("test-binding-2");
    taken.add(existing);
    assertThat(new BindModel(test, null, taken).name.get()).isEqualTo("test-binding-3");
  }

  @Test
  @DisplayName("transform rows become v1beta1 secretTransforms; incomplete rows say what is missing")
  void transforms() {
    BindModel model = new BindModel(instance, null, bindings);
    model.transforms.addAll(new TransformRow(TransformKind.RENAME, "uri", "DATABASE_URL"),
        new TransformRow(TransformKind.ADD_JSONPATH, "HOST", "{.hosts[0]}"),
        new TransformRow(TransformKind.ADD_VALUE, "MODE", "rw"),
        new TransformRow(TransformKind.ADD_FROM_SECRET, "shared-ca", ""),
        new TransformRow(TransformKind.REMOVE, "password", ""));
    assertThat(model.transformProblems()).allMatch(String::isEmpty);
    ServiceBinding binding = model.binding();
    assertThat(binding.getSpec().getInstanceRef().getName()).isEqualTo(instance.getMetadata().getName());
    assertThat(binding.getSpec().getSecretName()).isEqualTo(model.name.get());
    var t = binding.getSpec().getSecretTransforms();
    assertThat(t).hasSize(5);
    assertThat(t.get(0).getRenameKey().getTo()).isEqualTo("DATABASE_URL");
    assertThat(t.get(1).getAddKey().getJsonPathExpression()).isEqualTo("{.hosts[0]}");
    assertThat(t.get(2).getAddKey().getStringValue()).isEqualTo("rw");
    assertThat(t.get(3).getAddKeysFrom().getSecretRef().getName()).isEqualTo("shared-ca");
    assertThat(t.get(4).getRemoveKey().getKey()).isEqualTo("password");

    model.transforms.setAll(new TransformRow(TransformKind.RENAME, "uri", ""), new TransformRow(TransformKind.ADD_JSONPATH, "K", "{.a[?(@.x)]}"),
        new TransformRow(TransformKind.ADD_VALUE, "bad key", "v"));
    assertThat(model.transformProblems()).satisfiesExactly(
        p -> assertThat(p).contains("new name"),
        p -> assertThat(p).contains("not supported"),
        p -> assertThat(p).contains("not a valid Secret key"));
    assertThat(model.valid()).isFalse();
  }

  @Test
  @DisplayName("with known credential keys the preview shows the Secret's keys after the transforms, in the controller's order")
  void preview() {
    BindModel model = new BindModel(instance, null, bindings);
    assertThat(model.preview()).isEmpty();
    model.setCredentialKeys(List.of("uri", "username", "password"));
    model.transforms.addAll(new TransformRow(TransformKind.RENAME, "uri", "DATABASE_URL"),
        new TransformRow(TransformKind.REMOVE, "username", ""),
        new TransformRow(TransformKind.ADD_FROM_SECRET, "shared-ca", ""),
        new TransformRow(TransformKind.ADD_VALUE, "", "ignored while incomplete"));
    assertThat(model.preview().orElseThrow()).extracting(PreviewKey::key)
        .containsExactly("password", "DATABASE_URL", "(every key of shared-ca)");
    model.setSecretKeys("shared-ca", List.of("ca.crt"));
    assertThat(model.preview().orElseThrow()).extracting(PreviewKey::key).containsExactly("password", "DATABASE_URL", "ca.crt");
    assertThat(model.preview().orElseThrow().get(2).origin()).contains("shared-ca");
  }

  @Test
  @DisplayName("sensitive binding parameters go to a parameters Secret referenced by parametersFrom, created first")
  void sensitiveParameters() {
    JsonNode schema = json("""
        {"$schema": "http://json-schema.org/draft-04/schema#", "type": "object",
         "properties": {"databaseName": {"type": "string"}, "password": {"type": "string", "format": "password"}}}
        """);
    SchemaFormModel form = SchemaFormModel.build(schema);
    BindModel model = new BindModel(instance, null, bindings);
    model.setParameters(json("{\"databaseName\": \"orders\", \"password\": \"hunter2\"}"), form);
    ServiceBinding binding = model.binding();
    assertThat(binding.getSpec().getParameters()).isEqualTo(json("{\"databaseName\": \"orders\"}"));
    assertThat(binding.getSpec().getParametersFrom()).singleElement().satisfies(f -> {
      assertThat(f.getSecretKeyRef().getName()).isEqualTo(model.name.get() + "-parameters");
      assertThat(f.getSecretKeyRef().getKey()).isEqualTo("parameters");
    });
    List<HasMetadata> objects = model.objects();
    assertThat(objects).hasSize(2);
    assertThat(objects.get(0)).isInstanceOf(Secret.class);
    assertThat(((Secret) objects.get(0)).getStringData().get("parameters")).isEqualTo("{\"password\":\"hunter2\"}");
    assertThat(model.toString()).doesNotContain("hunter2");
  }

  @Test
  @DisplayName("the credential keys of a v0.3.0 plan's response schema are known before binding")
  void responseSchemaKeys() {
    ClusterServicePlan plan = new ClusterServicePlan();
    plan.setSpec(new io.servicecatalog.console.model.v1beta1.ClusterServicePlanSpec());
    plan.getSpec().setServiceBindingCreateResponseSchema(json(
        "{\"type\": \"object\", \"properties\": {\"credentials\": {\"type\": \"object\", \"properties\": {\"host\": {}, \"port\": {}}}}}"));
    BindModel model = new BindModel(instance, plan, bindings);
    assertThat(model.credentialKeys()).contains(List.of("host", "port"));
  }
}
