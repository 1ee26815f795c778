package io.servicecatalog.console.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible text of catalog-model, from the {@code io/servicecatalog/console/model/messages} resource bundle
 * (English first), formatted with {@link MessageFormat} in the default locale.
 */
public final class Messages {

  /** Base name of the bundle. */
  public static final String BUNDLE = "io.servicecatalog.console.model.messages";

  private Messages() {
  }

  /**
   * The text for {@code key} with {@code args} filled in ({@code {0}}, {@code {1}}, ...).
   *
   * @throws MissingResourceException if the bundle has no such key (a programming error, caught by tests)
   */
  public static String get(String key, Object... args) {
    Locale locale = Locale.getDefault();
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return new MessageFormat(pattern, locale).format(args);
  }

  /** Whether the bundle has a text for {@code key}. */
  public static boolean has(String key) {
    return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).containsKey(key);
  }
}
