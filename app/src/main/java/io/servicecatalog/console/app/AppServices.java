package io.servicecatalog.console.app;

import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.settings.Settings;
import io.servicecatalog.console.sandbox.SandboxOptions;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the window's parts share, passed in by constructor (no global singletons): the background executor,
 * the FX executor, settings, where kubeconfig comes from, the connector, and how the sandbox is started.
 */
public record AppServices(
    BackgroundExecutor background,
    Executor fx,
    Settings settings,
    Supplier<KubeconfigSource> kubeconfig,
    ClusterConnector connector,
    Supplier<SandboxOptions> sandboxOptions) {

  /** Services with the sandbox's default options. */
  public AppServices(
      BackgroundExecutor background,
      Executor fx,
      Settings settings,
      Supplier<KubeconfigSource> kubeconfig,
      ClusterConnector connector) {
    this(background, fx, settings, kubeconfig, connector, SandboxOptions::defaults);
  }
}
