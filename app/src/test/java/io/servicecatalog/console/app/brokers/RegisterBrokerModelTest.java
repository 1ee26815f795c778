package io.servicecatalog.console.app.brokers;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegisterBrokerModelTest {

  private RegisterBrokerModel valid() {
    RegisterBrokerModel model = new RegisterBrokerModel("team");
    model.name.set("my-broker");
    model.url.set("https://broker.example.com");
    return model;
  }

  @Test
  @DisplayName("an empty form lists what to fix, in plain sentences")
  void emptyForm() {
    RegisterBrokerModel model = new RegisterBrokerModel("team");
    assertThat(model.problems()).hasSize(2)
        .anySatisfy(p -> assertThat(p).startsWith("The name is not valid"))
        .anySatisfy(p -> assertThat(p).contains("is not an http:// or https:// address"));
  }

  @Test
  @DisplayName("auth, CA bundle and refresh interval are checked")
  void checks() {
    RegisterBrokerModel model = valid();
    assertThat(model.problems()).isEmpty();
    model.auth.set(RegisterBrokerModel.Auth.BASIC);
    assertThat(model.problems()).hasSize(2);
    model.secretName.set("creds");
    model.username.set("u");
    assertThat(model.problems()).isEmpty();
    model.caBundle.set("not a certificate");
    model.relistInterval.set("fifteen minutes");
    assertThat(model.problems()).hasSize(2);
    model.caBundle.set("");
    model.relistInterval.set("1h30m");
    assertThat(model.problems()).isEmpty();
  }

  @Test
  @DisplayName("builds a ClusterServiceBroker with basic auth, restrictions and a new Secret in the chosen namespace")
  void clusterBroker() {
    RegisterBrokerModel model = valid();
    model.auth.set(RegisterBrokerModel.Auth.BASIC);
    model.secretName.set("creds");
    model.secretNamespace.set("brokers");
    model.username.set("admin");
    model.password.set("s3cret");
    model.classRestrictions.set("spec.externalName in (mysql)\n\n");
    model.relistInterval.set("30m");
    ClusterServiceBroker broker = (ClusterServiceBroker) model.broker();
    assertThat(broker.getMetadata().getName()).isEqualTo("my-broker");
    assertThat(broker.getSpec().getUrl()).isEqualTo("https://broker.example.com");
    assertThat(broker.getSpec().getRelistBehavior()).isEqualTo("Duration");
    assertThat(broker.getSpec().getRelistDuration()).isEqualTo("30m");
    assertThat(broker.getSpec().getRelistRequests()).isZero();
    assertThat(broker.getSpec().getAuthInfo().getBasic().getSecretRef().getNamespace()).isEqualTo("brokers");
    assertThat(broker.getSpec().getCatalogRestrictions().getServiceClass()).containsExactly("spec.externalName in (mysql)");
    assertThat(broker.getSpec().getCatalogRestrictions().getServicePlan()).isNull();
    Secret secret = model.newSecret().orElseThrow();
    assertThat(secret.getMetadata().getNamespace()).isEqualTo("brokers");
    assertThat(secret.getStringData()).containsEntry("username", "admin").containsEntry("password", "s3cret");
    model.existingSecret.set(true);
    assertThat(model.newSecret()).isEmpty();
  }

  @Test
  @DisplayName("a namespaced broker keeps its Secret in its own namespace; manual relist has no interval")
  void namespacedBroker() {
    RegisterBrokerModel model = valid();
    model.clusterScoped.set(false);
    model.auth.set(RegisterBrokerModel.Auth.BEARER);
    model.secretName.set("token");
    model.secretNamespace.set("elsewhere");
    model.token.set("abc");
    model.manualRelist.set(true);
    model.insecure.set(true);
    ServiceBroker broker = (ServiceBroker) model.broker();
    assertThat(broker.getMetadata().getNamespace()).isEqualTo("team");
    assertThat(broker.getSpec().getAuthInfo().getBearer().getSecretRef().getNamespace()).isEqualTo("team");
    assertThat(broker.getSpec().getRelistBehavior()).isEqualTo("Manual");
    assertThat(broker.getSpec().getRelistDuration()).isNull();
    assertThat(broker.getSpec().getInsecureSkipTLSVerify()).isTrue();
    assertThat(model.newSecret().orElseThrow().getStringData()).containsOnlyKeys("token");
  }

  @Test
  @DisplayName("editing starts from the broker's settings and keeps its other fields")
  void editing() {
    ClusterServiceBroker existing = (ClusterServiceBroker) valid().broker();
    existing.getSpec().setCaBundle("-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.UTF_8));
    existing.getSpec().setRelistRequests(7L);
    RegisterBrokerModel model = new RegisterBrokerModel(existing, "team");
    assertThat(model.editing()).isTrue();
    assertThat(model.url.get()).isEqualTo("https://broker.example.com");
    assertThat(model.caBundle.get()).startsWith("-----BEGIN CERTIFICATE-----");
    model.url.set("https://new.example.com");
    ClusterServiceBroker saved = (ClusterServiceBroker) model.broker();
    assertThat(saved.getSpec().getUrl()).isEqualTo("https://new.example.com");
    assertThat(saved.getSpec().getRelistRequests()).isEqualTo(7L);
  }

  @Test
  @DisplayName("TLS verification is on by default; a plain-HTTP URL is flagged as the user types it")
  void verificationByDefaultAndPlainHttpFlag() {
    RegisterBrokerModel model = valid();
    assertThat(model.insecure.get()).isFalse();
    ClusterServiceBroker broker = (ClusterServiceBroker) model.broker();
    assertThat(broker.getSpec().getInsecureSkipTLSVerify()).isNull();
    assertThat(BrokerTransport.of(broker.getSpec())).isEqualTo(BrokerTransport.SYSTEM_TRUST);
    var plain = model.plainHttp();
    assertThat(plain.get()).isFalse();
    model.url.set("http://broker.example.com");
    assertThat(plain.get()).isTrue();
    assertThat(model.problems()).isEmpty();
    model.url.set("https://broker.example.com");
    assertThat(plain.get()).isFalse();
  }
}
