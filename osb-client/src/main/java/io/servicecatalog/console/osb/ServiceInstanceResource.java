package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.catalog.MaintenanceInfo;
import io.servicecatalog.console.osb.internal.Json;
import io.servicecatalog.console.osb.internal.Redaction;
import java.util.Optional;

/**
 * A fetched instance ({@code GET /v2/service_instances/:id}, for offerings with {@code instances_retrievable}).
 * Parameter values never appear in {@link #toString()}.
 */
public final class ServiceInstanceResource {

    private final String serviceId;
    private final String planId;
    private final String dashboardUrl;
    private final ObjectNode parameters;
    private final MaintenanceInfo maintenanceInfo;
    private final InstanceMetadata metadata;

    private ServiceInstanceResource(ObjectNode body) {
        String path = "instance";
        this.serviceId = Json.optionalString(body, "service_id", path).orElse(null);
        this.planId = Json.optionalString(body, "plan_id", path).orElse(null);
        this.dashboardUrl = Json.optionalString(body, "dashboard_url", path).orElse(null);
        this.parameters = Json.optionalObject(body, "parameters", path).orElse(null);
        this.maintenanceInfo = Json.optionalObject(body, "maintenance_info", path)
                .map(m -> MaintenanceInfo.fromJson(m, path + ".maintenance_info")).orElse(null);
        this.metadata = InstanceMetadata.fromJson(body, path);
    }

    static ServiceInstanceResource fromJson(ObjectNode body) {
        return new ServiceInstanceResource(body);
    }

    public Optional<String> serviceId() {
        return Optional.ofNullable(serviceId);
    }

    public Optional<String> planId() {
        return Optional.ofNullable(planId);
    }

    public Optional<String> dashboardUrl() {
        return Optional.ofNullable(dashboardUrl);
    }

    /** The parameters the broker reports (a copy); they may hold secrets. */
    public Optional<ObjectNode> parameters() {
        return Optional.ofNullable(parameters).map(ObjectNode::deepCopy);
    }

    public Optional<MaintenanceInfo> maintenanceInfo() {
        return Optional.ofNullable(maintenanceInfo);
    }

    public InstanceMetadata metadata() {
        return metadata;
    }

    @Override
    public String toString() {
        return "ServiceInstanceResource[serviceId=" + serviceId + ", planId=" + planId + ", dashboardUrl="
                + dashboardUrl + ", parameters=" + Redaction.keysOnly(parameters) + ", maintenanceInfo="
                + maintenanceInfo + "]";
    }
}
