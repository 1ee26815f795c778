package io.servicecatalog.console.app.connection;

import io.fabric8.kubernetes.client.Config;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.sandbox.Sandbox;
import io.servicecatalog.console.sandbox.SandboxOptions;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded sandbox as a connection target: an in-process Kubernetes API with sample brokers, started when
 * the user connects and stopped when the connection closes. The console then talks to it exactly as to a
 * cluster from kubeconfig.
 */
public final class SandboxTarget implements ConnectionTarget, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxTarget.class);

  private final Supplier<SandboxOptions> options;
  private Sandbox sandbox;

  public SandboxTarget(Supplier<SandboxOptions> options) {
    this.options = options;
  }

  @Override
  public String displayName() {
    return I18n.t("sandbox.name");
  }

  /** Starts the sandbox (blocking: the connector calls this on a background thread). */
  @Override
  public synchronized Config config() {
    if (sandbox == null) {
      try {
        sandbox = Sandbox.start(options.get());
        LOG.info("Sandbox started in {} ms at {}", sandbox.startupTime().toMillis(), sandbox.apiUrl());
      } catch (RuntimeException e) {
        throw new ConsoleException(
            I18n.t("sandbox.error.title"),
            I18n.t("sandbox.error.message", ConnectionErrors.rootMessage(e)),
            I18n.t("sandbox.error.action"),
            e);
      }
    }
    return sandbox.config();
  }

  /** The running sandbox (its brokers, for instance), once {@link #config()} started it. */
  public synchronized java.util.Optional<Sandbox> sandbox() {
    return java.util.Optional.ofNullable(sandbox);
  }

  @Override
  public synchronized void close() {
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }
}
