package io.servicecatalog.console.model.naming;

import io.servicecatalog.console.model.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variable names for binding Secret keys. Validity follows Kubernetes ({@code IsEnvVarName}:
 * {@code [-._a-zA-Z][-._a-zA-Z0-9]*}, not {@code .}, {@code ..} or a leading {@code ..}), which is what the API
 * server checks for {@code env[].name} and {@code envFrom[].prefix} and what the kubelet uses to filter
 * {@code envFrom} keys; names that are valid but not portable ({@code ^[A-Za-z_][A-Za-z0-9_]*$}, what shells and
 * most programs can read) get a warning. Proposed names ({@code db-url} → {@code DB_URL}) are always portable. Keys
 * that cannot become a name are reported with the reason, never dropped.
 */
public final class EnvVarNames {

  private EnvVarNames() {
  }

  /**
   * What one Secret key becomes.
   *
   * @param key the Secret key
   * @param envName the environment variable name, or empty when the key cannot become one
   * @param message when there is a name: empty, or a warning that it is valid but not portable; otherwise why
   *     there is no name and what to do
   */
  public record Mapping(String key, Optional<String> envName, String message) {

    /** A usable name, with a warning when it is not portable. */
    static Mapping named(String key, String name, NameCheck check) {
      return new Mapping(key, Optional.of(name), check.warning());
    }

    /** Whether the key has a usable name. */
    public boolean valid() {
      return envName.isPresent();
    }
  }

  /**
   * Checks an environment variable name the way Kubernetes does; a valid name that is not portable (letters,
   * digits and '_', not starting with a digit) carries a warning.
   */
  public static NameCheck checkName(String name) {
    if (name == null || name.isEmpty()) {
      return NameCheck.problem("env.empty");
    }
    NameCheck kubernetes = checkKubernetes(name, "env.start", "env.badChar", "env.dots");
    if (!kubernetes.valid() || isPortable(name)) {
      return kubernetes;
    }
    return NameCheck.okWithWarning("env.notPortable", name, portable(name));
  }

  /**
   * Checks an {@code envFrom} prefix; an empty prefix (none) is valid. Validity is Kubernetes'; the console
   * recommends {@code ^[A-Za-z_][A-Za-z0-9_]*$} and says so in a warning when the prefix is valid but not that.
   */
  public static NameCheck checkPrefix(String prefix) {
    if (prefix == null || prefix.isEmpty()) {
      return NameCheck.ok();
    }
    NameCheck kubernetes = checkKubernetes(prefix, "prefix.start", "prefix.badChar", "prefix.dots");
    if (!kubernetes.valid() || isPortable(prefix)) {
      return kubernetes;
    }
    return NameCheck.okWithWarning("prefix.notPortable", prefix);
  }

  /** Whether a name is portable: {@code ^[A-Za-z_][A-Za-z0-9_]*$}, readable from a shell. */
  public static boolean isPortable(String name) {
    if (name == null || name.isEmpty() || name.charAt(0) >= '0' && name.charAt(0) <= '9') {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The conventional name for a Secret key: upper case, with every character that may not appear in a name
   * ('-', '.', ...) replaced by '_'. A key that starts with a digit has no name.
   */
  public static Mapping fromSecretKey(String key) {
    if (key == null || key.isEmpty()) {
      return new Mapping(key == null ? "" : key, Optional.empty(), Messages.get("env.key.empty"));
    }
    StringBuilder name = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      name.append(isIdentifierPart(c) ? Character.toUpperCase(c) : '_');
    }
    String candidate = name.toString().toUpperCase(Locale.ROOT);
    if (candidate.charAt(0) >= '0' && candidate.charAt(0) <= '9') {
      return new Mapping(key, Optional.empty(), Messages.get("env.key.digit", key, candidate));
    }
    return new Mapping(key, Optional.of(candidate), "");
  }

  /**
   * Names for all keys of a Secret, in the given order. When two keys would get the same name, the later one is
   * reported (with the earlier key named) instead of silently overwriting the first.
   */
  public static List<Mapping> fromSecretKeys(Collection<String> keys) {
    List<Mapping> result = new ArrayList<>(keys.size());
    Map<String, String> keyByName = new HashMap<>();
    for (String key : keys) {
      Mapping mapping = fromSecretKey(key);
      if (mapping.valid()) {
        String name = mapping.envName().orElseThrow();
        String earlier = keyByName.putIfAbsent(name, key);
        if (earlier != null) {
          mapping = new Mapping(key, Optional.empty(), Messages.get("env.key.duplicate", key, name, earlier));
        }
      }
      result.add(mapping);
    }
    return result;
  }

  /**
   * What {@code envFrom} with this prefix does to each key: the kubelet uses prefix + key unchanged and skips keys for
   * which that is not a valid Kubernetes name (with an event nobody reads), so those are reported here with the
   * reason; names that are kept but not portable carry a warning in {@link Mapping#message()}.
   */
  public static List<Mapping> forEnvFrom(String prefix, Collection<String> keys) {
    String p = prefix == null ? "" : prefix;
    List<Mapping> result = new ArrayList<>(keys.size());
    for (String key : keys) {
      String name = p + key;
      NameCheck check = checkName(name);
      result.add(check.valid() ? Mapping.named(key, name, check)
          : new Mapping(key, Optional.empty(), Messages.get("envFrom.skipped", key, name, check.message())));
    }
    return result;
  }

  /** Kubernetes' {@code IsEnvVarName}: {@code [-._a-zA-Z][-._a-zA-Z0-9]*}, and not '.', '..' or '..' first. */
  private static NameCheck checkKubernetes(String name, String startKey, String badCharKey, String dotsKey) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isIdentifierPart(c) && c != '-' && c != '.') {
        return NameCheck.problem(badCharKey, NameCheck.show(c), i + 1);
      }
    }
    char first = name.charAt(0);
    if (first >= '0' && first <= '9') {
      return NameCheck.problem(startKey, NameCheck.show(first));
    }
    if (name.equals(".") || name.startsWith("..")) {
      return NameCheck.problem(dotsKey);
    }
    return NameCheck.ok();
  }

  /** The portable spelling of a valid name: every '-' and '.' as '_'. */
  private static String portable(String name) {
    return name.replace('-', '_').replace('.', '_');
  }

  private static boolean isIdentifierPart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
