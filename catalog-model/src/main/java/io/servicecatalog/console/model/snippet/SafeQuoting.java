package io.servicecatalog.console.model.snippet;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Leaves a string unquoted only when every YAML reader takes it as that same string. kubectl reads YAML 1.1 (through
 * go-yaml), where {@code yes}, {@code on}, {@code N}, {@code 0x1F}, {@code 1_000} or {@code 2024-01-01} are not
 * strings; an environment variable value like that, unquoted, would be rejected or changed. So only plain words,
 * paths and image references starting with a letter, '_' or '/' stay bare; everything else is double-quoted.
 */
final class SafeQuoting extends StringQuotingChecker {

  private static final long serialVersionUID = 1L;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./:@+=-]*");
  /** YAML 1.1 booleans and nulls, in every spelling go-yaml accepts (compared in lower case). */
  private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  @Override
  public boolean needToQuoteName(String name) {
    return needsQuotes(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return needsQuotes(value);
  }

  static boolean needsQuotes(String text) {
    return text.isEmpty() || !PLAIN.matcher(text).matches() || text.endsWith(":")
        || RESERVED.contains(text.toLowerCase(Locale.ROOT));
  }
}
