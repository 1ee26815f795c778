package io.servicecatalog.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Table;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in shared/reference/fixtures (objects written by the real v0.3.1 controller, kubectl Lists and the API
 * server's typed lists) is read into its model class and written back; the JSON tree must be unchanged.
 */
class FixtureRoundTripTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final Set<ServiceCatalogKind> SEEN = EnumSet.noneOf(ServiceCatalogKind.class);

  static Stream<String> fixtureFiles() {
    return Fixtures.jsonFiles().stream();
  }

  @Test
  @DisplayName("the fixture directory holds the files INDEX.md lists")
  void fixturesArePresent() {
    assertThat(Fixtures.jsonFiles()).hasSizeGreaterThanOrEqualTo(76)
        .contains("serviceinstance-failed-provision-400.json", "clusterservicebrokers-list-raw-apiserver.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureFiles")
  @DisplayName("read → write → read keeps the JSON tree of every object in the fixture")
  void roundTripsEveryObject(String file) throws Exception {
    JsonNode root = Fixtures.tree(file);
    String listKind = root.path("kind").asText();
    List<JsonNode> objects = Fixtures.objects(file);
    assertThat(objects).isNotEmpty();
    for (JsonNode item : objects) {
      Class<? extends KubernetesResource> type = modelClass(item, listKind);
      JsonNode original = ServiceCatalogKind.API_VERSION.equals(item.path("apiVersion").asText())
          ? item : normalisedForFabric8(item, root);
      assertThat(type).as("model class for %s in %s", original.path("kind"), file).isNotNull();
      KubernetesResource read = SERIALIZATION.unmarshal(original.toString(), type);
      assertThat(read).isInstanceOf(type);
      String written = SERIALIZATION.asJson(read);
      JsonNode rewritten = TREES.readTree(written);
      assertThat(rewritten).as("%s: %s", file, original.path("metadata").path("name")).isEqualTo(original);
      KubernetesResource again = SERIALIZATION.unmarshal(written, type);
      assertThat(again).isEqualTo(read);
      ServiceCatalogKind.fromKind(original.path("kind").asText()).ifPresent(SEEN::add);
    }
  }

  @Test
  @DisplayName("fabric8 picks the model class by apiVersion and kind, without being told the class")
  void fabric8FindsTheModelClasses() {
    Object read = SERIALIZATION.unmarshal(Fixtures.text("serviceinstance-failed-provision-400.json"));
    assertThat(read).isInstanceOf(io.servicecatalog.console.model.v1beta1.ServiceInstance.class);
    Object list = SERIALIZATION.unmarshal(Fixtures.text("clusterservicebrokers-list.json"));
    assertThat(list).isInstanceOf(io.fabric8.kubernetes.api.model.KubernetesList.class);
    assertThat(((io.fabric8.kubernetes.api.model.KubernetesList) list).getItems())
        .allMatch(io.servicecatalog.console.model.v1beta1.ClusterServiceBroker.class::isInstance).hasSize(5);
  }

  @AfterAll
  static void everyKindWasCovered() {
    assertThat(SEEN).as("kinds found in the fixtures").containsExactlyInAnyOrder(ServiceCatalogKind.values());
  }

  /**
   * The class for one object: the catalog model for servicecatalog kinds; fabric8's own model for the other
   * Kubernetes kinds the fixtures hold (Secret, Event, CustomResourceDefinition v1 and v1beta1, APIGroup,
   * APIResourceList, Table). Items of the raw v1beta1 CRD list carry no kind, so the list kind decides.
   */
  private static Class<? extends KubernetesResource> modelClass(JsonNode object, String listKind) {
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    if (ServiceCatalogKind.API_VERSION.equals(apiVersion)) {
      return ServiceCatalogKind.fromKind(kind).map(ServiceCatalogKind::resourceClass).orElse(null);
    }
    if (kind.isEmpty() && "CustomResourceDefinitionList".equals(listKind)) {
      return io.fabric8.kubernetes.api.model.apiextensions.v1beta1.CustomResourceDefinition.class;
    }
    return switch (apiVersion + " " + kind) {
      case "v1 Secret" -> Secret.class;
      case "v1 Event" -> Event.class;
      case "apiextensions.k8s.io/v1 CustomResourceDefinition" ->
          io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition.class;
      case "apiextensions.k8s.io/v1beta1 CustomResourceDefinition" ->
          io.fabric8.kubernetes.api.model.apiextensions.v1beta1.CustomResourceDefinition.class;
      case "v1 APIGroup" -> APIGroup.class;
      case "v1 APIResourceList" -> APIResourceList.class;
      case "meta.k8s.io/v1 Table" -> Table.class;
      default -> null;
    };
  }

  static Stream<String> catalogFixtureFiles() {
    return Fixtures.jsonFiles().stream().filter(f -> Fixtures.objects(f).stream()
        .anyMatch(o -> ServiceCatalogKind.API_VERSION.equals(o.path("apiVersion").asText())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogFixtureFiles")
  @DisplayName("fields the model does not know are kept at every level of every catalog object, nulls included")
  void keepsUnknownFieldsEverywhere(String file) throws Exception {
    int checked = 0;
    for (JsonNode item : Fixtures.objects(file)) {
      var kind = ServiceCatalogKind.fromKind(item.path("kind").asText());
      if (kind.isEmpty() || !ServiceCatalogKind.API_VERSION.equals(item.path("apiVersion").asText())) {
        continue;
      }
      JsonNode extended = item.deepCopy();
      addUnknownFields(extended);
      Object read = SERIALIZATION.unmarshal(extended.toString(), kind.get().resourceClass());
      assertThat(read).isInstanceOf(kind.get().resourceClass());
      assertThat(TREES.readTree(SERIALIZATION.asJson(read))).isEqualTo(extended);
      checked++;
    }
    assertThat(checked).isPositive();
  }

  /**
   * Puts a future-looking object field and an explicit null into every JSON object of the tree, except the
   * string-to-string maps (labels, annotations, userInfo.extra) where such values would not be valid.
   */
  private static void addUnknownFields(JsonNode node) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (!Set.of("labels", "annotations", "extra").contains(e.getKey())) {
          addUnknownFields(e.getValue());
        }
      });
      ObjectNode object = (ObjectNode) node;
      object.putObject("futureField").put("text", "kept").putArray("list").add(1).addNull().add(0.75);
      object.putNull("futureNull");
    } else if (node.isArray()) {
      node.forEach(FixtureRoundTripTest::addUnknownFields);
    }
  }

  /**
   * For kinds owned by fabric8's model (not servicecatalog objects): fabric8 drops explicit JSON nulls
   * ({@code eventTime: null} on Events, {@code object: null} in Table rows), and items of the raw v1beta1
   * CustomResourceDefinitionList have no apiVersion/kind, which fabric8 fills in. Those two differences are
   * fabric8's behaviour, not this model's, so they are normalised away before comparing.
   */
  private static JsonNode normalisedForFabric8(JsonNode item, JsonNode root) {
    ObjectNode copy = (ObjectNode) withoutNulls(item.deepCopy());
    if (!copy.has("kind") && "CustomResourceDefinitionList".equals(root.path("kind").asText())) {
      copy.put("apiVersion", root.path("apiVersion").asText());
      copy.put("kind", "CustomResourceDefinition");
    }
    return copy;
  }

  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      List<String> nullFields = new ArrayList<>();
      node.fields().forEachRemaining(e -> {
        if (e.getValue().isNull()) {
          nullFields.add(e.getKey());
        } else {
          withoutNulls(e.getValue());
        }
      });
      ((ObjectNode) node).remove(nullFields);
    } else if (node.isArray()) {
      node.forEach(FixtureRoundTripTest::withoutNulls);
    }
    return node;
  }
}
