package io.servicecatalog.console.osb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The user on whose behalf a request is made, sent as {@code X-Broker-API-Originating-Identity: <platform>
 * <base64(JSON)>}. For Kubernetes the JSON is the user.info: {@code username}, {@code uid}, {@code groups},
 * {@code extra}.
 */
public final class OriginatingIdentity {

    private final String platform;
    private final ObjectNode value;

    private OriginatingIdentity(String platform, ObjectNode value) {
        this.platform = platform;
        this.value = value;
    }

    /** A Kubernetes user (profile.md "Kubernetes Originating Identity Header"). */
    public static OriginatingIdentity kubernetes(String username, String uid, List<String> groups,
            Map<String, List<String>> extra) {
        ObjectNode node = Json.object();
        node.put("username", Objects.requireNonNull(username, "username"));
        node.put("uid", uid == null ? "" : uid);
        node.set("groups", Json.MAPPER.valueToTree(groups == null ? List.of() : List.copyOf(groups)));
        node.set("extra", Json.MAPPER.valueToTree(extra == null ? Map.of() : Map.copyOf(extra)));
        return new OriginatingIdentity("kubernetes", node);
    }

    /** Any platform's identity object. */
    public static OriginatingIdentity of(String platform, ObjectNode value) {
        if (platform == null || platform.isEmpty() || platform.contains(" ")) {
            throw new IllegalArgumentException("The identity's platform must be a non-empty word, e.g. kubernetes");
        }
        return new OriginatingIdentity(platform, Objects.requireNonNull(value, "value").deepCopy());
    }

    public String platform() {
        return platform;
    }

    /** The decoded identity object (a copy). */
    public ObjectNode value() {
        return value.deepCopy();
    }

    /** The header value: the platform, a space, and the Base64 of the JSON. */
    public String headerValue() {
        try {
            byte[] json = Json.MAPPER.writeValueAsBytes(value);
            return platform + " " + Base64.getEncoder().encodeToString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An identity made of strings always serialises", e);
        }
    }

    @Override
    public String toString() {
        return "OriginatingIdentity[" + platform + ", " + value.path("username").asText("?") + "]";
    }
}
