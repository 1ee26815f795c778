package io.servicecatalog.console.app.crd;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ClusterConnection;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.model.crd.ServiceCatalogCrds;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the Service Catalog CRDs on a cluster that lacks them, in the apiextensions version the server
 * understands, and waits until the API server serves them. Blocking: run it on the background executor.
 */
public final class CrdInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(CrdInstaller.class);
  private static final Duration ESTABLISH_TIMEOUT = Duration.ofSeconds(60);

  /** The CRDs that {@link #install} would create on this cluster. */
  public List<HasMetadata> planned(ClusterConnection connection) {
    String[] version = connection.serverVersion().split("\\.", 2);
    String major = version.length == 2 ? version[0] : "1";
    String minor = version.length == 2 ? version[1] : "22";
    return ServiceCatalogCrds.forServerVersion(major, minor);
  }

  /** Creates the CRDs (existing ones are left as they are) and waits until they are served. */
  public void install(ClusterConnection connection) {
    for (HasMetadata crd : planned(connection)) {
      try {
        connection.client().resource(crd).create();
        LOG.info("Created CRD {}", crd.getMetadata().getName());
      } catch (KubernetesClientException e) {
        if (e.getCode() == 409) {
          LOG.info("CRD {} already exists; left unchanged", crd.getMetadata().getName());
          continue;
        }
        if (e.getCode() == 403) {
          throw ConnectionErrors.forbidden(e, connection.target().displayName());
        }
        throw ConnectionErrors.describe(e, connection.target().displayName(), String.valueOf(connection.client().getMasterUrl()));
      }
    }
    Instant deadline = Instant.now().plus(ESTABLISH_TIMEOUT);
    while (!ClusterConnector.catalogServed(connection.client())) {
      if (Instant.now().isAfter(deadline)) {
        throw new ConsoleException(
            I18n.t("crd.timeout.title"),
            I18n.t("crd.timeout.message", ESTABLISH_TIMEOUT.getSeconds()),
            I18n.t("crd.timeout.action"),
            null);
      }
      // The API server needs a moment to establish new CRDs; poll discovery gently.
      LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
    }
  }
}
