package io.servicecatalog.console.osb;

/** 422 with another or no error code: the broker cannot do the change asked for (e.g. an unsupported plan change). */
public class BrokerUnprocessableException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    BrokerUnprocessableException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
