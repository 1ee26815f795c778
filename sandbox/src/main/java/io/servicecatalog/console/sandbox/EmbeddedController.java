package io.servicecatalog.console.sandbox;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.controller.CatalogController;
import io.servicecatalog.console.controller.ControllerOptions;

/**
 * The console's catalog controller, run against the sandbox's API exactly as it would run against a cluster:
 * it fetches the sample brokers' catalogs, provisions, binds and writes Secrets.
 */
final class EmbeddedController implements SandboxComponent {

  private final ControllerOptions options;

  EmbeddedController(ControllerOptions options) {
    this.options = options;
  }

  @Override
  public AutoCloseable start(Sandbox sandbox) {
    KubernetesClient client = sandbox.newClient();
    CatalogController controller = CatalogController.start(client, options);
    return () -> {
      controller.close();
      client.close();
    };
  }
}
