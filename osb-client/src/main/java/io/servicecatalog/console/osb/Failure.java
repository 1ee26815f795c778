package io.servicecatalog.console.osb;

import java.net.URI;

/**
 * Everything known about one failed exchange with a broker; the package builds exceptions from it.
 *
 * @param httpStatus the status, or null when no answer came
 * @param requestId the X-Broker-API-Request-Identity sent, or null when no request was made
 * @param echoedRequestId the identity the broker echoed, if it did
 * @param errorCode the broker's {@code error} field
 * @param description the broker's {@code description} field
 */
record Failure(OsbOperation operation, URI brokerUrl, Integer httpStatus, String requestId, String echoedRequestId,
        String errorCode, String description, Boolean instanceUsable, Boolean updateRepeatable,
        boolean orphanMitigationRequired) {

    static Failure transport(OsbOperation operation, URI brokerUrl, String requestId, boolean orphanMitigation) {
        return new Failure(operation, brokerUrl, null, requestId, null, null, null, null, null, orphanMitigation);
    }
}
