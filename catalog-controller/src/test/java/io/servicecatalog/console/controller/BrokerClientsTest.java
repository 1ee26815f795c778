package io.servicecatalog.console.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.v1beta1.BasicAuthConfig;
import io.servicecatalog.console.model.v1beta1.BearerTokenAuthConfig;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerAuthInfo;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the controller hands to the {@link OsbClientFactory}: URL, TLS settings and credentials from Secrets. */
@ExtendWith(MockApiServer.class)
class BrokerClientsTest {

  static KubernetesClient client;

  @Test
  @DisplayName("caBundle, insecureSkipTLSVerify and basic credentials reach the factory; one client per connection")
  void clusterBrokerConnection() {
    ControllerTestSupport.secret(client, "brokers", "basic", Map.of("username", "alice", "password", "pw"));
    List<BrokerConnection> seen = new ArrayList<>();
    BrokerClients clients = new BrokerClients(client, connection -> {
      seen.add(connection);
      return OsbClientFactory.standard(java.time.Duration.ofSeconds(1)).create(connection);
    });
    ClusterServiceBroker broker = ControllerTestSupport.clusterBroker("tls-broker", "https://broker.example:8443");
    broker.getSpec().setCaBundle("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
        .getBytes(StandardCharsets.UTF_8));
    ServiceBrokerAuthInfo auth = new ServiceBrokerAuthInfo();
    BasicAuthConfig basic = new BasicAuthConfig();
    ObjectReference ref = new ObjectReference();
    ref.setNamespace("brokers");
    ref.setName("basic");
    basic.setSecretRef(ref);
    auth.setBasic(basic);
    broker.getSpec().setAuthInfo(auth);

    BrokerConnection connection = clients.connection(broker);

    assertThat(connection.url().toString()).isEqualTo("https://broker.example:8443");
    assertThat(connection.caBundlePem()).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(connection.insecureSkipTlsVerify()).isFalse();
    assertThat(connection.credentials()).isEqualTo(new BrokerConnection.Basic("alice", "pw"));

    broker.getSpec().setCaBundle(null);
    broker.getSpec().setInsecureSkipTLSVerify(true);
    assertThat(clients.connection(broker).insecureSkipTlsVerify()).isTrue();
    clients.clientFor(broker);
    clients.clientFor(broker);
    assertThat(seen).hasSize(1);
  }

  @Test
  @DisplayName("a namespaced broker reads its bearer Secret from its own namespace; a missing key is explained")
  void namespacedBrokerBearer() {
    ControllerTestSupport.secret(client, "team", "bearer", Map.of("token", "tok"));
    ControllerTestSupport.secret(client, "team", "no-token", Map.of("other", "x"));
    BrokerClients clients = new BrokerClients(client, OsbClientFactory.standard(java.time.Duration.ofSeconds(1)));
    ServiceBroker broker = new ServiceBroker();
    broker.getMetadata().setName("team-broker");
    broker.getMetadata().setNamespace("team");
    ServiceBrokerSpec spec = new ServiceBrokerSpec();
    spec.setUrl("http://127.0.0.1:9");
    ServiceBrokerAuthInfo auth = new ServiceBrokerAuthInfo();
    BearerTokenAuthConfig bearer = new BearerTokenAuthConfig();
    ObjectReference ref = new ObjectReference();
    ref.setName("bearer");
    bearer.setSecretRef(ref);
    auth.setBearer(bearer);
    spec.setAuthInfo(auth);
    broker.setSpec(spec);

    assertThat(clients.connection(broker).credentials()).isEqualTo(new BrokerConnection.Bearer("tok"));

    ref.setName("no-token");
    assertThatThrownBy(() -> clients.connection(broker)).isInstanceOf(BrokerClients.CredentialsException.class)
        .hasMessageContaining("\"token\"");
    ref.setName("absent");
    assertThatThrownBy(() -> clients.connection(broker)).hasMessage("secrets \"absent\" not found");
  }
}
