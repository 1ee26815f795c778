package io.servicecatalog.console.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The app's user-visible text, from {@code messages*.properties} resource bundles in the user's locale.
 * Placeholders use {@link MessageFormat}, so numbers and dates are formatted for the locale too.
 */
public final class I18n {

  private static final String BUNDLE = "io.servicecatalog.console.app.messages";

  private I18n() {}

  /** The text for {@code key}, with {@code args} filled in; the key itself if the bundle lacks it. */
  public static String t(String key, Object... args) {
    Locale locale = Locale.getDefault();
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    // Always through MessageFormat, so every pattern follows one quoting rule ('' for an apostrophe).
    return new MessageFormat(pattern, locale).format(args);
  }
}
