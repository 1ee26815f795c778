package io.servicecatalog.console.osb;

/** 404: the broker does not know the instance or binding (also while it is still being created). */
public class BrokerNotFoundException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    BrokerNotFoundException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
