package io.servicecatalog.console.model.naming;

import java.util.Locale;

/**
 * Kubernetes name rules (DNS-1123) with messages a user can act on: labels (namespaces, 63 characters) and subdomains
 * (object names such as Service Catalog resources and Secrets, 253 characters).
 */
public final class KubernetesNames {

  /** Longest DNS-1123 label. */
  public static final int LABEL_MAX_LENGTH = 63;
  /** Longest DNS-1123 subdomain. */
  public static final int SUBDOMAIN_MAX_LENGTH = 253;

  private KubernetesNames() {
  }

  /** Checks a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit. */
  public static NameCheck checkLabel(String name) {
    return check(name, LABEL_MAX_LENGTH, false);
  }

  /**
   * Checks a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', each dot-separated part starting and ending
   * with a letter or digit. This is the rule for the names of Service Catalog objects and Secrets.
   */
  public static NameCheck checkSubdomain(String name) {
    return check(name, SUBDOMAIN_MAX_LENGTH, true);
  }

  /**
   * Turns free text into a valid label (for a default name): lowercase, runs of other characters become one '-',
   * trimmed to 63 characters without a '-' at either end; empty when nothing usable is left.
   */
  public static String toLabel(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (lower.length() > LABEL_MAX_LENGTH) {
      lower = lower.substring(0, LABEL_MAX_LENGTH).replaceAll("-+$", "");
    }
    return lower;
  }

  private static NameCheck check(String name, int maxLength, boolean dotsAllowed) {
    if (name == null || name.isEmpty()) {
      return NameCheck.problem("name.empty");
    }
    if (name.length() > maxLength) {
      return NameCheck.problem("name.tooLong", name.length(), maxLength);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return NameCheck.problem("name.uppercase", NameCheck.show(c), i + 1, Character.toLowerCase(c));
      }
      if (!isLowerAlphanumeric(c) && c != '-' && !(dotsAllowed && c == '.')) {
        return NameCheck.problem(dotsAllowed ? "name.subdomain.badChar" : "name.label.badChar", NameCheck.show(c),
            i + 1);
      }
    }
    char first = name.charAt(0);
    if (!isLowerAlphanumeric(first)) {
      return NameCheck.problem("name.start", NameCheck.show(first));
    }
    char last = name.charAt(name.length() - 1);
    if (!isLowerAlphanumeric(last)) {
      return NameCheck.problem("name.end", NameCheck.show(last));
    }
    for (int i = 1; i < name.length() - 1; i++) {
      if (name.charAt(i) == '.' && !(isLowerAlphanumeric(name.charAt(i - 1)) && isLowerAlphanumeric(name.charAt(i + 1)))) {
        return NameCheck.problem("name.dot", i + 1);
      }
    }
    return NameCheck.ok();
  }

  private static boolean isLowerAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
