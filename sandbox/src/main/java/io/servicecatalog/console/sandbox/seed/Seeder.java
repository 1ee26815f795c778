package io.servicecatalog.console.sandbox.seed;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.servicecatalog.console.sandbox.SampleBroker;
import io.servicecatalog.console.sandbox.broker.BasicCredentials;
import io.servicecatalog.console.sandbox.kube.ServiceCatalogCrds;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the sandbox's starting state into its API: namespaces, broker auth Secrets and the (Cluster)ServiceBroker
 * objects of the registered sample brokers, with the spec a v0.3.1 webhook would have defaulted.
 */
public final class Seeder {

  /** Kind of cluster-wide brokers. */
  public static final String CLUSTER_SERVICE_BROKER = "ClusterServiceBroker";
  /** Kind of namespaced brokers. */
  public static final String SERVICE_BROKER = "ServiceBroker";

  private final Consumer<HasMetadata> create;

  /**
   * @param create creates one object in the API (e.g. {@code SandboxApiServer::create})
   */
  public Seeder(Consumer<HasMetadata> create) {
    this.create = create;
  }

  /** Creates each namespace. */
  public void namespaces(List<String> names) {
    for (String name : names) {
      create.accept(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build());
    }
  }

  /**
   * Registers a sample broker: its auth Secret (if any) in {@code secretNamespace} for a cluster broker or in the
   * broker's namespace, then the broker object. Unregistered brokers are skipped.
   */
  public void register(SampleBroker broker, String secretNamespace) {
    if (broker.scope() == SampleBroker.Scope.UNREGISTERED) {
      return;
    }
    boolean cluster = broker.scope() == SampleBroker.Scope.CLUSTER;
    String namespace = cluster ? secretNamespace : broker.namespace();
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("url", broker.url());
    spec.put("relistBehavior", "Duration");
    spec.put("relistRequests", 0);
    if (broker.basicAuth() != null) {
      create.accept(authSecret(broker.authSecretName(), namespace, broker.basicAuth()));
      Map<String, Object> secretRef = new LinkedHashMap<>();
      if (cluster) {
        secretRef.put("namespace", namespace);
      }
      secretRef.put("name", broker.authSecretName());
      spec.put("authInfo", Map.of("basic", Map.of("secretRef", secretRef)));
    }
    String kind = cluster ? CLUSTER_SERVICE_BROKER : SERVICE_BROKER;
    GenericKubernetesResource object = new GenericKubernetesResourceBuilder()
        .withApiVersion(ServiceCatalogCrds.API_VERSION)
        .withKind(kind)
        .withNewMetadata()
        .withName(broker.name())
        .withNamespace(cluster ? null : broker.namespace())
        .addToLabels("app.kubernetes.io/part-of", "service-catalog-console-sandbox")
        .endMetadata()
        .addToAdditionalProperties("spec", spec)
        .build();
    create.accept(object);
  }

  private static Secret authSecret(String name, String namespace, BasicCredentials credentials) {
    Base64.Encoder base64 = Base64.getEncoder();
    return new SecretBuilder()
        .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
        .withType("Opaque")
        .addToData("username", base64.encodeToString(credentials.username().getBytes(StandardCharsets.UTF_8)))
        .addToData("password", base64.encodeToString(credentials.password().getBytes(StandardCharsets.UTF_8)))
        .build();
  }
}
