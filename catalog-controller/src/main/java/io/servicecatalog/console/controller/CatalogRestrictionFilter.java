package io.servicecatalog.console.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The predicates of {@code spec.catalogRestrictions} (upstream {@code pkg/filter}): requirements such as
 * {@code spec.externalName==foo}, {@code name!=bar}, {@code spec.free in (true)} or
 * {@code spec.externalID notin (a, b)}, joined by commas; all of them must hold. An empty list accepts everything.
 */
final class CatalogRestrictionFilter implements Predicate<Map<String, String>> {

  private static final Pattern REQUIREMENT = Pattern.compile(
      "\\s*([A-Za-z0-9._/-]+)\\s*(==|!=|=|\\s+in\\s+|\\s+notin\\s+)\\s*(\\([^)]*\\)|[^,()\\s]+)\\s*");

  private final List<Predicate<Map<String, String>>> requirements;

  private CatalogRestrictionFilter(List<Predicate<Map<String, String>>> requirements) {
    this.requirements = requirements;
  }

  /** Parses the restriction strings; an unreadable one is an error the broker's status reports. */
  static CatalogRestrictionFilter parse(List<String> restrictions) {
    List<Predicate<Map<String, String>>> requirements = new ArrayList<>();
    if (restrictions != null) {
      for (String restriction : restrictions) {
        for (String part : splitTopLevel(restriction)) {
          if (part.isBlank()) {
            continue;
          }
          requirements.add(requirement(part));
        }
      }
    }
    return new CatalogRestrictionFilter(requirements);
  }

  @Override
  public boolean test(Map<String, String> properties) {
    return requirements.stream().allMatch(r -> r.test(properties));
  }

  private static Predicate<Map<String, String>> requirement(String text) {
    Matcher m = REQUIREMENT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("The catalog restriction \"" + text.trim()
          + "\" is not understood. Write it as property==value, property!=value, property in (a,b) or"
          + " property notin (a,b).");
    }
    String property = m.group(1);
    String operator = m.group(2).trim();
    String value = m.group(3).trim();
    return switch (operator) {
      case "==", "=" -> p -> value.equals(p.get(property));
      case "!=" -> p -> !value.equals(p.get(property));
      case "in" -> {
        Set<String> values = set(value);
        yield p -> values.contains(p.get(property));
      }
      default -> {
        Set<String> values = set(value);
        yield p -> !values.contains(p.get(property));
      }
    };
  }

  private static Set<String> set(String parenthesised) {
    String inner = parenthesised.startsWith("(") ? parenthesised.substring(1, parenthesised.length() - 1)
        : parenthesised;
    return Set.of(java.util.Arrays.stream(inner.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
        .toArray(String[]::new));
  }

  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }
}
