package io.servicecatalog.console.app.connection;

import io.fabric8.kubernetes.client.Config;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import java.util.Optional;

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
    Config config;
    try {
      config = source.environment()
          ? Config.autoConfigure(context.name())
          : Config.fromKubeconfig(context.name(), source.files().get(0).toFile());
    } catch (RuntimeException e) {
      throw new ConsoleException(
          I18n.t("error.kubeconfig.title"),
          I18n.t("error.kubeconfig.message", context.name(), source.describe(), ConnectionErrors.rootMessage(e)),
          I18n.t("error.kubeconfig.action"),
          e);
    }
    // fabric8 only logs a credential plugin that is missing, fails or prints no ExecCredential, and goes on
    // without credentials; the user would then read "not reachable" or "401" instead of the real cause.
    Optional<String> exec = KubeconfigReader.execCommand(source, context);
    if (exec.isPresent() && isBlank(config.getAutoOAuthToken()) && isBlank(config.getOauthToken())
        && isBlank(config.getClientCertData()) && isBlank(config.getClientCertFile())) {
      throw new ConsoleException(
          I18n.t("error.credentials.title"),
          I18n.t("error.credentials.plugin", context.name(), exec.get()),
          I18n.t("error.credentials.action"),
          null);
    }
    return config;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
