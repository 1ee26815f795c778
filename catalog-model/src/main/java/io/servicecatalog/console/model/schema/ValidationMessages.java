package io.servicecatalog.console.model.schema;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The plain-words validation messages of the parameter form ({@code messages.properties} beside this class). */
final class ValidationMessages {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("io.servicecatalog.console.model.schema.messages", Locale.ROOT);

    private ValidationMessages() {
    }

    static String get(String key, Object... args) {
        String pattern = find(key);
        if (pattern == null) {
            throw new IllegalStateException("messages.properties has no key " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    static String find(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
