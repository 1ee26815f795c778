package io.servicecatalog.console.osb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.servicecatalog.console.osb.internal.Tls;
import io.servicecatalog.console.osb.stub.StubBroker;
import io.servicecatalog.console.osb.stub.StubResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** TLS modes against HTTPS stub brokers: system trust, a PEM CA bundle, and the explicitly named insecure mode. */
class TlsTest {

    private static final String CATALOG = "{\"services\":[]}";
    private static StubBroker localhostBroker;
    private static StubBroker otherBroker;

    @BeforeAll
    static void start() throws Exception {
        localhostBroker = StubBroker.startHttps(serverContext("/tls/broker.p12"));
        localhostBroker.always("GET", "/v2/catalog", StubResponse.json(200, CATALOG));
        otherBroker = StubBroker.startHttps(serverContext("/tls/other.p12"));
        otherBroker.always("GET", "/v2/catalog", StubResponse.json(200, CATALOG));
    }

    @AfterAll
    static void stop() {
        localhostBroker.close();
        otherBroker.close();
    }

    private static SSLContext serverContext(String resource) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TlsTest.class.getResourceAsStream(resource)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    private static String pem(String resource) throws IOException {
        try (InputStream in = TlsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    @DisplayName("a PEM CA bundle that holds the broker's issuer makes the connection trusted")
    void caBundleTrusted() throws IOException {
        OsbClient client = OsbClient.builder(localhostBroker.url()).caBundlePem(pem("/tls/broker-ca.pem")).build();
        assertThat(client.catalog().services()).isEmpty();
        assertThat(client.toString()).contains("CA bundle");
    }

    @Test
    @DisplayName("a bundle with text around and several certificates is read")
    void bundleWithSeveralCertificates() throws IOException {
        String bundle = "# internal CAs\n" + pem("/tls/other-ca.pem") + "\nsome comment\n" + pem("/tls/broker-ca.pem");
        assertThat(Tls.parsePem(bundle)).hasSize(2);
        OsbClient client = OsbClient.builder(localhostBroker.url()).caBundlePem(bundle).build();
        assertThat(client.catalog().services()).isEmpty();
    }

    @Test
    @DisplayName("with the system trust store a private CA is a TLS error with advice to add the CA bundle")
    void systemTrustRejectsPrivateCa() {
        OsbClient client = OsbClient.builder(localhostBroker.url()).build();

        BrokerTlsException e = catchThrowableOfType(BrokerTlsException.class, client::catalog);

        assertThat(e.httpStatus()).isEmpty();
        assertThat(e.orphanMitigationRequired()).isFalse();
        assertThat(e.userMessage()).contains("secure connection").contains("add that CA bundle");
    }

    @Test
    @DisplayName("a CA bundle of another authority does not trust the broker")
    void wrongBundleRejected() throws IOException {
        OsbClient client = OsbClient.builder(localhostBroker.url()).caBundlePem(pem("/tls/other-ca.pem")).build();
        assertThatThrownBy(client::catalog).isInstanceOf(BrokerTlsException.class);
    }

    @Test
    @DisplayName("a trusted certificate for another host name is rejected (host names are checked)")
    void hostNameChecked() throws IOException {
        OsbClient client = OsbClient.builder(otherBroker.url()).caBundlePem(pem("/tls/other-ca.pem")).build();
        assertThatThrownBy(client::catalog).isInstanceOf(BrokerTlsException.class);
    }

    @Test
    @DisplayName("insecureSkipTlsVerify accepts an untrusted certificate for another host name")
    void insecureAcceptsAnything() {
        OsbClient client = OsbClient.builder(otherBroker.url()).insecureSkipTlsVerify().build();
        assertThat(client.catalog().services()).isEmpty();
        assertThat(client.toString()).contains("INSECURE");
    }
}
