package io.servicecatalog.console.app.connection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.Context;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.servicecatalog.console.app.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Reads kubeconfig files into the contexts the connection chooser shows. Merging follows kubectl: files are
 * read in order, the first file to define a context, cluster or user name wins, and the first non-empty
 * {@code current-context} is the current one. Reading never throws; each bad file becomes a problem
 * sentence naming the file and what is wrong with it.
 */
public final class KubeconfigReader {

  private KubeconfigReader() {}

  public static KubeconfigContexts read(KubeconfigSource source) {
    Map<String, NamedContext> contexts = new LinkedHashMap<>();
    Map<String, Path> contextFiles = new LinkedHashMap<>();
    Map<String, Cluster> clusters = new LinkedHashMap<>();
    Map<String, AuthInfo> users = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String current = null;
    int missing = 0;

    for (Path file : source.files()) {
      Config config;
      try {
        config = parse(file);
      } catch (NoSuchFileException e) {
        missing++;
        // kubectl ignores files in KUBECONFIG that do not exist; a picked file that is gone is an error.
        if (!source.environment()) {
          problems.add(I18n.t("kubeconfig.problem.missing", file));
        }
        continue;
      } catch (IOException | RuntimeException e) {
        problems.add(I18n.t("kubeconfig.problem.invalid", file, describeParseError(e)));
        continue;
      }
      if (config == null) {
        problems.add(I18n.t("kubeconfig.problem.empty", file));
        continue;
      }
      if (current == null && config.getCurrentContext() != null && !config.getCurrentContext().isBlank()) {
        current = config.getCurrentContext();
      }
      for (NamedContext context : nullSafe(config.getContexts())) {
        if (context != null && context.getName() != null && !contexts.containsKey(context.getName())) {
          contexts.put(context.getName(), context);
          contextFiles.put(context.getName(), file);
        }
      }
      for (NamedCluster cluster : nullSafe(config.getClusters())) {
        if (cluster != null && cluster.getName() != null) {
          clusters.putIfAbsent(cluster.getName(), cluster.getCluster());
        }
      }
      for (NamedAuthInfo user : nullSafe(config.getUsers())) {
        if (user != null && user.getName() != null) {
          users.putIfAbsent(user.getName(), user.getUser());
        }
      }
    }

    if (missing == source.files().size() && source.environment()) {
      problems.add(I18n.t("kubeconfig.problem.none", source.describe()));
    } else if (contexts.isEmpty() && problems.isEmpty()) {
      problems.add(I18n.t("kubeconfig.problem.nocontexts", source.describe()));
    }

    List<ContextEntry> entries = new ArrayList<>();
    contexts.forEach(
        (name, named) -> {
          Context context = Optional.ofNullable(named.getContext()).orElseGet(Context::new);
          String clusterName = Optional.ofNullable(context.getCluster()).orElse("");
          String userName = Optional.ofNullable(context.getUser()).orElse("");
          Cluster cluster = clusters.get(clusterName);
          String server = cluster == null || cluster.getServer() == null ? "" : cluster.getServer();
          entries.add(
              new ContextEntry(
                  name,
                  clusterName,
                  server,
                  userName,
                  authKind(users.get(userName)),
                  Optional.ofNullable(context.getNamespace()).orElse(""),
                  contextFiles.get(name)));
        });
    return new KubeconfigContexts(source, entries, Optional.ofNullable(current), problems);
  }

  /**
   * The exec credential plugin command of {@code context}'s user, as kubectl would pick it (the first file
   * that defines the user wins), or empty when the user has none or the files cannot be read.
   */
  static Optional<String> execCommand(KubeconfigSource source, ContextEntry context) {
    for (Path file : source.files()) {
      try {
        Config config = parse(file);
        for (NamedAuthInfo user : config == null ? List.<NamedAuthInfo>of() : nullSafe(config.getUsers())) {
          if (user != null && context.user().equals(user.getName())) {
            return user.getUser() == null || user.getUser().getExec() == null
                ? Optional.empty() : Optional.ofNullable(user.getUser().getExec().getCommand());
          }
        }
      } catch (IOException | RuntimeException e) {
        // Reading already reported this file; here it simply defines no user.
        LoggerFactory.getLogger(KubeconfigReader.class).debug("Skipping {} while looking for user {}", file, context.user());
      }
    }
    return Optional.empty();
  }

  private static Config parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Serialization.unmarshal(in, Config.class);
    }
  }

  /** How a user authenticates, in words, without any secret in it. */
  static String authKind(AuthInfo user) {
    if (user == null) {
      return I18n.t("auth.none");
    }
    if (user.getExec() != null) {
      String command = Optional.ofNullable(user.getExec().getCommand()).orElse("?");
      return I18n.t("auth.exec", Path.of(command).getFileName());
    }
    if (user.getAuthProvider() != null) {
      return I18n.t("auth.provider", user.getAuthProvider().getName());
    }
    if (user.getClientCertificate() != null || user.getClientCertificateData() != null) {
      return I18n.t("auth.certificate");
    }
    if (user.getToken() != null || user.getTokenFile() != null) {
      return I18n.t("auth.token");
    }
    if (user.getUsername() != null) {
      return I18n.t("auth.basic");
    }
    return I18n.t("auth.none");
  }

  private static String describeParseError(Throwable e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof JsonProcessingException json) {
        String where =
            json.getLocation() == null
                ? ""
                : I18n.t("kubeconfig.problem.at", json.getLocation().getLineNr(), json.getLocation().getColumnNr());
        return json.getOriginalMessage() + where;
      }
      cause = cause.getCause();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
