package io.servicecatalog.console.osb;

/** 5xx: the broker failed internally; for provision and bind the spec asks for orphan mitigation. */
public class BrokerServerErrorException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    BrokerServerErrorException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
