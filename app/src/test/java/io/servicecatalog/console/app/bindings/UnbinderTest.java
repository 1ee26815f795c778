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
    return Unbinder.describe(error, "queue-binding", "demo", "prod", "https://10.0.0.1:6443");
  }

  @Test
  @DisplayName("a refused delete (403) names the binding and says whom to ask")
  void forbidden() {
    assertThat(describe(new KubernetesClientException("Forbidden", 403, null))).isEqualTo(
        "You may not delete the ServiceBinding queue-binding in namespace demo. Ask your cluster administrator for"
            + " permission to delete servicebindings there.");
  }

  @Test
  @DisplayName("a binding someone else removed (404) is said plainly")
  void notFound() {
    assertThat(describe(new KubernetesClientException("Not found", 404, null)))
        .isEqualTo("The ServiceBinding queue-binding in namespace demo no longer exists; someone else removed it.");
  }

  @Test
  @DisplayName("an unreachable API server names the server and what to do")
  void unreachable() {
    String text = describe(new KubernetesClientException("Operation failed", new ConnectException("Connection refused")));
    assertThat(text).startsWith("Could not unbind queue-binding: ").contains("https://10.0.0.1:6443");
    assertThat(text).endsWith("Check the connection, then try Unbind again.").doesNotContain("Exception");
  }
}
