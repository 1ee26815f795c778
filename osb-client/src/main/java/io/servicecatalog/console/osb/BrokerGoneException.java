package io.servicecatalog.console.osb;

/** 410 where the spec does not count it as success: the resource is gone. */
public class BrokerGoneException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    BrokerGoneException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
