package io.servicecatalog.console.osb;

/** Checks shared by the request builders. */
final class Requests {

    private Requests() {
    }

    static String nonEmpty(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("The request needs a non-empty " + field);
        }
        return value;
    }
}
