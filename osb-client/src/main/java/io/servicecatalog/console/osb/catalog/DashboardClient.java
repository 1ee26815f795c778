package io.servicecatalog.console.osb.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.Optional;

/**
 * The Cloud Foundry dashboard SSO client of an offering. Its secret is never shown by {@link #toString()}.
 */
public final class DashboardClient {

    private final String id;
    private final String secret;
    private final String redirectUri;

    private DashboardClient(String id, String secret, String redirectUri) {
        this.id = id;
        this.secret = secret;
        this.redirectUri = redirectUri;
    }

    static DashboardClient fromJson(ObjectNode node, String path) {
        return new DashboardClient(Json.optionalString(node, "id", path).orElse(null),
                Json.optionalString(node, "secret", path).orElse(null),
                Json.optionalString(node, "redirect_uri", path).orElse(null));
    }

    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The OAuth client secret; handle as a secret. */
    public Optional<String> secret() {
        return Optional.ofNullable(secret);
    }

    public Optional<String> redirectUri() {
        return Optional.ofNullable(redirectUri);
    }

    @Override
    public String toString() {
        return "DashboardClient[id=" + id + ", secret=" + (secret == null ? "none" : "(hidden)") + ", redirectUri="
                + redirectUri + "]";
    }
}
