package io.servicecatalog.console.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.ConsoleException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConnectionErrorsTest {

  private static final String SERVER = "https://api.example:6443";

  private static KubernetesClientException http(int code, String message) {
    return new KubernetesClientException(new StatusBuilder().withCode(code).withMessage(message).build());
  }

  @Test
  @DisplayName("401 says the credentials were refused and how to log in again")
  void unauthorized() {
    ConsoleException e = ConnectionErrors.describe(http(401, "Unauthorized"), "prod", SERVER);
    assertThat(e.title()).isEqualTo("The API server did not accept your credentials");
    assertThat(e.message()).contains("prod").contains(SERVER).contains("401");
    assertThat(e.action()).contains("Log in again");
  }

  @Test
  @DisplayName("403 quotes what the API server refused and says which permission is needed")
  void forbidden() {
    ConsoleException e = ConnectionErrors.describe(
        http(403, "serviceinstances.servicecatalog.k8s.io is forbidden: User \"bob\" cannot list resource \"serviceinstances\" in API group \"servicecatalog.k8s.io\" in the namespace \"prod\""),
        "prod", SERVER);
    assertThat(e.title()).isEqualTo("Access denied");
    assertThat(e.message()).contains("cannot list resource \"serviceinstances\"").contains("namespace \"prod\"");
    assertThat(e.action()).contains("get, list and watch");
  }

  @Test
  @DisplayName("a refused connection, however deeply wrapped, is 'cannot reach'")
  void refused() {
    Throwable wrapped = new KubernetesClientException("Operation failed", new IOException("io", new ConnectException("Connection refused")));
    ConsoleException e = ConnectionErrors.describe(wrapped, "dev", SERVER);
    assertThat(e.title()).isEqualTo("Cannot reach the API server");
    assertThat(e.message()).contains(SERVER).contains("dev");
  }

  @Test
  @DisplayName("an unknown host name, a timeout and a TLS failure each get their own explanation")
  void otherTransportFailures() {
    assertThat(ConnectionErrors.describe(new KubernetesClientException("x", new UnknownHostException("api.example")), "c", SERVER).message())
        .contains("could not be resolved");
    assertThat(ConnectionErrors.describe(new KubernetesClientException("x", new HttpTimeoutException("request timed out")), "c", SERVER).title())
        .isEqualTo("The API server did not answer in time");
    assertThat(ConnectionErrors.describe(new KubernetesClientException("x", new SSLHandshakeException("PKIX path building failed")), "c", SERVER).title())
        .isEqualTo("The API server's certificate is not trusted");
  }

  @Test
  @DisplayName("a credential plugin that cannot run is named as such")
  void execPluginMissing() {
    ConsoleException e = ConnectionErrors.describe(
        new KubernetesClientException("x", new IOException("Cannot run program \"aws\": error=2, No such file or directory")), "eks", SERVER);
    assertThat(e.title()).isEqualTo("Your credentials could not be obtained");
    assertThat(e.action()).contains("PATH");
  }

  @Test
  @DisplayName("anything else still gets a sentence with the innermost reason")
  void generic() {
    ConsoleException e = ConnectionErrors.describe(new IllegalStateException("outer", new IllegalArgumentException("the real reason")), "c", SERVER);
    assertThat(e.title()).isEqualTo("Could not connect");
    assertThat(e.message()).contains("the real reason");
  }
}
