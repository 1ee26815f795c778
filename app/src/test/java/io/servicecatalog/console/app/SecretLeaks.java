package io.servicecatalog.console.app;

import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The secrets a flow under test handled, collected as it goes, for {@link LogCapture#assertContainsNone}:
 * passwords typed, tokens, Secret values (decoded), sensitive parameters. Short values are skipped (a
 * two-letter value would match unrelated text); flows add what they create.
 */
public final class SecretLeaks {

  /** Values shorter than this are too common to search for. */
  static final int MIN_LENGTH = 6;

  private final Set<String> forbidden = new LinkedHashSet<>();

  /** Adds secrets the test itself chose or read. */
  public SecretLeaks add(String... values) {
    for (String value : values) {
      if (value != null && value.length() >= MIN_LENGTH) {
        forbidden.add(value);
      }
    }
    return this;
  }

  /** Adds every value of a Secret, decoded, and its string data. */
  public SecretLeaks addSecret(Secret secret) {
    addBasicAuthPair(secret);
    if (secret.getData() != null) {
      secret.getData().values().forEach(v -> add(new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
    }
    if (secret.getStringData() != null) {
      secret.getStringData().values().forEach(this::add);
    }
    return this;
  }

  /** Adds the values of some keys of a Secret, decoded: for auth Secrets the password or token, not the user name. */
  public SecretLeaks addSecretKeys(Secret secret, String... keys) {
    addBasicAuthPair(secret);
    for (String key : keys) {
      if (secret.getData() != null && secret.getData().containsKey(key)) {
        add(new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8));
      }
      if (secret.getStringData() != null) {
        add(secret.getStringData().get(key));
      }
    }
    return this;
  }

  /**
   * A basic-auth Secret's "username:password": an Authorization header carries the pair in base64 as one string,
   * which neither value alone would match.
   */
  private void addBasicAuthPair(Secret secret) {
    String user = value(secret, "username");
    String password = value(secret, "password");
    if (user != null && password != null) {
      add(user + ":" + password);
    }
  }

  private static String value(Secret secret, String key) {
    if (secret.getStringData() != null && secret.getStringData().containsKey(key)) {
      return secret.getStringData().get(key);
    }
    if (secret.getData() != null && secret.getData().containsKey(key)) {
      return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
    }
    return null;
  }

  public Collection<String> all() {
    return Set.copyOf(forbidden);
  }
}
