package io.servicecatalog.console.controller;

import java.net.URI;
import java.util.Objects;

/**
 * Everything needed to talk to one broker: its address, TLS settings and the credentials read from its auth Secret.
 * {@link #toString()} never shows a password or token.
 *
 * @param brokerName the (Cluster)ServiceBroker's name, for messages
 * @param namespace the ServiceBroker's namespace, or null for a ClusterServiceBroker
 * @param url the broker's base URL
 * @param caBundlePem PEM CA bundle from {@code spec.caBundle}, or null
 * @param insecureSkipTlsVerify {@code spec.insecureSkipTLSVerify}
 * @param credentials basic, bearer or none
 */
public record BrokerConnection(String brokerName, String namespace, URI url, String caBundlePem,
    boolean insecureSkipTlsVerify, Credentials credentials) {

  public BrokerConnection {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(credentials, "credentials");
  }

  /** Credentials for a broker. */
  public sealed interface Credentials permits NoCredentials, Basic, Bearer {
  }

  /** No authentication. */
  public record NoCredentials() implements Credentials {
  }

  /** HTTP basic auth from the Secret's {@code username} and {@code password} keys. */
  public record Basic(String username, String password) implements Credentials {
    @Override
    public String toString() {
      return "Basic[username=" + username + ", password=<redacted>]";
    }
  }

  /** Bearer token from the Secret's {@code token} key. */
  public record Bearer(String token) implements Credentials {
    @Override
    public String toString() {
      return "Bearer[token=<redacted>]";
    }
  }

  @Override
  public String toString() {
    return "BrokerConnection[" + (namespace == null ? "" : namespace + "/") + brokerName + " " + url
        + (caBundlePem != null ? ", caBundle" : "") + (insecureSkipTlsVerify ? ", insecure" : "") + ", "
        + credentials + "]";
  }
}
