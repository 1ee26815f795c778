package io.servicecatalog.console.model.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.servicecatalog.console.model.Fixtures;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.crd.ServiceCatalogCrds.ApiExtensionsVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@EnableKubernetesMockClient(crud = true, https = false)
class ServiceCatalogCrdsTest {

  static KubernetesClient client;

  @ParameterizedTest(name = "{0}.{1} → {2}")
  @CsvSource({
      "1, 16, V1BETA1", "1, 21, V1BETA1", "1, 21+, V1BETA1", "1, 22, V1", "1, 22+, V1", "1, 33, V1", "2, 0, V1",
      "1, '', V1", "'', '', V1", "1, abc, V1"})
  @DisplayName("the API server version picks the apiextensions version (v1beta1 up to 1.21)")
  void choosesByVersion(String major, String minor, ApiExtensionsVersion expected) {
    assertThat(ServiceCatalogCrds.apiExtensionsVersionFor(major, minor)).isEqualTo(expected);
    List<HasMetadata> crds = ServiceCatalogCrds.forServerVersion(major, minor);
    assertThat(crds).hasSize(8).allMatch(c -> c.getApiVersion().equals(expected.apiVersion()));
  }

  @Test
  @DisplayName("the v1 CRDs match the eight kinds: names, scope, status subresource and printer columns")
  void v1MatchesKinds() {
    List<CustomResourceDefinition> crds = ServiceCatalogCrds.v1();
    assertThat(crds).extracting(c -> c.getMetadata().getName())
        .containsExactly(List.of(ServiceCatalogKind.values()).stream().map(ServiceCatalogKind::crdName)
            .toArray(String[]::new));
    for (int i = 0; i < crds.size(); i++) {
      ServiceCatalogKind kind = ServiceCatalogKind.values()[i];
      CustomResourceDefinition crd = crds.get(i);
      assertThat(crd.getSpec().getGroup()).isEqualTo(ServiceCatalogKind.GROUP);
      assertThat(crd.getSpec().getNames().getKind()).isEqualTo(kind.kind());
      assertThat(crd.getSpec().getNames().getPlural()).isEqualTo(kind.plural());
      assertThat(crd.getSpec().getScope()).isEqualTo(kind.namespaced() ? "Namespaced" : "Cluster");
      CustomResourceDefinitionVersion version = crd.getSpec().getVersions().get(0);
      assertThat(version.getName()).isEqualTo(ServiceCatalogKind.VERSION);
      assertThat(version.getSubresources().getStatus()).isNotNull();
    }
  }

  @Test
  @DisplayName("the v1beta1 CRDs match the eight kinds too")
  void v1beta1MatchesKinds() {
    var crds = ServiceCatalogCrds.v1beta1();
    assertThat(crds).hasSize(8);
    for (int i = 0; i < crds.size(); i++) {
      ServiceCatalogKind kind = ServiceCatalogKind.values()[i];
      assertThat(crds.get(i).getSpec().getNames().getKind()).isEqualTo(kind.kind());
      assertThat(crds.get(i).getSpec().getVersion()).isEqualTo(ServiceCatalogKind.VERSION);
      assertThat(crds.get(i).getSpec().getScope()).isEqualTo(kind.namespaced() ? "Namespaced" : "Cluster");
      assertThat(crds.get(i).getSpec().getSubresources().getStatus()).isNotNull();
    }
  }

  @Test
  @DisplayName("printer columns equal those of the CRDs the real API server served")
  void printerColumnsMatchTheRealServer() {
    Map<String, List<String>> served = new java.util.HashMap<>();
    for (JsonNode item : Fixtures.objects("crds-servicecatalog-list.json")) {
      List<String> columns = new ArrayList<>();
      item.path("spec").path("versions").get(0).path("additionalPrinterColumns")
          .forEach(c -> columns.add(c.path("name").asText() + "=" + c.path("jsonPath").asText()));
      served.put(item.path("metadata").path("name").asText(), columns);
    }
    Map<String, List<String>> ours = ServiceCatalogCrds.v1().stream().collect(Collectors.toMap(
        c -> c.getMetadata().getName(),
        c -> c.getSpec().getVersions().get(0).getAdditionalPrinterColumns().stream()
            .map(col -> col.getName() + "=" + col.getJsonPath()).toList()));
    assertThat(ours).isEqualTo(served);
  }

  @Test
  @DisplayName("the chosen CRDs can be created on an API server and read back")
  void installOnServer() {
    for (HasMetadata crd : ServiceCatalogCrds.forServerVersion("1", "29")) {
      client.resource(crd).create();
    }
    assertThat(client.apiextensions().v1().customResourceDefinitions().list().getItems())
        .extracting(c -> c.getMetadata().getName())
        .containsExactlyInAnyOrder(List.of(ServiceCatalogKind.values()).stream().map(ServiceCatalogKind::crdName)
            .toArray(String[]::new));
  }

  @Test
  @DisplayName("each call gives fresh objects, so a caller's edits do not leak into the next install")
  void freshObjects() {
    ServiceCatalogCrds.v1().get(0).getMetadata().setName("changed");
    assertThat(ServiceCatalogCrds.v1().get(0).getMetadata().getName()).isEqualTo("clusterservicebrokers.servicecatalog.k8s.io");
  }
}
