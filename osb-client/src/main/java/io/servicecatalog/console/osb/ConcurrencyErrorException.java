package io.servicecatalog.console.osb;

/** 422 {@code ConcurrencyError}: another operation on the same resource is running; wait and retry, no orphan mitigation. */
public class ConcurrencyErrorException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    ConcurrencyErrorException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
