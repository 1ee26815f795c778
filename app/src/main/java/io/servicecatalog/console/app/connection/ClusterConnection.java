package io.servicecatalog.console.app.connection;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.slf4j.LoggerFactory;

/**
 * An open connection: the client and what the console learned about the cluster when it connected.
 *
 * @param target what was connected to
 * @param client the fabric8 client (closed by {@link #close()})
 * @param serverVersion the API server's version, e.g. "1.21", or empty if it did not say
 * @param catalogServed whether {@code servicecatalog.k8s.io/v1beta1} is served
 * @param namespace the namespace the context selects (never empty: "default" when unset)
 */
public record ClusterConnection(
    ConnectionTarget target, KubernetesClient client, String serverVersion, boolean catalogServed, String namespace)
    implements AutoCloseable {

  /**
   * Closes the client, and the target too when it owns what it connects to (the sandbox). An owned target goes
   * first, so its API server closes our watches from its side (see Sandbox#close).
   */
  @Override
  public void close() {
    if (target instanceof AutoCloseable owned) {
      try {
        owned.close();
      } catch (Exception e) {
        LoggerFactory.getLogger(ClusterConnection.class).warn("Closing {} failed: {}", target.displayName(), e.getMessage());
      }
    }
    client.close();
  }
}
