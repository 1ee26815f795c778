package io.servicecatalog.console.app.connection;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Turns the failure of one thing the user asked for (create a broker, read a Secret, delete an instance)
 * into sentences that name what was refused and what to do: 401, 403 (with the verb, resource, namespace
 * and the RBAC rule that would allow it), 404, 409 (name taken, or changed by someone else), 422, and a
 * server that cannot be reached or does not answer. Connecting has its own {@link ConnectionErrors}.
 */
public final class ActionErrors {

  private ActionErrors() {}

  /**
   * What the user tried to do, in Kubernetes' own terms.
   *
   * @param verb the API verb: get, list, watch, create, update, patch or delete
   * @param group the API group ({@code ""} for core kinds such as Secrets)
   * @param plural the resource's plural name, e.g. {@code serviceinstances}
   * @param namespace the namespace, or {@code null} for cluster-scoped resources
   * @param name the object's name, or {@code null} when there is none (list, create with generateName)
   */
  public record Action(String verb, String group, String plural, String namespace, String name) {

    public Action {
      Objects.requireNonNull(verb, "verb");
      Objects.requireNonNull(plural, "plural");
      group = group == null ? "" : group;
    }

    /** An action on a Service Catalog kind. */
    public static Action on(String verb, ServiceCatalogKind kind, String namespace, String name) {
      return new Action(verb, ServiceCatalogKind.GROUP, kind.plural(), kind.namespaced() ? namespace : null, name);
    }

    /** An action on a Secret. */
    public static Action onSecret(String verb, String namespace, String name) {
      return new Action(verb, "", "secrets", namespace, name);
    }

    /**
     * An action on {@code object}: a Service Catalog kind or a core kind, read from its class or its
     * apiVersion and kind (the plural of a core kind is its lower-cased kind plus "s").
     */
    public static Action on(String verb, HasMetadata object) {
      String namespace = object.getMetadata() == null ? null : object.getMetadata().getNamespace();
      String name = object.getMetadata() == null ? null : object.getMetadata().getName();
      var catalogKind = ServiceCatalogKind.of(object);
      if (catalogKind.isPresent()) {
        return on(verb, catalogKind.get(), namespace, name);
      }
      String apiVersion = Objects.requireNonNullElse(object.getApiVersion(), "v1");
      String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
      String kind = Objects.requireNonNullElse(object.getKind(), object.getClass().getSimpleName());
      return new Action(verb, group, kind.toLowerCase(Locale.ROOT) + "s", namespace, name);
    }

    /** {@code plural.group}, as RBAC and kubectl name a resource ({@code secrets} for the core group). */
    public String resource() {
      return group.isEmpty() ? plural : plural + "." + group;
    }

    /** "in namespace demo" or "cluster-wide". */
    String where() {
      return namespace == null || namespace.isBlank() ? I18n.t("action.clusterWide") : I18n.t("action.inNamespace", namespace);
    }

    /** "serviceinstances.servicecatalog.k8s.io db-1" or just the resource when there is no name. */
    String target() {
      return name == null || name.isBlank() ? resource() : resource() + " " + name;
    }
  }

  /** Describes why {@code verb} on {@code resource} ({@code plural} or {@code plural.group}) failed. */
  public static ConsoleException describe(Throwable error, String verb, String resource, String namespace) {
    int dot = resource.indexOf('.');
    Action action = dot < 0
        ? new Action(verb, "", resource, namespace, null)
        : new Action(verb, resource.substring(dot + 1), resource.substring(0, dot), namespace, null);
    return describe(error, action);
  }

  /** Describes why {@code action} failed, in sentences a person can act on; the cause stays attached. */
  public static ConsoleException describe(Throwable error, Action action) {
    Throwable cause = unwrap(error);
    if (cause instanceof ConsoleException console) {
      return console;
    }
    KubernetesClientException k8s = find(cause, KubernetesClientException.class);
    int code = k8s == null ? 0 : k8s.getCode();
    String verb = action.verb();
    switch (code) {
      case 401:
        return new ConsoleException(I18n.t("action.unauthorized.title"),
            I18n.t("action.unauthorized.message", verb, action.target(), action.where()),
            I18n.t("action.unauthorized.action"), error);
      case 403:
        return new ConsoleException(I18n.t("action.forbidden.title"),
            I18n.t("action.forbidden.message", verb, action.target(), action.where(), serverSaid(k8s)),
            roleAdvice(action), error);
      case 404:
        if ("create".equals(verb)) {
          return new ConsoleException(I18n.t("action.createNotFound.title"),
              I18n.t("action.createNotFound.message", action.target(), action.where(), serverSaid(k8s)),
              I18n.t("action.createNotFound.action"), error);
        }
        return new ConsoleException(I18n.t("action.notFound.title"),
            I18n.t("action.notFound.message", action.target(), action.where()),
            I18n.t("action.notFound.action"), error);
      case 409:
        if ("create".equals(verb)) {
          return new ConsoleException(I18n.t("action.exists.title"),
              I18n.t("action.exists.message", Objects.requireNonNullElse(action.name(), ""), action.resource(), action.where()),
              I18n.t("action.exists.action"), error);
        }
        return new ConsoleException(I18n.t("action.conflict.title"),
            I18n.t("action.conflict.message", action.target(), action.where()),
            I18n.t("action.conflict.action"), error);
      case 400, 422:
        return new ConsoleException(I18n.t("action.invalid.title"),
            I18n.t("action.invalid.message", action.target(), invalidDetail(k8s)),
            I18n.t("action.invalid.action"), error);
      default:
        break;
    }
    if (find(cause, UnknownHostException.class) != null || find(cause, ConnectException.class) != null
        || find(cause, NoRouteToHostException.class) != null || find(cause, HttpConnectTimeoutException.class) != null) {
      return new ConsoleException(I18n.t("action.unreachable.title"),
          I18n.t("action.unreachable.message", verb, action.target()),
          I18n.t("action.unreachable.action"), error);
    }
    if (find(cause, HttpTimeoutException.class) != null || find(cause, SocketTimeoutException.class) != null
        || find(cause, TimeoutException.class) != null) {
      return new ConsoleException(I18n.t("action.timeout.title"),
          I18n.t("action.timeout.message", verb, action.target()),
          I18n.t("action.timeout.action"), error);
    }
    if (code <= 0 && find(cause, IOException.class) != null) {
      // Any other I/O failure on the way (a reset connection, a proxy gone) means the server was not heard.
      return new ConsoleException(I18n.t("action.unreachable.title"),
          I18n.t("action.unreachable.message", verb, action.target()),
          I18n.t("action.unreachable.action"), error);
    }
    if (code >= 500) {
      return new ConsoleException(I18n.t("action.serverError.title"),
          I18n.t("action.serverError.message", verb, action.target(), code, serverSaid(k8s)),
          I18n.t("action.serverError.action"), error);
    }
    return new ConsoleException(I18n.t("action.failed.title"),
        I18n.t("action.failed.message", verb, action.target(), action.where(), ConnectionErrors.rootMessage(cause)),
        I18n.t("action.failed.action"), error);
  }

  /**
   * Like {@link #describe(Throwable, Action)}, for a form that keeps what the user entered (a wizard): the
   * advice then also says that nothing typed is lost by trying again.
   */
  public static ConsoleException describeKeepingInput(Throwable error, Action action) {
    ConsoleException described = describe(error, action);
    String kept = I18n.t("action.kept");
    if (described.action().endsWith(kept)) {
      return described;
    }
    return new ConsoleException(described.title(), described.message(), described.action() + " " + kept,
        described.getCause() == null ? error : described.getCause());
  }

  /** The message and what to do, as one line for a status label beside the action's button. */
  public static String sentence(Throwable error, Action action) {
    ConsoleException described = describe(error, action);
    return described.message() + " " + described.action();
  }

  /** The RBAC rule that would allow the action, and the kind of binding that grants it there. */
  static String roleAdvice(Action action) {
    String group = action.group().isEmpty() ? "\"\"" : "\"" + action.group() + "\"";
    if (action.namespace() == null || action.namespace().isBlank()) {
      return I18n.t("action.forbidden.clusterRole", group, action.plural(), action.verb());
    }
    return I18n.t("action.forbidden.role", group, action.plural(), action.verb(), action.namespace());
  }

  private static String serverSaid(KubernetesClientException k8s) {
    Status status = k8s.getStatus();
    if (status != null && status.getMessage() != null && !status.getMessage().isBlank()) {
      return status.getMessage();
    }
    return ConnectionErrors.rootMessage(k8s);
  }

  private static String invalidDetail(KubernetesClientException k8s) {
    Status status = k8s.getStatus();
    if (status != null && status.getDetails() != null && status.getDetails().getCauses() != null
        && !status.getDetails().getCauses().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (StatusCause cause : status.getDetails().getCauses()) {
        parts.add(cause.getField() == null ? cause.getMessage() : cause.getField() + ": " + cause.getMessage());
      }
      return String.join("; ", parts);
    }
    return serverSaid(k8s);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    return ConnectionErrors.find(error, type);
  }
}
