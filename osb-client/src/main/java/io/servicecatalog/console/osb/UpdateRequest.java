package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.catalog.MaintenanceInfo;
import io.servicecatalog.console.osb.internal.Json;
import io.servicecatalog.console.osb.internal.Redaction;
import java.util.Map;
import java.util.Optional;

/**
 * The body of an update request ({@code PATCH /v2/service_instances/:id}). Leave {@code plan_id} unset to keep the
 * plan and {@code parameters} unset to keep the parameters; per the spec, send only the parameters the user
 * changed. Parameter values never appear in {@link #toString()}.
 */
public final class UpdateRequest {

    private final String serviceId;
    private final String planId;
    private final OsbContext context;
    private final ObjectNode parameters;
    private final PreviousValues previousValues;
    private final MaintenanceInfo maintenanceInfo;

    private UpdateRequest(Builder b) {
        this.serviceId = Requests.nonEmpty(b.serviceId, "service_id");
        if (b.planId != null) {
            Requests.nonEmpty(b.planId, "plan_id");
        }
        this.planId = b.planId;
        this.context = b.context;
        this.parameters = b.parameters;
        this.previousValues = b.previousValues;
        this.maintenanceInfo = b.maintenanceInfo;
    }

    public static Builder builder(String serviceId) {
        return new Builder(serviceId);
    }

    public String serviceId() {
        return serviceId;
    }

    /** The new plan, when the plan changes. */
    public Optional<String> planId() {
        return Optional.ofNullable(planId);
    }

    public Optional<OsbContext> context() {
        return Optional.ofNullable(context);
    }

    /** The changed parameters (a copy); they may hold secrets. */
    public Optional<ObjectNode> parameters() {
        return Optional.ofNullable(parameters).map(ObjectNode::deepCopy);
    }

    public Optional<PreviousValues> previousValues() {
        return Optional.ofNullable(previousValues);
    }

    public Optional<MaintenanceInfo> maintenanceInfo() {
        return Optional.ofNullable(maintenanceInfo);
    }

    /** The request body as sent. */
    public ObjectNode toJson() {
        ObjectNode body = Json.object();
        if (context != null) {
            body.set("context", context.toJson());
        }
        body.put("service_id", serviceId);
        if (planId != null) {
            body.put("plan_id", planId);
        }
        if (parameters != null) {
            body.set("parameters", parameters.deepCopy());
        }
        if (previousValues != null) {
            body.set("previous_values", previousValues.toJson());
        }
        if (maintenanceInfo != null) {
            body.set("maintenance_info", Json.MAPPER.valueToTree(maintenanceInfo));
        }
        return body;
    }

    @Override
    public String toString() {
        return "UpdateRequest[serviceId=" + serviceId + ", planId=" + planId + ", context=" + context
                + ", parameters=" + Redaction.keysOnly(parameters) + ", previousValues=" + previousValues
                + ", maintenanceInfo=" + maintenanceInfo + "]";
    }

    /** Builds an {@link UpdateRequest}. */
    public static final class Builder {
        private final String serviceId;
        private String planId;
        private OsbContext context;
        private ObjectNode parameters;
        private PreviousValues previousValues;
        private MaintenanceInfo maintenanceInfo;

        private Builder(String serviceId) {
            this.serviceId = serviceId;
        }

        /** Changes the plan; also poll with the previous plan's id (see {@link LastOperationQuery}). */
        public Builder planId(String planId) {
            this.planId = planId;
            return this;
        }

        public Builder context(OsbContext context) {
            this.context = context;
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

        public Builder previousValues(PreviousValues previousValues) {
            this.previousValues = previousValues;
            return this;
        }

        public Builder maintenanceInfo(MaintenanceInfo maintenanceInfo) {
            this.maintenanceInfo = maintenanceInfo;
            return this;
        }

        public UpdateRequest build() {
            return new UpdateRequest(this);
        }
    }
}
