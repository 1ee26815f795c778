package io.servicecatalog.console.osb;

/** The TLS handshake failed: untrusted or mismatched certificate, or no common protocol. */
public class BrokerTlsException extends OsbTransportException {

    private static final long serialVersionUID = 1L;

    BrokerTlsException(Failure failure, String userMessage, Throwable cause) {
        super(failure, userMessage, cause);
    }
}
