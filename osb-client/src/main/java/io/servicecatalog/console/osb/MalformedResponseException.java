package io.servicecatalog.console.osb;

/** The broker answered, but the body is not valid OSB JSON for this operation. */
public class MalformedResponseException extends OsbException {

    private static final long serialVersionUID = 1L;

    MalformedResponseException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
