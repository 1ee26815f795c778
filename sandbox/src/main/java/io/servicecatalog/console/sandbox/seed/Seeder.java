package io.servicecatalog.console.sandbox.seed;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.servicecatalog.console.sandbox.SampleBroker;
import io.servicecatalog.console.sandbox.broker.BasicCredentials;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.BasicAuthConfig;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.CommonServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerAuthInfo;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogResource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the sandbox's starting state into its API: namespaces, broker auth Secrets and the (Cluster)ServiceBroker
 * objects of the registered sample brokers as the v0.3.1 mutating webhook stores them on create: the
 * {@code kubernetes-incubator/service-catalog} finalizer, {@code relistBehavior: Duration} and
 * {@code relistRequests: 0}. That webhook does not default {@code relistDuration}, so it stays unset.
 */
public final class Seeder {

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
    ServiceBrokerAuthInfo authInfo = null;
    if (broker.basicAuth() != null) {
      create.accept(authSecret(broker.authSecretName(), namespace, broker.basicAuth()));
      ObjectReference secretRef = new ObjectReference();
      // A namespaced broker's Secret lives in its own namespace, so its reference names none.
      secretRef.setNamespace(cluster ? namespace : null);
      secretRef.setName(broker.authSecretName());
      BasicAuthConfig basic = new BasicAuthConfig();
      basic.setSecretRef(secretRef);
      authInfo = new ServiceBrokerAuthInfo();
      authInfo.setBasic(basic);
    }
    CommonServiceBrokerSpec spec = cluster ? new ClusterServiceBrokerSpec() : new ServiceBrokerSpec();
    spec.setUrl(broker.url());
    // What the upstream webhook defaults (relistRequests is its int zero value), as in the reference fixtures.
    spec.setRelistBehavior(CommonServiceBrokerSpec.RELIST_DURATION);
    spec.setRelistRequests(0L);
    spec.setAuthInfo(authInfo);
    ServiceCatalogResource<?, ?> object;
    if (cluster) {
      ClusterServiceBroker clusterBroker = new ClusterServiceBroker();
      clusterBroker.setSpec((ClusterServiceBrokerSpec) spec);
      object = clusterBroker;
    } else {
      ServiceBroker namespacedBroker = new ServiceBroker();
      namespacedBroker.setSpec((ServiceBrokerSpec) spec);
      namespacedBroker.getMetadata().setNamespace(broker.namespace());
      object = namespacedBroker;
    }
    object.getMetadata().setName(broker.name());
    // The webhook sets this on create; the controller removes it when the broker is deleted.
    object.getMetadata().setFinalizers(List.of(ServiceCatalogKind.FINALIZER));
    object.getMetadata().setLabels(Map.of("app.kubernetes.io/part-of", "service-catalog-console-sandbox"));
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
