package io.servicecatalog.console.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;

/**
 * The few API calls the reconcilers make, with optimistic concurrency: a write with a stale resourceVersion fails
 * with 409 and the reconciler starts over from a fresh read (it is retried, not forced).
 */
final class Kube {

  private Kube() {
  }

  static <T extends HasMetadata> T create(KubernetesClient client, T resource) {
    return client.resource(resource).create();
  }

  static <T extends HasMetadata> T update(KubernetesClient client, T resource) {
    try {
      return client.resource(resource).update();
    } catch (KubernetesClientException e) {
      throw conflictAware(e);
    }
  }

  static <T extends HasMetadata> T updateStatus(KubernetesClient client, T resource) {
    try {
      return client.resource(resource).updateStatus();
    } catch (KubernetesClientException e) {
      throw conflictAware(e);
    }
  }

  static void delete(KubernetesClient client, HasMetadata resource) {
    client.resource(resource).withGracePeriod(0).delete();
  }

  private static RuntimeException conflictAware(KubernetesClientException e) {
    if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
      return new WorkQueue.RetryLater("conflict writing " + e.getMessage());
    }
    return e;
  }
}
