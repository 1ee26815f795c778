package io.servicecatalog.console.osb;

/** 422 {@code AsyncRequired}: the broker can only do this asynchronously; retry with {@code acceptsIncomplete = true}. */
public class AsyncRequiredException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    AsyncRequiredException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
