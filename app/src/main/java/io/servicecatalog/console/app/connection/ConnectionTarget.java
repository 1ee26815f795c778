package io.servicecatalog.console.app.connection;

import io.fabric8.kubernetes.client.Config;

/** Something the console can connect to: a kubeconfig context, or the embedded sandbox. */
public interface ConnectionTarget {

  /** The name shown in the window (the context's name, or "Sandbox"). */
  String displayName();

  /** The fabric8 client configuration; may throw {@link io.servicecatalog.console.app.ConsoleException}. */
  Config config();
}
