package io.servicecatalog.console.app.brokers;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.model.v1beta1.ClusterServiceBrokerSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrokerTransportTest {

  private static ClusterServiceBrokerSpec spec(String url, Boolean insecure, byte[] ca) {
    ClusterServiceBrokerSpec spec = new ClusterServiceBrokerSpec();
    spec.setUrl(url);
    spec.setInsecureSkipTLSVerify(insecure);
    spec.setCaBundle(ca);
    return spec;
  }

  @Test
  @DisplayName("plain-HTTP URLs and skipped certificate checks are flagged; verification is what a broker gets by default")
  void flagsInsecureTransports() {
    assertThat(BrokerTransport.of(spec("http://broker.example.com", null, null))).isEqualTo(BrokerTransport.PLAIN_HTTP);
    assertThat(BrokerTransport.of(spec("HTTP://Broker.example.com", false, null)).flagged()).isTrue();
    assertThat(BrokerTransport.of(spec("https://broker.example.com", true, null))).isEqualTo(BrokerTransport.INSECURE_TLS);
    assertThat(BrokerTransport.of(spec("https://broker.example.com", null, new byte[] {1}))).isEqualTo(BrokerTransport.CA_BUNDLE);
    BrokerTransport byDefault = BrokerTransport.of(spec("https://broker.example.com", null, null));
    assertThat(byDefault).isEqualTo(BrokerTransport.SYSTEM_TRUST);
    assertThat(byDefault.flagged()).isFalse();
    assertThat(BrokerTransport.PLAIN_HTTP.text()).contains("plain HTTP").contains("https://");
    assertThat(BrokerTransport.INSECURE_TLS.text()).contains("NOT verified");
  }
}
