package io.servicecatalog.console.model.schema;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The plain-words validation messages of the parameter form ({@code messages.properties} beside this class). */
final class ValidationMessages {

    private static final String BUNDLE = "io.servicecatalog.console.model.schema.messages";

    private ValidationMessages() {
    }

    static String get(String key, Object... args) {
        String pattern = find(key);
        if (pattern == null) {
            throw new IllegalStateException("messages.properties has no key " + key);
        }
        // always through MessageFormat, like the model's Messages, so '' means ' in every text of the bundle
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    static String find(String key) {
        try {
            // The user's locale at the time of asking, so translations and number formats follow it.
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
