package io.servicecatalog.console.osb;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every failure the OSB client reports. Each carries a sentence a person can act on
 * ({@link #userMessage()}), the HTTP status if the broker answered, the request identity sent (to quote to the
 * broker's operator), and whether the OSB spec calls for orphan mitigation after it.
 */
public class OsbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;
    private final String userMessage;

    OsbException(Failure failure, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.failure = failure;
        this.userMessage = userMessage;
    }

    /** What happened and what to do, in plain sentences, for showing to a person. */
    public String userMessage() {
        return userMessage;
    }

    /** The operation that failed. */
    public OsbOperation operation() {
        return failure.operation();
    }

    /** The broker's base URL. */
    public URI brokerUrl() {
        return failure.brokerUrl();
    }

    /** The broker's HTTP status, when it answered at all. */
    public OptionalInt httpStatus() {
        return failure.httpStatus() == null ? OptionalInt.empty() : OptionalInt.of(failure.httpStatus());
    }

    /**
     * The {@code X-Broker-API-Request-Identity} of the failed request: the one the broker echoed, else the one sent.
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(failure.echoedRequestId() != null ? failure.echoedRequestId() : failure.requestId());
    }

    /** The request identity this client sent, if a request was made. */
    public Optional<String> sentRequestId() {
        return Optional.ofNullable(failure.requestId());
    }

    /** The request identity the broker echoed in its answer, if it did. */
    public Optional<String> echoedRequestId() {
        return Optional.ofNullable(failure.echoedRequestId());
    }

    /**
     * Whether the OSB spec's orphan-mitigation table asks the platform to delete the instance or binding it may
     * have created (for instance after a 5xx or a timeout on provision or bind).
     */
    public boolean orphanMitigationRequired() {
        return failure.orphanMitigationRequired();
    }

    /** The broker's {@code error} code (e.g. {@code AsyncRequired}), when it sent one. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(failure.errorCode());
    }

    /** The broker's own explanation ({@code description}), when it sent one. */
    public Optional<String> brokerDescription() {
        return Optional.ofNullable(failure.description());
    }

    /** After a failed update or deprovision: whether the instance is still usable (default true). */
    public boolean instanceUsable() {
        return failure.instanceUsable() == null || failure.instanceUsable();
    }

    /** After a failed update: whether repeating it may succeed (default true). */
    public boolean updateRepeatable() {
        return failure.updateRepeatable() == null || failure.updateRepeatable();
    }

    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(userMessage).append(" [").append(failure.operation());
        if (failure.httpStatus() != null) {
            text.append(", HTTP ").append(failure.httpStatus());
        }
        if (failure.errorCode() != null) {
            text.append(", error ").append(failure.errorCode());
        }
        if (failure.orphanMitigationRequired()) {
            text.append(", orphan mitigation required");
        }
        return text.append(']').toString();
    }
}
