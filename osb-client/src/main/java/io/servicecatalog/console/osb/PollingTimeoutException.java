package io.servicecatalog.console.osb;

/** Polling {@code last_operation} reached the plan's maximum polling duration or the caller's deadline; the spec counts the operation as failed. */
public class PollingTimeoutException extends OsbException {

    private static final long serialVersionUID = 1L;

    PollingTimeoutException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
