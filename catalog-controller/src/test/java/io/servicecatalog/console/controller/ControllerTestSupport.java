package io.servicecatalog.console.controller;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.crd.ServiceCatalogCrds;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ConditionedStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Shared set-up for tests against fabric8's mock API server: CRDs with status subresources, short intervals. */
final class ControllerTestSupport {

  static final ObjectMapper JSON = new ObjectMapper();

  private ControllerTestSupport() {
  }

  private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  static void installCrds(KubernetesClient client) {
    MOCK_LOG.setLevel(java.util.logging.Level.parse(System.getProperty("mock.log", "WARNING")));
    for (HasMetadata crd : ServiceCatalogCrds.forServerVersion("1", "22")) {
      if (client.resource(crd).get() == null) {
        client.resource(crd).create();
      }
    }
  }

  static ControllerOptions.Builder fastOptions() {
    return ControllerOptions.builder()
        .pollInterval(Duration.ofMillis(100))
        .maxPollInterval(Duration.ofMillis(300))
        .minRetryBackoff(Duration.ofMillis(100))
        .maxRetryBackoff(Duration.ofMillis(800))
        .resyncInterval(Duration.ofMinutes(10))
        .clusterId("test-cluster")
        .workerThreads(3)
        .osbClientFactory(OsbClientFactory.standard(Duration.ofSeconds(2)));
  }

  static void namespace(KubernetesClient client, String name) {
    if (client.namespaces().withName(name).get() == null) {
      client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
          .create();
    }
  }

  static Secret secret(KubernetesClient client, String namespace, String name, Map<String, String> values) {
    namespace(client, namespace);
    return client.secrets().inNamespace(namespace).resource(new SecretBuilder().withNewMetadata().withName(name)
        .withNamespace(namespace).endMetadata().withStringData(values).build()).create();
  }

  static ClusterServiceBroker clusterBroker(String name, String url) {
    ClusterServiceBroker broker = new ClusterServiceBroker();
    broker.getMetadata().setName(name);
    ClusterServiceBrokerSpec spec = new ClusterServiceBrokerSpec();
    spec.setUrl(url);
    broker.setSpec(spec);
    return broker;
  }

  /**
   * Changes an object the way a user would while the controller also writes it: read, change, write, and start over
   * when the write meets a newer version (409).
   */
  static <T extends HasMetadata> T modify(KubernetesClient client, Class<T> type, String namespace, String name,
      java.util.function.Consumer<T> change) {
    return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).ignoreExceptionsMatching(
        e -> e instanceof io.fabric8.kubernetes.client.KubernetesClientException k && k.getCode() == 409)
        .until(() -> {
          T current = namespace == null ? client.resources(type).withName(name).get()
              : client.resources(type).inNamespace(namespace).withName(name).get();
          change.accept(current);
          return client.resource(current).update();
        }, java.util.Objects::nonNull);
  }

  static <T> T awaitValue(Supplier<T> supplier, java.util.function.Predicate<T> condition) {
    return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
        .until(supplier::get, v -> v != null && condition.test(v));
  }

  static ServiceCatalogCondition condition(ConditionedStatus status, String type) {
    if (status == null || status.getConditions() == null) {
      return null;
    }
    return status.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
  }

  static boolean hasCondition(ConditionedStatus status, String type, String conditionStatus, String reason) {
    ServiceCatalogCondition c = condition(status, type);
    return c != null && conditionStatus.equals(c.getStatus()) && reason.equals(c.getReason());
  }

  static JsonNode fixture(String name) {
    Path path = Path.of(System.getProperty("shared.dir", "../testdata"), "reference", "fixtures", name);
    try {
      return JSON.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON paths present in a tree (array elements as {@code []}), without server-owned metadata. */
  static TreeSet<String> paths(JsonNode node) {
    TreeSet<String> out = new TreeSet<>();
    collect(node, "", out);
    out.removeIf(p -> p.startsWith("/metadata/annotations") || p.startsWith("/metadata/managedFields")
        || p.equals("/metadata/resourceVersion") || p.equals("/metadata/uid")
        || p.equals("/metadata/creationTimestamp") || p.startsWith("/metadata/labels/kubectl")
        || p.equals("/metadata/deletionGracePeriodSeconds"));
    return out;
  }

  private static void collect(JsonNode node, String prefix, TreeSet<String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = prefix + "/" + e.getKey();
        out.add(p);
        collect(e.getValue(), p, out);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, prefix + "[]", out);
      }
    }
  }

  static JsonNode tree(Object o) {
    return JSON.valueToTree(o);
  }

  static List<String> list(String... values) {
    return List.of(values);
  }
}
