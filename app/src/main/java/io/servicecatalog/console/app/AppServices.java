package io.servicecatalog.console.app;

import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.settings.Settings;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the window's parts share, passed in by constructor (no global singletons): the background executor,
 * the FX executor, settings, where kubeconfig comes from, and the connector.
 */
public record AppServices(
    BackgroundExecutor background,
    Executor fx,
    Settings settings,
    Supplier<KubeconfigSource> kubeconfig,
    ClusterConnector connector) {}
