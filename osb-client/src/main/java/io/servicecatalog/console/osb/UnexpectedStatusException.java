package io.servicecatalog.console.osb;

/** A status the spec does not allow for this operation (e.g. 204 to a provision); see {@link #orphanMitigationRequired()}. */
public class UnexpectedStatusException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    UnexpectedStatusException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
