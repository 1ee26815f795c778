package io.servicecatalog.console.app.settings;

import java.util.Optional;

/** What the console remembers between runs (last kubeconfig, context, namespace, window, view). */
public interface Settings {

  Optional<String> get(String key);

  void put(String key, String value);

  void remove(String key);

  String LAST_KUBECONFIG = "connection.kubeconfig";
  String LAST_CONTEXT = "connection.context";
  String LAST_NAMESPACE = "connection.namespace";
}
