package io.servicecatalog.console.sandbox;

import io.servicecatalog.console.sandbox.broker.BasicCredentials;

import java.util.Objects;
import java.util.Optional;

/**
 * One sample broker of the sandbox as the rest of the app sees it: where it listens and how it is registered.
 *
 * @param name the broker's name; also the name of its (Cluster)ServiceBroker object when registered
 * @param url the URL a platform registers, e.g. {@code http://127.0.0.1:40125}
 * @param scope cluster-wide, namespaced, or left for the user to register
 * @param namespace the namespace of a namespaced broker, otherwise null
 * @param basicAuth the credentials the broker demands, or null
 * @param authSecretName the Secret holding {@code basicAuth} ({@code username}/{@code password}), or null
 * @param services number of services in the catalog
 * @param plans number of plans in the catalog
 */
public record SampleBroker(String name, String url, Scope scope, String namespace, BasicCredentials basicAuth,
    String authSecretName, int services, int plans) {

  /** How a sample broker is registered when the sandbox starts. */
  public enum Scope {
    /** Registered as a {@code ClusterServiceBroker}. */
    CLUSTER,
    /** Registered as a {@code ServiceBroker} in {@link SampleBroker#namespace()}. */
    NAMESPACED,
    /** Running but not registered: for the user to register from the console. */
    UNREGISTERED
  }

  public SampleBroker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(scope, "scope");
  }

  /** The basic-auth credentials, if the broker demands them. */
  public Optional<BasicCredentials> credentials() {
    return Optional.ofNullable(basicAuth);
  }
}
