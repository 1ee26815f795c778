package io.servicecatalog.console.osb;

/** No usable HTTP answer: the connection, TLS or timing failed, or the body was not OSB JSON. */
public class OsbTransportException extends OsbException {

    private static final long serialVersionUID = 1L;

    OsbTransportException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
