package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.catalog.MaintenanceInfo;
import io.servicecatalog.console.osb.internal.Json;
import io.servicecatalog.console.osb.internal.Redaction;
import java.util.Map;
import java.util.Optional;

/**
 * The body of a provision request ({@code PUT /v2/service_instances/:id}). The deprecated but still required
 * {@code organization_guid}/{@code space_guid} default, for a Kubernetes context, to its {@code clusterid} and
 * {@code namespace}. Parameter values never appear in {@link #toString()}.
 */
public final class ProvisionRequest {

    private final String serviceId;
    private final String planId;
    private final OsbContext context;
    private final String organizationGuid;
    private final String spaceGuid;
    private final ObjectNode parameters;
    private final MaintenanceInfo maintenanceInfo;

    private ProvisionRequest(Builder b) {
        this.serviceId = Requests.nonEmpty(b.serviceId, "service_id");
        this.planId = Requests.nonEmpty(b.planId, "plan_id");
        this.context = b.context;
        this.organizationGuid = Requests.nonEmpty(b.organizationGuid != null ? b.organizationGuid
                : fromContext("clusterid"), "organization_guid (set it, or give a Kubernetes context with a clusterid)");
        this.spaceGuid = Requests.nonEmpty(b.spaceGuid != null ? b.spaceGuid
                : fromContext("namespace"), "space_guid (set it, or give a Kubernetes context with a namespace)");
        this.parameters = b.parameters;
        this.maintenanceInfo = b.maintenanceInfo;
    }

    private String fromContext(String field) {
        return context != null && "kubernetes".equals(context.platform()) ? context.get(field).orElse(null) : null;
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

    public String organizationGuid() {
        return organizationGuid;
    }

    public String spaceGuid() {
        return spaceGuid;
    }

    /** The parameters (a copy); they may hold secrets. */
    public Optional<ObjectNode> parameters() {
        return Optional.ofNullable(parameters).map(ObjectNode::deepCopy);
    }

    public Optional<MaintenanceInfo> maintenanceInfo() {
        return Optional.ofNullable(maintenanceInfo);
    }

    /** The request body as sent. */
    public ObjectNode toJson() {
        ObjectNode body = Json.object();
        body.put("service_id", serviceId);
        body.put("plan_id", planId);
        if (context != null) {
            body.set("context", context.toJson());
        }
        body.put("organization_guid", organizationGuid);
        body.put("space_guid", spaceGuid);
        if (parameters != null) {
            body.set("parameters", parameters.deepCopy());
        }
        if (maintenanceInfo != null) {
            body.set("maintenance_info", Json.MAPPER.valueToTree(maintenanceInfo));
        }
        return body;
    }

    @Override
    public String toString() {
        return "ProvisionRequest[serviceId=" + serviceId + ", planId=" + planId + ", context=" + context
                + ", parameters=" + Redaction.keysOnly(parameters) + ", maintenanceInfo=" + maintenanceInfo + "]";
    }

    /** Builds a {@link ProvisionRequest}. */
    public static final class Builder {
        private final String serviceId;
        private final String planId;
        private OsbContext context;
        private String organizationGuid;
        private String spaceGuid;
        private ObjectNode parameters;
        private MaintenanceInfo maintenanceInfo;

        private Builder(String serviceId, String planId) {
            this.serviceId = serviceId;
            this.planId = planId;
        }

        public Builder context(OsbContext context) {
            this.context = context;
            return this;
        }

        public Builder organizationGuid(String organizationGuid) {
            this.organizationGuid = organizationGuid;
            return this;
        }

        public Builder spaceGuid(String spaceGuid) {
            this.spaceGuid = spaceGuid;
            return this;
        }

        public Builder parameters(ObjectNode parameters) {
            this.parameters = parameters == null ? null : parameters.deepCopy();
            return this;
        }

        /** Parameters from plain Java values (maps, lists, strings, numbers, booleans). */
        public Builder parameters(Map<String, ?> parameters) {
            this.parameters = parameters == null ? null : Json.MAPPER.valueToTree(parameters);
            return this;
        }

        public Builder maintenanceInfo(MaintenanceInfo maintenanceInfo) {
            this.maintenanceInfo = maintenanceInfo;
            return this;
        }

        public ProvisionRequest build() {
            return new ProvisionRequest(this);
        }
    }
}
