package io.servicecatalog.console.controller;

import io.servicecatalog.console.osb.OsbClient;
import java.time.Duration;

/**
 * Makes the OSB client the controller uses for one broker. The default builds an {@link OsbClient} from the broker's
 * URL, credentials and TLS settings; tests and the sandbox plug in their own (for instance to shorten timeouts).
 */
@FunctionalInterface
public interface OsbClientFactory {

  /** Builds a client for the broker described by {@code connection}. */
  OsbClient create(BrokerConnection connection);

  /**
   * The standard factory: basic or bearer auth from the broker's auth Secret, the broker's CA bundle or its explicit
   * insecure mode, the upstream controller's 60 s request timeout and the given connect timeout.
   */
  static OsbClientFactory standard(Duration connectTimeout) {
    return connection -> {
      OsbClient.Builder builder = OsbClient.builder(connection.url())
          .connectTimeout(connectTimeout)
          .requestTimeout(OsbClient.DEFAULT_REQUEST_TIMEOUT);
      if (connection.credentials() instanceof BrokerConnection.Basic basic) {
        builder.basicAuth(basic.username(), basic.password());
      } else if (connection.credentials() instanceof BrokerConnection.Bearer bearer) {
        builder.bearerToken(bearer.token());
      } else {
        builder.noAuth();
      }
      if (connection.insecureSkipTlsVerify()) {
        builder.insecureSkipTlsVerify();
      } else if (connection.caBundlePem() != null) {
        builder.caBundlePem(connection.caBundlePem());
      }
      return builder.build();
    };
  }
}
