package io.servicecatalog.console.app.bindings;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.connection.ActionErrors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a binding's Secret for the detail pane and asks the API server (SelfSubjectAccessReview) whether the
 * user may {@code get} it; values are revealed only when the server says yes. Blocking: call off the FX
 * thread.
 */
public final class SecretAccess {

  /**
   * What the pane may show.
   *
   * @param keys the Secret's keys with their decoded values, in key order (empty when it cannot be read)
   * @param mayReveal whether the server allows the user to get the Secret
   * @param problem why the Secret cannot be shown, or empty
   */
  public record View(Map<String, String> keys, boolean mayReveal, String problem) {
    @Override
    public String toString() {
      return "SecretAccess.View[keys=" + keys.keySet() + ", mayReveal=" + mayReveal + "]";
    }
  }

  private final KubernetesClient client;

  public SecretAccess(KubernetesClient client) {
    this.client = client;
  }

  /** Whether the user may get {@code name} in {@code namespace}, by the API server's own answer. */
  public boolean mayGet(String namespace, String name) {
    SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder()
        .withNewSpec().withNewResourceAttributes()
        .withNamespace(namespace).withVerb("get").withResource("secrets").withName(name)
        .endResourceAttributes().endSpec().build();
    try {
      SelfSubjectAccessReview answer = client.authorization().v1().selfSubjectAccessReview().create(review);
      return answer != null && answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed());
    } catch (KubernetesClientException e) {
      // No answer is a "no": values stay masked.
      return false;
    }
  }

  /** Reads the Secret and the permission; a missing or unreadable Secret gives a reason instead of keys. */
  public View read(String namespace, String name, Map<String, String> messages) {
    boolean allowed = mayGet(namespace, name);
    Secret secret;
    try {
      secret = client.secrets().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      // A 403 says which permission is missing and which Role rule would grant it; anything else why it failed.
      return new View(Map.of(), false, ActionErrors.sentence(e, ActionErrors.Action.onSecret("get", namespace, name)));
    }
    if (secret == null) {
      return new View(Map.of(), false, messages.get("missing"));
    }
    Map<String, String> values = new TreeMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> values.put(k, decode(v)));
    }
    if (secret.getStringData() != null) {
      values.putAll(secret.getStringData());
    }
    return new View(new LinkedHashMap<>(values), allowed, "");
  }

  private static String decode(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return base64;
    }
  }
}
