package io.servicecatalog.console.app.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.MockCluster;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.wizard.Drafts;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A bind draft keeps names, parameters and transforms, never a secret value, and restores into a new model. */
class BindDraftTest {

  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private static ServiceInstance instance;

  @BeforeAll
  static void load() throws IOException {
    instance = JSON.unmarshal(Files.readString(
        MockCluster.FIXTURES.resolve("serviceinstance-ready-test-service-with-parameters.json")), ServiceInstance.class);
  }

  @Test
  @DisplayName("names, Secret name, transforms and plain parameters survive Settings; a password and an added literal do not")
  void roundTrip() {
    BindModel model = new BindModel(instance, null, List.of());
    String suggested = model.name.get();
    assertThat(BindDraft.of(model).worthKeeping(suggested)).isFalse();
    model.name.set("app-creds");
    model.secretNameEdited();
    model.secretName.set("app-secret");
    model.setParameters((ObjectNode) JSON.unmarshal("{\"ttl\": 30, \"password\": \"hunter2-long\"}", JsonNode.class),
        null);
    model.transforms.setAll(new BindModel.TransformRow(BindModel.TransformKind.RENAME, "topic", "TOPIC"),
        new BindModel.TransformRow(BindModel.TransformKind.ADD_VALUE, "API_KEY", "s3cr3t-value"));
    BindDraft draft = BindDraft.of(model);
    assertThat(draft.worthKeeping(suggested)).isTrue();
    assertThat(draft.secretsLeftOut()).isTrue();

    InMemorySettings settings = new InMemorySettings();
    Drafts drafts = new Drafts(settings, "kind-dev");
    drafts.save(BindWizard.DRAFT_KIND, "ns/db", draft);
    String stored = settings.get(settings.keys().iterator().next()).orElseThrow();
    assertThat(stored).contains("app-creds").contains("TOPIC").doesNotContain("hunter2-long")
        .doesNotContain("s3cr3t-value");

    BindModel fresh = new BindModel(instance, null, List.of());
    List<String> missed = drafts.load(BindWizard.DRAFT_KIND, "ns/db", BindDraft.class).orElseThrow().draft()
        .restoreInto(fresh);
    assertThat(fresh.name.get()).isEqualTo("app-creds");
    assertThat(fresh.secretName.get()).isEqualTo("app-secret");
    assertThat(fresh.transforms).hasSize(2);
    assertThat(fresh.transforms.get(0).second.get()).isEqualTo("TOPIC");
    assertThat(fresh.transforms.get(1).first.get()).isEqualTo("API_KEY");
    assertThat(fresh.transforms.get(1).second.get()).isEmpty();
    // No plan, so no binding schema: the parameters cannot be shown again, and the sentence says so.
    assertThat(missed).singleElement().asString().contains("parameters");
  }
}
