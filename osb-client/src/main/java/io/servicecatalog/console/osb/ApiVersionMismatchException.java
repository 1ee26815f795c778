package io.servicecatalog.console.osb;

/** 412: the broker does not support the {@code X-Broker-API-Version} this client sent. */
public class ApiVersionMismatchException extends OsbBrokerErrorException {

    private static final long serialVersionUID = 1L;

    private final String versionSent;

    ApiVersionMismatchException(Failure failure, String userMessage, String versionSent) {
        super(failure, userMessage, null);
        this.versionSent = versionSent;
    }

    /** The API version the request declared. */
    public String versionSent() {
        return versionSent;
    }
}
