package io.servicecatalog.console.osb;

/** The broker did not connect or answer in time; after a request timeout on provision or bind the spec asks for orphan mitigation. */
public class BrokerTimeoutException extends OsbTransportException {

    private static final long serialVersionUID = 1L;

    BrokerTimeoutException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
