package io.servicecatalog.console.model.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns property names into labels and recognises names of secret values. */
public final class Names {

    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "secret", "token",
            "passphrase", "credential", "credentials", "apikey");

    private Names() {
    }

    /** {@code maintenanceWindow} → "Maintenance window", {@code param-1} → "Param 1", {@code allowedCIDRs} → "Allowed CIDRs". */
    public static String humanise(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        List<String> words = words(name);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i == 0) {
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            } else {
                // Sentence case, but acronyms such as CIDRs or DB keep their capitals.
                boolean capitalised = Character.isUpperCase(w.charAt(0))
                        && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
                sb.append(' ').append(capitalised ? w.toLowerCase(Locale.ROOT) : w);
            }
        }
        return sb.toString();
    }

    /**
     * Whether a property name suggests a secret: a word password, secret, token, credential(s) anywhere in
     * it, or a name ending in the word key ({@code apiKey}, {@code ssh_key}; not {@code keyName}).
     */
    public static boolean looksSecret(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        List<String> words = words(name);
        for (String w : words) {
            if (SECRET_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return words.get(words.size() - 1).equalsIgnoreCase("key");
    }

    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(out, cur);
                prev = 0;
                continue;
            }
            char next = i + 1 < name.length() ? name.charAt(i + 1) : 0;
            boolean boundary = cur.length() > 0 && (
                    Character.isLowerCase(prev) && Character.isUpperCase(c)
                    || Character.isLetter(prev) && Character.isDigit(c)
                    || Character.isDigit(prev) && Character.isLetter(c)
                    || Character.isUpperCase(prev) && Character.isUpperCase(c) && Character.isLowerCase(next)
                        && !(next == 's' && (i + 2 >= name.length() || !Character.isLetter(name.charAt(i + 2)))));
            if (boundary) {
                flush(out, cur);
            }
            cur.append(c);
            prev = c;
        }
        flush(out, cur);
        if (out.isEmpty()) {
            out.add(name);
        }
        return out;
    }

    private static void flush(List<String> out, StringBuilder cur) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
