package io.servicecatalog.console.osb;

/** No HTTP answer: the connection, TLS or timing failed before a whole answer arrived. */
public class OsbTransportException extends OsbException {

    private static final long serialVersionUID = 1L;

    OsbTransportException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
