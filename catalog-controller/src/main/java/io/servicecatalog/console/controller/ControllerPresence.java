package io.servicecatalog.console.controller;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerResource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells whether another Service Catalog controller already works on a cluster, so the embedded
 * {@link CatalogController} is only started where it will not fight it. Call it before starting ours: once ours
 * runs, its own status writes look the same.
 *
 * <p>Two signs count: a broker whose {@code status.lastCatalogRetrievalTime} is more recent than {@code window} (a
 * controller relists every 15 minutes by default), and a Deployment running a {@code service-catalog} image (only
 * when the user may list Deployments; a 403 is not evidence either way).
 */
public final class ControllerPresence {

  /** A window that covers the upstream default relist interval (15 min) with room to spare. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(20);

  /**
   * The result of a check.
   *
   * @param active whether another controller appears to be running
   * @param evidence what was seen, as sentences for the user (empty when nothing was found)
   */
  public record Presence(boolean active, List<String> evidence) {
    public Presence {
      evidence = List.copyOf(evidence);
    }
  }

  private ControllerPresence() {
  }

  /** Looks for signs of another controller using {@link #DEFAULT_WINDOW} and the system clock. */
  public static Presence detect(KubernetesClient client) {
    return detect(client, DEFAULT_WINDOW, Clock.systemUTC());
  }

  /** Looks for signs of another controller: recent catalog fetches within {@code window}, or its Deployment. */
  public static Presence detect(KubernetesClient client, Duration window, Clock clock) {
    List<String> evidence = new ArrayList<>();
    Instant since = clock.instant().minus(window);
    List<ServiceBrokerResource> brokers = new ArrayList<>();
    try {
      brokers.addAll(client.resources(ClusterServiceBroker.class).list().getItems());
      brokers.addAll(client.resources(ServiceBroker.class).inAnyNamespace().list().getItems());
    } catch (KubernetesClientException e) {
      evidence.add("The brokers could not be listed (" + e.getCode() + "), so recent catalog fetches were not"
          + " checked.");
      return new Presence(false, evidence);
    }
    for (ServiceBrokerResource broker : brokers) {
      Optional<Instant> fetched = broker.getStatus() == null ? Optional.empty()
          : Times.parse(broker.getStatus().getLastCatalogRetrievalTime());
      if (fetched.isPresent() && fetched.get().isAfter(since)) {
        String namespace = broker.getMetadata().getNamespace();
        evidence.add("Broker " + (namespace == null ? "" : namespace + "/") + broker.getMetadata().getName()
            + " had its catalog fetched at " + Times.format(fetched.get()) + " by a controller.");
      }
    }
    try {
      for (Deployment deployment : client.apps().deployments().inAnyNamespace().list().getItems()) {
        if (runsServiceCatalog(deployment)) {
          evidence.add("Deployment " + deployment.getMetadata().getNamespace() + "/"
              + deployment.getMetadata().getName() + " runs the Service Catalog controller image.");
        }
      }
    } catch (KubernetesClientException e) {
      // Many users may not list Deployments cluster-wide; the broker check above still stands.
      if (e.getCode() != 403 && e.getCode() != 401) {
        throw e;
      }
    }
    boolean active = !evidence.isEmpty();
    return new Presence(active, evidence);
  }

  private static boolean runsServiceCatalog(Deployment deployment) {
    if (deployment.getSpec() == null || deployment.getSpec().getTemplate() == null
        || deployment.getSpec().getTemplate().getSpec() == null) {
      return false;
    }
    for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
      String image = container.getImage() == null ? "" : container.getImage().toLowerCase(Locale.ROOT);
      List<String> args = container.getArgs() == null ? List.of() : container.getArgs();
      if ((image.contains("service-catalog") || image.contains("servicecatalog"))
          && (args.isEmpty() || args.contains("controller-manager"))) {
        return true;
      }
    }
    return false;
  }
}
