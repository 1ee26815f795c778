package io.servicecatalog.console.osb;

/** 409: a resource with the same id exists with different attributes. */
public class BrokerConflictException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    BrokerConflictException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
