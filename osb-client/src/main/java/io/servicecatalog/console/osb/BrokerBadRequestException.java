package io.servicecatalog.console.osb;

/** 400: the broker found the request malformed or its data invalid. */
public class BrokerBadRequestException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    BrokerBadRequestException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
