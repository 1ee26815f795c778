package io.servicecatalog.console.app.connection;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to a cluster and finds out what it serves. Blocking: call it on the background executor.
 * Failures come out as {@link io.servicecatalog.console.app.ConsoleException} with a sentence for the user.
 */
public final class ClusterConnector {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterConnector.class);

  /** Connection attempts fail fast: a desktop user should not wait minutes to learn a server is down. */
  private static final int CONNECT_TIMEOUT_MS = 8_000;

  private static final int REQUEST_TIMEOUT_MS = 20_000;
  private static final int RETRY_LIMIT = 1;

  public ClusterConnection connect(ConnectionTarget target) {
    Config config = target.config();
    config.setConnectionTimeout(CONNECT_TIMEOUT_MS);
    config.setRequestTimeout(REQUEST_TIMEOUT_MS);
    config.setRequestRetryBackoffLimit(RETRY_LIMIT);
    KubernetesClient client;
    try {
      // Building the client reads certificate and key files and the server URL: a broken one fails here.
      client = new KubernetesClientBuilder().withConfig(config)
          .withKubernetesSerialization(CompactSerialization.create())
          .withTaskExecutorSupplier(new ClientTasks()).build();
    } catch (RuntimeException e) {
      if (target instanceof AutoCloseable owned) {
        closeQuietly(owned);
      }
      String where = target instanceof KubeconfigTarget kubeconfig ? kubeconfig.source().describe() : target.displayName();
      throw new ConsoleException(
          I18n.t("error.kubeconfig.title"),
          I18n.t("error.kubeconfig.message", target.displayName(), where, ConnectionErrors.rootMessage(e)),
          I18n.t("error.kubeconfig.action", target.displayName()),
          e);
    }
    try {
      String version = serverVersion(client);
      boolean served = catalogServed(client);
      String namespace =
          Optional.ofNullable(client.getNamespace()).filter(ns -> !ns.isBlank()).orElse("default");
      LOG.info(
          "Connected to {} ({}), Kubernetes {}, Service Catalog {}",
          target.displayName(),
          config.getMasterUrl(),
          version.isEmpty() ? "version unknown" : version,
          served ? "served" : "not served");
      return new ClusterConnection(target, client, version, served, namespace);
    } catch (RuntimeException e) {
      client.close();
      if (target instanceof AutoCloseable owned) {
        closeQuietly(owned);
      }
      throw ConnectionErrors.describe(e, target.displayName(), config.getMasterUrl());
    }
  }

  private static void closeQuietly(AutoCloseable owned) {
    try {
      owned.close();
    } catch (Exception e) {
      LOG.warn("Closing after a failed connection failed too: {}", e.getMessage());
    }
  }

  /**
   * Asks {@code /version}. A server that answers 404 there (some proxies and test servers) is still a
   * server; any other failure means we could not talk to it and is rethrown.
   */
  private static String serverVersion(KubernetesClient client) {
    try {
      VersionInfo info = client.getKubernetesVersion();
      if (info == null || info.getMajor() == null || info.getMinor() == null) {
        return "";
      }
      return info.getMajor() + "." + info.getMinor();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return "";
      }
      throw e;
    }
  }

  /**
   * Whether API discovery lists the Service Catalog's resources under {@code servicecatalog.k8s.io/v1beta1}.
   * Asking for the group-version's resource list (404 when not served) works on real API servers and on
   * the in-process one alike.
   */
  public static boolean catalogServed(KubernetesClient client) {
    APIResourceList resources;
    try {
      resources = client.getApiResources(ServiceCatalogKind.GROUP + "/" + ServiceCatalogKind.VERSION);
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return false;
      }
      throw e;
    }
    if (resources == null || resources.getResources() == null) {
      return false;
    }
    Set<String> plurals =
        Arrays.stream(ServiceCatalogKind.values()).map(ServiceCatalogKind::plural).collect(Collectors.toSet());
    return resources.getResources().stream().map(APIResource::getName).anyMatch(plurals::contains);
  }
}
