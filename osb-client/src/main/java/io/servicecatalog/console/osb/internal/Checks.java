package io.servicecatalog.console.osb.internal;

import java.time.Duration;

/** Argument checks shared by the builders, with messages a person can act on. */
public final class Checks {

    private Checks() {
    }

    /** {@code d} if it is longer than zero. */
    public static Duration positive(Duration d, String what) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("The " + what + " must be longer than zero.");
        }
        return d;
    }
}
