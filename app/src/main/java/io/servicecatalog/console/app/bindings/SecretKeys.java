package io.servicecatalog.console.app.bindings;

import io.servicecatalog.console.app.I18n;
import java.util.List;
import java.util.Map;

/**
 * The key names of a binding's Secret as the Pod snippet sees them: known (read with the user's own permission), or
 * unknown with the reason, in which case the user types the key names. Never holds values.
 *
 * @param names the key names, in order (empty when unknown)
 * @param known whether the names come from the Secret itself
 * @param reason why the names are unknown (empty when known)
 */
public record SecretKeys(List<String> names, boolean known, String reason) {

  public SecretKeys {
    names = List.copyOf(names);
    reason = reason == null ? "" : reason;
  }

  /** Keys read from the Secret. */
  public static SecretKeys known(List<String> names) {
    return new SecretKeys(names, true, "");
  }

  /** Keys that could not be read, and why. */
  public static SecretKeys unknown(String reason) {
    return new SecretKeys(List.of(), false, reason);
  }

  /**
   * Reads the key names with {@link SecretAccess}: they are listed only when the API server let the user get the
   * Secret (a refused or failed read gives the reason instead, and the user types the names). Only the names leave
   * this method; the values are dropped here. Blocking: call off the FX thread.
   */
  public static SecretKeys read(SecretAccess access, String namespace, String name) {
    SecretAccess.View view = access.read(namespace, name, Map.of(
        "forbidden", I18n.t("snippet.keys.forbidden", namespace, name),
        "missing", I18n.t("snippet.keys.missing", namespace, name)));
    if (!view.problem().isEmpty()) {
      return unknown(view.problem());
    }
    // The GET itself succeeded, which is the server's own yes to "may get"; the access review only gates values.
    return known(List.copyOf(view.keys().keySet()));
  }

  @Override
  public String toString() {
    return "SecretKeys[names=" + names + ", known=" + known + "]";
  }
}
