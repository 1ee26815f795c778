package io.servicecatalog.console.app.connection;

import io.fabric8.kubernetes.client.Config;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;

/**
 * A context of a kubeconfig source. Environment sources go through the fabric8 client's own
 * auto-configuration, which reads the same merged files and keeps each user's relative paths, token
 * refresh and exec plugins working exactly as kubectl's.
 */
public record KubeconfigTarget(KubeconfigSource source, ContextEntry context) implements ConnectionTarget {

  @Override
  public String displayName() {
    return context.name();
  }

  @Override
  public Config config() {
    try {
      return source.environment()
          ? Config.autoConfigure(context.name())
          : Config.fromKubeconfig(context.name(), source.files().get(0).toFile());
    } catch (RuntimeException e) {
      throw new ConsoleException(
          I18n.t("error.kubeconfig.title"),
          I18n.t("error.kubeconfig.message", context.name(), source.describe(), ConnectionErrors.rootMessage(e)),
          I18n.t("error.kubeconfig.action"),
          e);
    }
  }
}
