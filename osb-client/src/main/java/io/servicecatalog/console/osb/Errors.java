package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns broker answers and transport failures into typed {@link OsbException}s, applying the OSB 2.17 orphan
 * mitigation table (spec.md "Orphan Mitigation").
 */
final class Errors {

    static final String ASYNC_REQUIRED = "AsyncRequired";
    static final String CONCURRENCY_ERROR = "ConcurrencyError";
    static final String REQUIRES_APP = "RequiresApp";
    static final String MAINTENANCE_INFO_CONFLICT = "MaintenanceInfoConflict";

    private Errors() {
    }

    /** The exception for an error status; {@code body} may be null when it was not JSON. */
    static OsbException forStatus(OsbOperation op, URI broker, int status, JsonNode body, String requestId,
            String echoedId, String apiVersion) {
        String code = text(body, "error");
        Failure f = new Failure(op, broker, status, requestId, echoedId, code, text(body, "description"),
                bool(body, "instance_usable"), bool(body, "update_repeatable"),
                orphanMitigationAfterStatus(op, status, code));
        if (status == 422 && code != null) {
            switch (code) {
                case ASYNC_REQUIRED:
                    return new AsyncRequiredException(f, Messages.sentence(f, "error.asyncRequired"), null);
                case CONCURRENCY_ERROR:
                    return new ConcurrencyErrorException(f, Messages.sentence(f, "error.concurrency"), null);
                case REQUIRES_APP:
                    return new RequiresAppException(f, Messages.sentence(f, "error.requiresApp"), null);
                case MAINTENANCE_INFO_CONFLICT:
                    return new MaintenanceInfoConflictException(f,
                            Messages.sentence(f, "error.maintenanceInfoConflict"), null);
                default:
                    break;
            }
        }
        if (status == 412) {
            return new ApiVersionMismatchException(f, Messages.sentence(f, "error.apiVersion", apiVersion), apiVersion);
        }
        if (status == 401 || status == 403) {
            return new BrokerAuthenticationException(f, Messages.sentence(f, "error.unauthorized"), null);
        }
        if (status == 400) {
            return new BrokerBadRequestException(f, Messages.sentence(f, "error.badRequest"), null);
        }
        if (status == 409) {
            return new BrokerConflictException(f, Messages.sentence(f, "error.conflict"), null);
        }
        if (status == 404 && op == OsbOperation.CATALOG) {
            // Most often a wrong broker URL: a web server that is not a broker, or a missing path prefix.
            return new BrokerNotFoundException(f, Messages.sentence(f, "error.catalogNotFound"), null);
        }
        if (status == 404) {
            return new BrokerNotFoundException(f, Messages.sentence(f, "error.notFound"), null);
        }
        if (status == 410) {
            return new BrokerGoneException(f, Messages.sentence(f, "error.gone"), null);
        }
        if (status == 422) {
            return new BrokerUnprocessableException(f, Messages.sentence(f, "error.unprocessable"), null);
        }
        if (status >= 500 && status <= 599) {
            return new BrokerServerErrorException(f, Messages.sentence(f, "error.server"), null);
        }
        return new UnexpectedStatusException(f, Messages.sentence(f, "error.unexpectedStatus"), null);
    }

    /** A body that is not valid OSB JSON for the operation. */
    static MalformedResponseException malformed(OsbOperation op, URI broker, int status, String requestId,
            String echoedId, String problem, Throwable cause) {
        boolean orphan = (op == OsbOperation.PROVISION || op == OsbOperation.BIND) && (status == 201 || status == 202);
        Failure f = new Failure(op, broker, status, requestId, echoedId, null, null, null, null, orphan);
        return new MalformedResponseException(f, Messages.sentence(f, "error.malformed", problem), cause);
    }

    /** A failure before any HTTP answer arrived. */
    static OsbTransportException transport(OsbOperation op, URI broker, String requestId, IOException e,
            Duration connectTimeout, Duration requestTimeout) {
        if (e instanceof HttpConnectTimeoutException) {
            Failure f = Failure.transport(op, broker, requestId, false);
            return new BrokerTimeoutException(f, Messages.sentence(f, "error.connectTimeout", human(connectTimeout)), e);
        }
        if (e instanceof HttpTimeoutException) {
            // The request may have reached the broker: the spec asks for mitigation after provision/bind timeouts.
            Failure f = Failure.transport(op, broker, requestId,
                    op == OsbOperation.PROVISION || op == OsbOperation.BIND);
            return new BrokerTimeoutException(f, Messages.sentence(f, "error.requestTimeout", human(requestTimeout)), e);
        }
        Failure before = Failure.transport(op, broker, requestId, false);
        SSLHandshakeException handshake = cause(e, SSLHandshakeException.class);
        if (handshake != null) {
            return new BrokerTlsException(before, Messages.sentence(before, "error.tls", reason(handshake)), e);
        }
        if (cause(e, UnknownHostException.class) != null || cause(e, UnresolvedAddressException.class) != null) {
            return new BrokerUnreachableException(before, Messages.sentence(before, "error.unknownHost"), e);
        }
        if (e instanceof ConnectException || cause(e, ConnectException.class) != null
                || cause(e, NoRouteToHostException.class) != null) {
            return new BrokerUnreachableException(before, Messages.sentence(before, "error.refused", reason(e)), e);
        }
        // Anything else (reset, EOF, a TLS failure after the handshake) may have struck after the broker got the
        // request, so a provision or bind may have created the resource: the same ambiguity as a timeout.
        Failure f = Failure.transport(op, broker, requestId, op == OsbOperation.PROVISION || op == OsbOperation.BIND);
        SSLException tls = cause(e, SSLException.class);
        if (tls != null) {
            return new BrokerTlsException(f, Messages.sentence(f, "error.tls", reason(tls)), e);
        }
        return new BrokerUnreachableException(f, Messages.sentence(f, "error.io", reason(e)), e);
    }

    /** The spec's table, for an answer with this status (not a success of the operation). */
    static boolean orphanMitigationAfterStatus(OsbOperation op, int status, String errorCode) {
        if (CONCURRENCY_ERROR.equals(errorCode) || status == 408 || (status >= 400 && status <= 499)) {
            return false;
        }
        boolean createOrDelete = op == OsbOperation.PROVISION || op == OsbOperation.DEPROVISION
                || op == OsbOperation.BIND || op == OsbOperation.UNBIND;
        return createOrDelete && ((status >= 200 && status <= 299) || (status >= 500 && status <= 599));
    }

    /** Whether a failed asynchronous operation, as {@code last_operation} reported it, calls for mitigation. */
    static boolean orphanMitigationAfterFailedPoll(OsbOperation op) {
        return op == OsbOperation.PROVISION || op == OsbOperation.DEPROVISION || op == OsbOperation.BIND
                || op == OsbOperation.UNBIND;
    }

    static String human(Duration d) {
        if (d == null) {
            return "the allowed time";
        }
        long seconds = d.toSeconds();
        if (seconds == 0) {
            return d.toMillis() + " ms";
        }
        return seconds % 60 == 0 && seconds >= 60 ? (seconds / 60) + " min" : seconds + " s";
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip();
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String text(JsonNode body, String field) {
        if (body == null || !body.isObject()) {
            return null;
        }
        JsonNode value = body.get(field);
        return value != null && value.isTextual() && !value.textValue().isEmpty() ? value.textValue() : null;
    }

    private static Boolean bool(JsonNode body, String field) {
        if (body == null || !body.isObject()) {
            return null;
        }
        JsonNode value = body.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }
}
