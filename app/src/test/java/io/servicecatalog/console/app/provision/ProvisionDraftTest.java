package io.servicecatalog.console.app.provision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.wizard.Drafts;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A provision draft keeps what was typed except secrets, and restores what still fits. */
class ProvisionDraftTest {

  private static final KubernetesSerialization K8S = new KubernetesSerialization();
  private static final String DB_SCHEMA = """
      {"type": "object", "properties": {"storageGb": {"type": "integer"},
        "adminPassword": {"type": "string", "format": "password"}, "region": {"type": "string"}}}""";

  private final List<HasMetadata> classes = new ArrayList<>();
  private final List<HasMetadata> plans = new ArrayList<>();

  private ProvisionModel newModel() {
    return new ProvisionModel(() -> classes, () -> plans, (ns, name) -> false);
  }

  private static ClusterServiceClass clusterClass(String name, String external) {
    return K8S.unmarshal("""
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServiceClass", "metadata": {"name": "%s"},
         "spec": {"clusterServiceBrokerName": "b", "externalName": "%s", "externalID": "%s", "bindable": true}}
        """.formatted(name, external, name), ClusterServiceClass.class);
  }

  private static ClusterServicePlan clusterPlan(String name, String external, String cls) {
    return K8S.unmarshal("""
        {"apiVersion": "servicecatalog.k8s.io/v1beta1", "kind": "ClusterServicePlan", "metadata": {"name": "%s"},
         "spec": {"clusterServiceBrokerName": "b", "externalName": "%s", "externalID": "%s", "free": true,
                  "clusterServiceClassRef": {"name": "%s"}, "instanceCreateParameterSchema": %s}}
        """.formatted(name, external, name, cls, DB_SCHEMA), ClusterServicePlan.class);
  }

  private ProvisionModel filled() {
    classes.add(clusterClass("db-id", "managed-database"));
    plans.add(clusterPlan("db-free", "free", "db-id"));
    plans.add(clusterPlan("db-big", "big", "db-id"));
    ProvisionModel model = newModel();
    model.serviceClassProperty().set((ClusterServiceClass) classes.get(0));
    model.planProperty().set((ClusterServicePlan) plans.get(1));
    model.nameProperty().set("orders-db");
    model.namespaceProperty().set("shop");
    model.labelsProperty().set("team=orders");
    model.secretForSensitiveProperty().set(false);
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    params.put("storageGb", 30).put("adminPassword", "correct-horse").put("region", "eu");
    model.parametersProperty().set(params);
    return model;
  }

  @Test
  @DisplayName("a draft keeps class, plan, name, namespace, labels, parameters and the Secret choice, never a password")
  void keepsAllButSecrets() {
    ProvisionDraft draft = ProvisionDraft.of(filled());
    assertThat(draft.className()).isEqualTo("db-id");
    assertThat(draft.classNamespace()).isNull();
    assertThat(draft.planName()).isEqualTo("db-big");
    assertThat(draft.name()).isEqualTo("orders-db");
    assertThat(draft.labels()).isEqualTo("team=orders");
    assertThat(draft.parameters().toString()).contains("storageGb").contains("eu").doesNotContain("adminPassword")
        .doesNotContain("correct-horse");
    assertThat(draft.secretForSensitive()).isFalse();
    assertThat(draft.secretsLeftOut()).isTrue();
    assertThat(draft.worthKeeping()).isTrue();
  }

  @Test
  @DisplayName("stored through Settings as JSON and read back, the draft restores every value into a new model")
  void roundTripRestores() {
    InMemorySettings settings = new InMemorySettings();
    Drafts drafts = new Drafts(settings, "kind-dev");
    drafts.save(ProvisionWizard.DRAFT_KIND, "", ProvisionDraft.of(filled()));
    assertThat(settings.keys()).singleElement()
        .satisfies(k -> assertThat(settings.get(k).orElseThrow()).contains("orders-db").doesNotContain("correct-horse"));
    ProvisionDraft back = drafts.load(ProvisionWizard.DRAFT_KIND, "", ProvisionDraft.class).orElseThrow().draft();

    ProvisionModel fresh = newModel();
    List<String> missed = back.restoreInto(fresh);
    assertThat(missed).isEmpty();
    assertThat(fresh.serviceClassProperty().get().getMetadata().getName()).isEqualTo("db-id");
    assertThat(fresh.planProperty().get().getMetadata().getName()).isEqualTo("db-big");
    assertThat(fresh.nameProperty().get()).isEqualTo("orders-db");
    assertThat(fresh.namespaceProperty().get()).isEqualTo("shop");
    assertThat(fresh.labelsProperty().get()).isEqualTo("team=orders");
    assertThat(fresh.secretForSensitiveProperty().get()).isFalse();
    assertThat(fresh.parametersProperty().get().get("storageGb").asInt()).isEqualTo(30);
    assertThat(fresh.parametersProperty().get().has("adminPassword")).isFalse();
  }

  @Test
  @DisplayName("a plan gone from the catalog: the rest is restored and the sentence names the plan")
  void planGone() {
    ProvisionDraft draft = ProvisionDraft.of(filled());
    plans.remove(1);
    ProvisionModel fresh = newModel();
    List<String> missed = draft.restoreInto(fresh);
    assertThat(missed).singleElement().asString().contains("db-big").contains("no longer offered");
    assertThat(fresh.serviceClassProperty().get()).isNotNull();
    assertThat(fresh.planProperty().get().getMetadata().getName()).isEqualTo("db-free");
    assertThat(fresh.nameProperty().get()).isEqualTo("orders-db");
    assertThat(fresh.parametersProperty().get()).isEmpty();
  }

  @Test
  @DisplayName("a class gone from the catalog: name, namespace and labels restored, the sentence names the service")
  void classGone() {
    ProvisionDraft draft = ProvisionDraft.of(filled());
    classes.clear();
    ProvisionModel fresh = newModel();
    List<String> missed = draft.restoreInto(fresh);
    assertThat(missed).singleElement().asString().contains("db-id");
    assertThat(fresh.serviceClassProperty().get()).isNull();
    assertThat(fresh.nameProperty().get()).isEqualTo("orders-db");
    assertThat(fresh.namespaceProperty().get()).isEqualTo("shop");
  }

  @Test
  @DisplayName("a wizard closed before anything was typed leaves no draft worth keeping")
  void nothingTyped() {
    assertThat(ProvisionDraft.of(newModel()).worthKeeping()).isFalse();
  }
}
