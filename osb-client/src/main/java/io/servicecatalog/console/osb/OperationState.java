package io.servicecatalog.console.osb;

/** The state of an asynchronous operation as {@code last_operation} reports it. */
public enum OperationState {
    IN_PROGRESS("in progress"),
    SUCCEEDED("succeeded"),
    FAILED("failed");

    private final String wire;

    OperationState(String wire) {
        this.wire = wire;
    }

    /** The spelling used on the wire. */
    public String wireValue() {
        return wire;
    }

    static OperationState fromWire(String value) {
        for (OperationState s : values()) {
            if (s.wire.equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("last_operation.state must be \"in progress\", \"succeeded\" or \"failed\""
                + " (found \"" + value + "\")");
    }
}
