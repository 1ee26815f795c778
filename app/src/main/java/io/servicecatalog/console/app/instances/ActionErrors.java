package io.servicecatalog.console.app.instances;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import java.io.IOException;
import java.util.concurrent.CompletionException;

/**
 * Says in a sentence why an action on a catalog object failed, and what to do: refused (403), gone (404),
 * changed by someone else (409), rejected (422), or the API server out of reach.
 */
public final class ActionErrors {

  private ActionErrors() {
  }

  /**
   * The sentence for a failed action.
   *
   * @param error what the action threw (completion wrappers are looked through)
   * @param action what was attempted, as a verb phrase ("change instance db-1")
   */
  public static String describe(Throwable error, String action) {
    Throwable cause = error;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof ConsoleException console) {
      return console.message() + " " + console.action();
    }
    KubernetesClientException k8s = find(cause, KubernetesClientException.class);
    String server = k8s != null && k8s.getStatus() != null && k8s.getStatus().getMessage() != null
        ? k8s.getStatus().getMessage() : ConnectionErrors.rootMessage(cause);
    int code = k8s == null ? 0 : k8s.getCode();
    return switch (code) {
      case 403 -> I18n.t("action.forbidden", action, server);
      case 404 -> I18n.t("action.notFound", action);
      case 409 -> I18n.t("action.conflict", action);
      case 400, 422 -> I18n.t("action.invalid", action, server);
      default -> find(cause, IOException.class) != null || code == 0 && k8s != null
          ? I18n.t("action.unreachable", action, ConnectionErrors.rootMessage(cause))
          : I18n.t("action.failed", action, server);
    };
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    Throwable cause = error;
    for (int depth = 0; cause != null && depth < 20; depth++) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      cause = cause.getCause();
    }
    return null;
  }
}
