package io.servicecatalog.console.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.MockCluster;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactSerializationTest {

  private final KubernetesSerialization compact = CompactSerialization.create();
  private final KubernetesSerialization plain = new KubernetesSerialization();

  @Test
  void readsControllerWrittenObjectsExactlyAsFabric8Does() throws Exception {
    for (String fixture : List.of("clusterserviceplans-list.json", "clusterserviceclasses-list.json",
        "clusterservicebrokers-list.json", "serviceinstances-fixtures-list.json",
        "servicebindings-fixtures-list.json", "serviceplans-fixtures-ns-ups-broker-list.json")) {
      String json = Files.readString(MockCluster.FIXTURES.resolve(fixture));
      KubernetesResourceList<?> ours = compact.unmarshal(json);
      KubernetesResourceList<?> theirs = plain.unmarshal(json);
      assertThat(ours.getItems()).as(fixture).isNotEmpty().isEqualTo(theirs.getItems());
      // What is written back is the same too.
      assertThat(compact.asJson(ours)).as(fixture).isEqualTo(plain.asJson(theirs));
    }
  }

  @Test
  void repeatedValuesAreOneInstance() throws Exception {
    String json = Files.readString(MockCluster.FIXTURES.resolve("clusterserviceplans-list.json"));
    KubernetesResourceList<?> list = compact.unmarshal(json);
    List<ClusterServicePlan> plans = list.getItems().stream().map(ClusterServicePlan.class::cast).toList();
    ClusterServicePlan a = plans.get(0);
    ClusterServicePlan b = plans.stream().filter(p -> p != a && p.getSpec().getClusterServiceBrokerName()
        .equals(a.getSpec().getClusterServiceBrokerName())).findFirst().orElseThrow();
    // Bean fields, owner references and label values.
    assertThat(b.getSpec().getClusterServiceBrokerName()).isSameAs(a.getSpec().getClusterServiceBrokerName());
    assertThat(b.getMetadata().getOwnerReferences().get(0).getApiVersion())
        .isSameAs(a.getMetadata().getOwnerReferences().get(0).getApiVersion());
    String label = "servicecatalog.k8s.io/spec.clusterServiceBrokerName";
    assertThat(b.getMetadata().getLabels().get(label)).isSameAs(a.getMetadata().getLabels().get(label));
  }

  @Test
  void textInJsonTreesIsShared() {
    String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}}}";
    JsonNode tree = compact.unmarshal(schema, JsonNode.class);
    assertThat(tree.at("/properties/a/type").textValue()).isEqualTo("string")
        .isSameAs(tree.at("/properties/b/type").textValue());
  }

  @Test
  void scalarsStillBecomeStringsWhereAStringIsExpected() {
    // Jackson's coercions are kept: a number where the model has a string is read as its text.
    ServiceInstance instance = compact.unmarshal(
        "{\"apiVersion\":\"servicecatalog.k8s.io/v1beta1\",\"kind\":\"ServiceInstance\","
            + "\"metadata\":{\"name\":\"db\",\"resourceVersion\":42},\"spec\":{\"clusterServicePlanExternalName\":7}}",
        ServiceInstance.class);
    assertThat(instance.getMetadata().getResourceVersion()).isEqualTo("42");
    assertThat(instance.getSpec().getClusterServicePlanExternalName()).isEqualTo("7");
  }
}
