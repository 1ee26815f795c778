package io.servicecatalog.console.osb;

/** The broker could not be reached: connection refused or reset, unknown host, network down. */
public class BrokerUnreachableException extends OsbTransportException {

    private static final long serialVersionUID = 1L;

    BrokerUnreachableException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
