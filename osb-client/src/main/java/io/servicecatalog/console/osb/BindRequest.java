package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import io.servicecatalog.console.osb.internal.Redaction;
import java.util.Map;
import java.util.Optional;

/**
 * The body of a bind request ({@code PUT …/service_bindings/:binding_id}), including binding rotation through
 * {@code predecessor_binding_id} (OSB 2.17; only for plans with {@code binding_rotatable}). Parameter values never
 * appear in {@link #toString()}.
 */
public final class BindRequest {

    private final String serviceId;
    private final String planId;
    private final OsbContext context;
    private final String appGuid;
    private final String bindResourceAppGuid;
    private final String bindResourceRoute;
    private final ObjectNode parameters;
    private final String predecessorBindingId;

    private BindRequest(Builder b) {
        this.serviceId = Requests.nonEmpty(b.serviceId, "service_id");
        this.planId = Requests.nonEmpty(b.planId, "plan_id");
        this.context = b.context;
        this.appGuid = b.appGuid == null ? null : Requests.nonEmpty(b.appGuid, "app_guid");
        this.bindResourceAppGuid = b.bindResourceAppGuid;
        this.bindResourceRoute = b.bindResourceRoute;
        this.parameters = b.parameters;
        this.predecessorBindingId = b.predecessorBindingId == null ? null
                : Requests.nonEmpty(b.predecessorBindingId, "predecessor_binding_id");
    }

    public static Builder builder(String serviceId, String planId) {
        return new Builder(serviceId, planId);
    }

    public String serviceId() {
        return serviceId;
    }

    public String planId() {
        return planId;
    }

    public Optional<OsbContext> context() {
        return Optional.ofNullable(context);
    }

    /** The binding this one succeeds, when rotating. */
    public Optional<String> predecessorBindingId() {
        return Optional.ofNullable(predecessorBindingId);
    }

    /** The parameters (a copy); they may hold secrets. */
    public Optional<ObjectNode> parameters() {
        return Optional.ofNullable(parameters).map(ObjectNode::deepCopy);
    }

    /** The request body as sent. */
    public ObjectNode toJson() {
        ObjectNode body = Json.object();
        if (context != null) {
            body.set("context", context.toJson());
        }
        body.put("service_id", serviceId);
        body.put("plan_id", planId);
        if (appGuid != null) {
            body.put("app_guid", appGuid);
        }
        if (bindResourceAppGuid != null || bindResourceRoute != null) {
            ObjectNode resource = body.putObject("bind_resource");
            if (bindResourceAppGuid != null) {
                resource.put("app_guid", bindResourceAppGuid);
            }
            if (bindResourceRoute != null) {
                resource.put("route", bindResourceRoute);
            }
        }
        if (parameters != null) {
            body.set("parameters", parameters.deepCopy());
        }
        if (predecessorBindingId != null) {
            body.put("predecessor_binding_id", predecessorBindingId);
        }
        return body;
    }

    @Override
    public String toString() {
        return "BindRequest[serviceId=" + serviceId + ", planId=" + planId + ", context=" + context
                + ", bindResource.appGuid=" + bindResourceAppGuid + ", bindResource.route=" + bindResourceRoute
                + ", parameters=" + Redaction.keysOnly(parameters) + ", predecessorBindingId=" + predecessorBindingId
                + "]";
    }

    /** Builds a {@link BindRequest}. */
    public static final class Builder {
        private final String serviceId;
        private final String planId;
        private OsbContext context;
        private String appGuid;
        private String bindResourceAppGuid;
        private String bindResourceRoute;
        private ObjectNode parameters;
        private String predecessorBindingId;

        private Builder(String serviceId, String planId) {
            this.serviceId = serviceId;
            this.planId = planId;
        }

        public Builder context(OsbContext context) {
            this.context = context;
            return this;
        }

        /** Sets {@code bind_resource.app_guid}, the answer to a broker's {@code RequiresApp}. */
        public Builder appGuid(String appGuid) {
            this.bindResourceAppGuid = appGuid;
            return this;
        }

        /** Also sends the deprecated top-level {@code app_guid}, for brokers older than 2.13. */
        public Builder legacyAppGuid(String appGuid) {
            this.appGuid = appGuid;
            return this;
        }

        /** Sets {@code bind_resource.route} for route-service bindings. */
        public Builder route(String route) {
            this.bindResourceRoute = route;
            return this;
        }

        public Builder parameters(ObjectNode parameters) {
            this.parameters = parameters == null ? null : parameters.deepCopy();
            return this;
        }

        public Builder parameters(Map<String, ?> parameters) {
            this.parameters = parameters == null ? null : Json.MAPPER.valueToTree(parameters);
            return this;
        }

        /** Makes this a rotation of an existing, non-expired binding of the same instance. */
        public Builder predecessorBindingId(String predecessorBindingId) {
            this.predecessorBindingId = predecessorBindingId;
            return this;
        }

        public BindRequest build() {
            return new BindRequest(this);
        }
    }
}
