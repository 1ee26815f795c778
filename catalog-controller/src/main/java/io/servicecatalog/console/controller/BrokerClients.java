package io.servicecatalog.console.controller;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.CommonServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerResource;
import io.servicecatalog.console.osb.OsbClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a broker resource into an {@link OsbClient}: reads its auth Secret, TLS settings and URL, and keeps one client
 * per distinct connection so HTTP connections are reused between reconciliations.
 */
final class BrokerClients {

  private static final int MAX_CACHED = 64;

  private final KubernetesClient client;
  private final OsbClientFactory factory;
  private final Map<BrokerConnection, OsbClient> cache = new ConcurrentHashMap<>();

  BrokerClients(KubernetesClient client, OsbClientFactory factory) {
    this.client = client;
    this.factory = factory;
  }

  /** Thrown when the broker's credentials cannot be read; the message is upstream's wording after the colon. */
  static final class CredentialsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CredentialsException(String message) {
      super(message, null, false, false);
    }
  }

  OsbClient clientFor(ServiceBrokerResource broker) {
    BrokerConnection connection = connection(broker);
    if (cache.size() > MAX_CACHED) {
      cache.clear();
    }
    return cache.computeIfAbsent(connection, factory::create);
  }

  BrokerConnection connection(ServiceBrokerResource broker) {
    CommonServiceBrokerSpec spec = broker.getSpec();
    byte[] bundle = spec.getCaBundle();
    return new BrokerConnection(broker.getMetadata().getName(), broker.getMetadata().getNamespace(),
        URI.create(spec.getUrl()), bundle == null || bundle.length == 0 ? null
        : new String(bundle, StandardCharsets.UTF_8), Boolean.TRUE.equals(spec.getInsecureSkipTLSVerify()),
        credentials(broker));
  }

  private BrokerConnection.Credentials credentials(ServiceBrokerResource broker) {
    var auth = broker.getSpec().getAuthInfo();
    if (auth == null || (auth.getBasic() == null && auth.getBearer() == null)) {
      return new BrokerConnection.NoCredentials();
    }
    if (auth.getBasic() != null) {
      Map<String, String> data = secretData(broker, auth.getBasic().getSecretRef());
      return new BrokerConnection.Basic(data.getOrDefault("username", ""), data.getOrDefault("password", ""));
    }
    ObjectReference ref = auth.getBearer().getSecretRef();
    String token = secretData(broker, ref).get("token");
    if (token == null) {
      throw new CredentialsException("secret \"" + ref.getName() + "\" has no \"token\" key; put the bearer token"
          + " under the key \"token\"");
    }
    return new BrokerConnection.Bearer(token);
  }

  private Map<String, String> secretData(ServiceBrokerResource broker, ObjectReference ref) {
    if (ref == null || ref.getName() == null) {
      throw new CredentialsException("the broker's authInfo has no secretRef; name the Secret that holds the"
          + " credentials");
    }
    String namespace = broker instanceof ClusterServiceBroker ? ref.getNamespace()
        : broker.getMetadata().getNamespace();
    if (namespace == null) {
      throw new CredentialsException("the secretRef of a ClusterServiceBroker needs a namespace");
    }
    Secret secret;
    try {
      secret = client.secrets().inNamespace(namespace).withName(ref.getName()).get();
    } catch (KubernetesClientException e) {
      throw new CredentialsException("cannot read secret \"" + ref.getName() + "\": " + e.getMessage());
    }
    if (secret == null) {
      throw new CredentialsException("secrets \"" + ref.getName() + "\" not found");
    }
    return Secrets.decode(secret);
  }
}
