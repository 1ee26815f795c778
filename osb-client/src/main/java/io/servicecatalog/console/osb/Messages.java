package io.servicecatalog.console.osb;

import java.net.URI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The user-visible sentences of the OSB client, from {@code io/servicecatalog/console/osb/messages.properties}. */
final class Messages {

    private static final String BUNDLE = "io.servicecatalog.console.osb.messages";

    private Messages() {
    }

    static String format(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        MessageFormat format = new MessageFormat(bundle.getString(key), Locale.getDefault());
        return format.format(args);
    }

    /** How a broker is named in sentences: scheme, host and port, never user info or path. */
    static String broker(URI url) {
        if (url == null) {
            return "?";
        }
        String host = url.getHost() == null ? String.valueOf(url) : url.getHost();
        return url.getScheme() + "://" + host + (url.getPort() >= 0 ? ":" + url.getPort() : "");
    }

    /** The action phrase for an operation, e.g. "provision the service instance". */
    static String action(OsbOperation operation) {
        return format("op." + operation.name());
    }

    /**
     * The full sentence for a failure: the situation and what to do, then what the broker said and the request id
     * to quote to the broker's operator.
     */
    static String sentence(Failure f, String key, Object... extra) {
        Object[] args = new Object[3 + extra.length];
        args[0] = broker(f.brokerUrl());
        args[1] = action(f.operation());
        args[2] = f.httpStatus() == null ? "" : String.valueOf(f.httpStatus());
        System.arraycopy(extra, 0, args, 3, extra.length);
        StringBuilder text = new StringBuilder(format(key, args));
        if (f.description() != null && !f.description().isBlank()) {
            text.append(' ').append(format("suffix.brokerSaid", f.description().strip()));
        }
        if (Boolean.FALSE.equals(f.instanceUsable())) {
            text.append(' ').append(format("suffix.instanceUnusable"));
        }
        if (Boolean.FALSE.equals(f.updateRepeatable())) {
            text.append(' ').append(format("suffix.updateNotRepeatable"));
        }
        String id = f.echoedRequestId() != null ? f.echoedRequestId() : f.requestId();
        if (id != null) {
            text.append(' ').append(format("suffix.requestId", id));
        }
        return text.toString();
    }
}
