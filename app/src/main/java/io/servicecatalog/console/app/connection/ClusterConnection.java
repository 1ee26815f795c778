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
   * Stops what the target owns (the sandbox), if anything; idempotent. Call it before stopping informers: the
   * sandbox's API server then closes their watches from its side, which its mock server needs (see Sandbox#close).
   */
  public void releaseOwnedTarget() {
    if (target instanceof AutoCloseable owned) {
      try {
        owned.close();
      } catch (Exception e) {
        LoggerFactory.getLogger(ClusterConnection.class).warn("Closing {} failed: {}", target.displayName(), e.getMessage());
      }
    }
  }

  /** Stops an owned target first (see {@link #releaseOwnedTarget()}), then closes the client. */
  @Override
  public void close() {
    releaseOwnedTarget();
    client.close();
  }
}
