package io.servicecatalog.console.app.connection;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Turns what went wrong talking to a cluster into sentences: what happened and what the user can do. The
 * technical cause stays attached for the log and the details area.
 */
public final class ConnectionErrors {

  private ConnectionErrors() {}

  /** Describes a failure that happened while connecting to {@code context} at {@code server}. */
  public static ConsoleException describe(Throwable error, String context, String server) {
    if (error instanceof ConsoleException console) {
      return console;
    }
    KubernetesClientException k8s = find(error, KubernetesClientException.class);
    int code = k8s == null ? 0 : k8s.getCode();
    if (code == 401) {
      return new ConsoleException(
          I18n.t("error.unauthorized.title"),
          I18n.t("error.unauthorized.message", context, server),
          I18n.t("error.unauthorized.action"),
          error);
    }
    if (code == 403) {
      return forbidden(k8s, context);
    }
    if (find(error, UnknownHostException.class) != null) {
      return new ConsoleException(
          I18n.t("error.unreachable.title"),
          I18n.t("error.unknownhost.message", server, context),
          I18n.t("error.unreachable.action"),
          error);
    }
    if (find(error, ConnectException.class) != null
        || find(error, NoRouteToHostException.class) != null
        || find(error, HttpConnectTimeoutException.class) != null) {
      return new ConsoleException(
          I18n.t("error.unreachable.title"),
          I18n.t("error.unreachable.message", server, context),
          I18n.t("error.unreachable.action"),
          error);
    }
    if (find(error, HttpTimeoutException.class) != null
        || find(error, SocketTimeoutException.class) != null
        || find(error, TimeoutException.class) != null) {
      return new ConsoleException(
          I18n.t("error.timeout.title"),
          I18n.t("error.timeout.message", server, context),
          I18n.t("error.timeout.action"),
          error);
    }
    if (find(error, SSLException.class) != null || find(error, CertificateException.class) != null) {
      return new ConsoleException(
          I18n.t("error.tls.title"),
          I18n.t("error.tls.message", server, rootMessage(error)),
          I18n.t("error.tls.action"),
          error);
    }
    String root = rootMessage(error);
    if (find(error, FileNotFoundException.class) != null
        || root.toLowerCase(Locale.ROOT).contains("cannot run program")
        || root.toLowerCase(Locale.ROOT).contains("exec")) {
      return new ConsoleException(
          I18n.t("error.credentials.title"),
          I18n.t("error.credentials.message", context, root),
          I18n.t("error.credentials.action"),
          error);
    }
    return new ConsoleException(
        I18n.t("error.generic.title"),
        I18n.t("error.generic.message", context, root),
        I18n.t("error.generic.action"),
        error);
  }

  /** A 403, naming what was refused as precisely as the API server said it. */
  public static ConsoleException forbidden(KubernetesClientException error, String context) {
    String detail =
        error.getStatus() != null && error.getStatus().getMessage() != null
            ? error.getStatus().getMessage()
            : rootMessage(error);
    return new ConsoleException(
        I18n.t("error.forbidden.title"),
        I18n.t("error.forbidden.message", context, detail),
        I18n.t("error.forbidden.action"),
        error);
  }

  /** The innermost message of a chain, for sentences that quote the technical reason. */
  public static String rootMessage(Throwable error) {
    Throwable cause = error;
    String message = error.getMessage();
    while (cause != null) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        message = cause.getMessage();
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    return message == null ? error.getClass().getSimpleName() : message;
  }

  /** The first cause of {@code error} (itself included) of {@code type}, looking at most 20 causes deep. */
  static <T extends Throwable> T find(Throwable error, Class<T> type) {
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
