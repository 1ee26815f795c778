package io.servicecatalog.console.app.brokers;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.connection.ActionErrors;
import io.servicecatalog.console.app.connection.ActionErrors.Action;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerResource;
import java.net.HttpURLConnection;
import java.util.Objects;

/**
 * What the console does to a broker object: ask for a catalog resync (the controller relists when
 * {@code spec.relistRequests} grows), and delete it. Blocking calls: run them on the background executor.
 * Failures come out as {@link io.servicecatalog.console.app.ConsoleException}s from {@link ActionErrors}, naming
 * what was refused.
 */
public final class BrokerActions {

  static final int ATTEMPTS = 5;

  private final KubernetesClient client;

  public BrokerActions(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Adds one to {@code relistRequests} of the broker's current version; when someone else changed the broker
   * in between (409 Conflict), reads it again and retries, as kubectl's retry-on-conflict does.
   *
   * @return the new relistRequests
   */
  public long sync(ServiceBrokerResource broker) {
    for (int attempt = 1; ; attempt++) {
      ServiceBrokerResource latest;
      try {
        latest = latest(broker);
      } catch (KubernetesClientException e) {
        throw ActionErrors.describe(e, Action.on("get", (HasMetadata) broker));
      }
      long next = Objects.requireNonNullElse(latest.getSpec().getRelistRequests(), 0L) + 1;
      latest.getSpec().setRelistRequests(next);
      try {
        client.resource((HasMetadata) latest).update();
        return next;
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt >= ATTEMPTS) {
          throw ActionErrors.describe(e, Action.on("update", (HasMetadata) broker));
        }
      }
    }
  }

  /** Deletes the broker; the controller then removes its classes and plans. */
  public void delete(ServiceBrokerResource broker) {
    try {
      client.resource((HasMetadata) broker).delete();
    } catch (KubernetesClientException e) {
      throw ActionErrors.describe(e, Action.on("delete", (HasMetadata) broker));
    }
  }

  @SuppressWarnings("unchecked")
  private <T extends HasMetadata> T latest(ServiceBrokerResource broker) {
    T current = (T) client.resource((HasMetadata) broker).get();
    if (current == null) {
      throw new KubernetesClientException("The broker " + broker.getMetadata().getName() + " no longer exists.",
          HttpURLConnection.HTTP_NOT_FOUND, null);
    }
    return current;
  }
}
