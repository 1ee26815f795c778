package io.servicecatalog.console.osb;

/** The broker answered with an error status; {@link #errorCode()} and {@link #brokerDescription()} hold what it said. */
public class OsbBrokerErrorException extends OsbException {

    private static final long serialVersionUID = 1L;

    OsbBrokerErrorException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
