package io.servicecatalog.console.app.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the user reads when deleting a binding fails. */
class UnbinderTest {

  private static Locale previous;

  @BeforeAll
  static void english() {
    previous = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(previous);
  }

  private static String describe(Throwable error) {
    return Unbinder.describe(error, "demo", "queue-binding");
  }

  @Test
  @DisplayName("a refused delete (403) names the verb, servicebindings.servicecatalog.k8s.io, the namespace and the Role rule")
  void forbidden() {
    assertThat(describe(new KubernetesClientException("Forbidden", 403, null)))
        .startsWith("You may not delete servicebindings.servicecatalog.k8s.io queue-binding in namespace demo.")
        .contains("Role in namespace demo")
        .contains("apiGroups: [\"servicecatalog.k8s.io\"], resources: [servicebindings], verbs: [delete]");
  }

  @Test
  @DisplayName("a binding someone else removed (404) is said plainly")
  void notFound() {
    assertThat(describe(new KubernetesClientException("Not found", 404, null)))
        .startsWith("servicebindings.servicecatalog.k8s.io queue-binding no longer exists in namespace demo");
  }

  @Test
  @DisplayName("an unreachable API server says what could not be done and what to do")
  void unreachable() {
    String text = describe(new KubernetesClientException("Operation failed", new ConnectException("Connection refused")));
    assertThat(text).startsWith("Could not delete servicebindings.servicecatalog.k8s.io queue-binding: ")
        .contains("cannot be reached").contains("Check the connection").doesNotContain("Exception");
  }
}
