package io.servicecatalog.console.osb.stub;

import java.util.LinkedHashMap;
import java.util.Map;

/** A scripted answer of the {@link StubBroker}. */
public record StubResponse(int status, String body, Map<String, String> headers, boolean hangs,
        boolean echoRequestId) {

    /** A JSON answer. */
    public static StubResponse json(int status, String json) {
        return new StubResponse(status, json, Map.of(), false, true);
    }

    /** An answer with any body text (e.g. not JSON). */
    public static StubResponse text(int status, String text) {
        return new StubResponse(status, text, Map.of("Content-Type", "text/plain"), false, true);
    }

    /** An answer that waits until the stub is told to release it (or closed): a broker that does not answer. */
    public static StubResponse hang() {
        return json(200, "{}").held();
    }

    /** This answer, sent only once the stub is told to release held answers (or closed). */
    public StubResponse held() {
        return new StubResponse(status, body, headers, true, echoRequestId);
    }

    public StubResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new StubResponse(status, body, copy, hangs, echoRequestId);
    }

    /** The broker does not echo X-Broker-API-Request-Identity. */
    public StubResponse withoutEcho() {
        return new StubResponse(status, body, headers, hangs, false);
    }
}
