package io.servicecatalog.console.app.wizard;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * Turns a failed create (or update) of one object into sentences for a wizard's problem area: name taken
 * (409), not allowed (403), refused as invalid (422), missing namespace (404), or the API server not answering
 * — each with what to do, knowing that the wizard keeps every value for the retry.
 */
public final class ApiErrors {

  private ApiErrors() {}

  /**
   * Describes why creating {@code kind} {@code namespace}/{@code name} failed.
   *
   * @param kind the object's kind as a person says it ("ServiceInstance", "Secret")
   * @param namespace where it was to be created (null for cluster-scoped objects)
   */
  public static ConsoleException describeCreate(Throwable error, String kind, String namespace, String name) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof ConsoleException console) {
      return console;
    }
    String ns = namespace == null ? "" : namespace;
    KubernetesClientException k8s = find(cause, KubernetesClientException.class);
    int code = k8s == null ? 0 : k8s.getCode();
    String detail = k8s != null && k8s.getStatus() != null && k8s.getStatus().getMessage() != null
        ? k8s.getStatus().getMessage() : ConnectionErrors.rootMessage(cause);
    return switch (code) {
      case 409 -> new ConsoleException(I18n.t("apierror.conflict.title"),
          I18n.t("apierror.conflict.message", kind, name, ns), I18n.t("apierror.conflict.action"), cause);
      case 403 -> new ConsoleException(I18n.t("apierror.forbidden.title"),
          I18n.t("apierror.forbidden.message", kind, ns, detail), I18n.t("apierror.forbidden.action", ns), cause);
      case 401 -> new ConsoleException(I18n.t("apierror.unauthorized.title"),
          I18n.t("apierror.unauthorized.message"), I18n.t("apierror.unauthorized.action"), cause);
      case 422, 400 -> new ConsoleException(I18n.t("apierror.invalid.title"),
          I18n.t("apierror.invalid.message", kind, detail), I18n.t("apierror.invalid.action"), cause);
      case 404 -> new ConsoleException(I18n.t("apierror.notFound.title"),
          I18n.t("apierror.notFound.message", kind, ns, detail), I18n.t("apierror.notFound.action"), cause);
      default -> {
        if (code >= 500 || unreachable(cause)) {
          yield new ConsoleException(I18n.t("apierror.unreachable.title"),
              I18n.t("apierror.unreachable.message", kind, ConnectionErrors.rootMessage(cause)),
              I18n.t("apierror.unreachable.action"), cause);
        }
        yield new ConsoleException(I18n.t("apierror.generic.title", kind),
            I18n.t("apierror.generic.message", kind, name, detail), I18n.t("apierror.generic.action"), cause);
      }
    };
  }

  private static boolean unreachable(Throwable error) {
    return find(error, ConnectException.class) != null || find(error, HttpTimeoutException.class) != null
        || find(error, TimeoutException.class) != null || find(error, IOException.class) != null;
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    Throwable cause = error;
    int depth = 0;
    while (cause != null && depth++ < 20) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      cause = cause.getCause();
    }
    return null;
  }
}
