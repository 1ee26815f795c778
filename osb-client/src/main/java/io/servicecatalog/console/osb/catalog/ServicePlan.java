package io.servicecatalog.console.osb.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One plan of a service offering (OSB v2.17 "Service Plan Object"). Effective values apply the spec's defaults
 * ({@code free} true, {@code binding_rotatable} false) and the offering's {@code bindable}/{@code plan_updateable}
 * when the plan does not override them.
 */
public final class ServicePlan {

    private static final Set<String> KNOWN = Set.of("id", "name", "description", "metadata", "free", "bindable",
            "binding_rotatable", "plan_updateable", "schemas", "maximum_polling_duration", "maintenance_info");

    private final ObjectNode json;
    private final String serviceId;
    private final String id;
    private final String name;
    private final String description;
    private final boolean free;
    private final Boolean bindableOverride;
    private final boolean bindable;
    private final boolean bindingRotatable;
    private final Boolean planUpdateableOverride;
    private final boolean planUpdateable;
    private final PlanSchemas schemas;
    private final Duration maximumPollingDuration;
    private final MaintenanceInfo maintenanceInfo;
    private final PlanMetadata metadata;

    private ServicePlan(ObjectNode json, String path, ServiceOffering offering) {
        this.json = json;
        this.serviceId = offering.id();
        this.id = ServiceOffering.nonEmpty(Json.requiredString(json, "id", path), path + ".id");
        this.name = ServiceOffering.nonEmpty(Json.requiredString(json, "name", path), path + ".name");
        this.description = Json.requiredString(json, "description", path);
        this.free = Json.optionalBoolean(json, "free", path).orElse(true);
        this.bindableOverride = Json.optionalBoolean(json, "bindable", path).orElse(null);
        this.bindable = bindableOverride != null ? bindableOverride : offering.bindable();
        this.bindingRotatable = Json.optionalBoolean(json, "binding_rotatable", path).orElse(false);
        this.planUpdateableOverride = Json.optionalBoolean(json, "plan_updateable", path).orElse(null);
        this.planUpdateable = planUpdateableOverride != null ? planUpdateableOverride : offering.planUpdateable();
        this.schemas = PlanSchemas.fromJson(Json.optionalObject(json, "schemas", path).orElseGet(Json::object),
                path + ".schemas");
        this.maximumPollingDuration = Json.optionalLong(json, "maximum_polling_duration", path).map(seconds -> {
            if (seconds <= 0) {
                throw new IllegalArgumentException(path + ".maximum_polling_duration must be a positive number of seconds");
            }
            return Duration.ofSeconds(seconds);
        }).orElse(null);
        this.maintenanceInfo = Json.optionalObject(json, "maintenance_info", path)
                .map(node -> MaintenanceInfo.fromJson(node, path + ".maintenance_info")).orElse(null);
        this.metadata = new PlanMetadata(Json.optionalObject(json, "metadata", path).orElseGet(Json::object));
    }

    static ServicePlan fromJson(JsonNode node, String path, ServiceOffering offering) {
        return new ServicePlan(Json.requireObject(node, path), path, offering);
    }

    /** The id of the offering this plan belongs to. */
    public String serviceId() {
        return serviceId;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** False when instances of this plan cost money; true when the broker does not say (the spec's default). */
    public boolean free() {
        return free;
    }

    /** Whether instances of this plan can be bound: the plan's own value, else the offering's. */
    public boolean bindable() {
        return bindable;
    }

    /** The plan's own {@code bindable}, when it sets one. */
    public Optional<Boolean> bindableOverride() {
        return Optional.ofNullable(bindableOverride);
    }

    /** Whether bindings of this plan can be rotated with {@code predecessor_binding_id} (default false). */
    public boolean bindingRotatable() {
        return bindingRotatable;
    }

    /** Whether instances may change to another plan: the plan's own value, else the offering's. */
    public boolean planUpdateable() {
        return planUpdateable;
    }

    /** The plan's own {@code plan_updateable}, when it sets one. */
    public Optional<Boolean> planUpdateableOverride() {
        return Optional.ofNullable(planUpdateableOverride);
    }

    public PlanSchemas schemas() {
        return schemas;
    }

    /** How long a platform should poll an asynchronous operation of this plan before calling it failed. */
    public Optional<Duration> maximumPollingDuration() {
        return Optional.ofNullable(maximumPollingDuration);
    }

    public Optional<MaintenanceInfo> maintenanceInfo() {
        return Optional.ofNullable(maintenanceInfo);
    }

    public PlanMetadata metadata() {
        return metadata;
    }

    /** Fields that OSB v2.17 does not define for a plan (vendor extensions), as copies. */
    public Map<String, JsonNode> extensions() {
        return Json.unknownFields(json, KNOWN);
    }

    /** The plan exactly as the broker sent it (a copy). */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "ServicePlan[id=" + id + ", name=" + name + ", free=" + free + ", bindable=" + bindable + "]";
    }
}
