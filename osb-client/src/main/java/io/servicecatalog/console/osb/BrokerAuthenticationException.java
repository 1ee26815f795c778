package io.servicecatalog.console.osb;

/** 401 or 403: the broker refused the configured credentials. */
public class BrokerAuthenticationException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    BrokerAuthenticationException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
