package io.servicecatalog.console.osb.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One service offering of a broker catalog, with its plans (OSB v2.17 "Service Offering Object"). */
public final class ServiceOffering {

    private static final Set<String> KNOWN = Set.of("name", "id", "description", "tags", "requires", "bindable",
            "instances_retrievable", "bindings_retrievable", "allow_context_updates", "metadata", "dashboard_client",
            "plan_updateable", "plans");

    private final ObjectNode json;
    private final String id;
    private final String name;
    private final String description;
    private final List<String> tags;
    private final List<String> requires;
    private final boolean bindable;
    private final boolean instancesRetrievable;
    private final boolean bindingsRetrievable;
    private final boolean allowContextUpdates;
    private final boolean planUpdateable;
    private final ServiceMetadata metadata;
    private final DashboardClient dashboardClient;
    private final List<ServicePlan> plans;

    private ServiceOffering(ObjectNode json, String path) {
        this.json = json;
        this.id = nonEmpty(Json.requiredString(json, "id", path), path + ".id");
        this.name = nonEmpty(Json.requiredString(json, "name", path), path + ".name");
        this.description = Json.requiredString(json, "description", path);
        this.tags = Json.stringList(json, "tags", path);
        this.requires = Json.stringList(json, "requires", path);
        // Required by the spec, but the upstream controller (Go, plain bool) reads a missing one as false; so do we.
        this.bindable = Json.optionalBoolean(json, "bindable", path).orElse(false);
        this.instancesRetrievable = Json.optionalBoolean(json, "instances_retrievable", path).orElse(false);
        this.bindingsRetrievable = Json.optionalBoolean(json, "bindings_retrievable", path).orElse(false);
        this.allowContextUpdates = Json.optionalBoolean(json, "allow_context_updates", path).orElse(false);
        this.planUpdateable = Json.optionalBoolean(json, "plan_updateable", path).orElse(false);
        this.metadata = new ServiceMetadata(Json.optionalObject(json, "metadata", path).orElseGet(Json::object));
        this.dashboardClient = Json.optionalObject(json, "dashboard_client", path)
                .map(node -> DashboardClient.fromJson(node, path + ".dashboard_client")).orElse(null);
        JsonNode plansNode = json.get("plans");
        if (plansNode == null || !plansNode.isArray() || plansNode.isEmpty()) {
            throw new IllegalArgumentException(path + ".plans is required and must list at least one plan");
        }
        List<ServicePlan> parsed = new ArrayList<>(plansNode.size());
        Set<String> planNames = new HashSet<>();
        for (int i = 0; i < plansNode.size(); i++) {
            ServicePlan plan = ServicePlan.fromJson(plansNode.get(i), path + ".plans[" + i + "]", this);
            if (!planNames.add(plan.name())) {
                throw new IllegalArgumentException(path + ".plans[" + i + "].name \"" + plan.name()
                        + "\" is used twice in this offering; plan names must be unique within an offering");
            }
            parsed.add(plan);
        }
        this.plans = List.copyOf(parsed);
    }

    static ServiceOffering fromJson(JsonNode node, String path) {
        return new ServiceOffering(Json.requireObject(node, path), path);
    }

    static String nonEmpty(String value, String path) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(path + " must not be empty");
        }
        return value;
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

    public List<String> tags() {
        return tags;
    }

    /** Permissions the offering needs: {@code syslog_drain}, {@code route_forwarding}, {@code volume_mount}. */
    public List<String> requires() {
        return requires;
    }

    /** The offering-level default; a plan may override it (see {@link ServicePlan#bindable()}). */
    public boolean bindable() {
        return bindable;
    }

    /** Whether {@code GET /v2/service_instances/:id} is supported. */
    public boolean instancesRetrievable() {
        return instancesRetrievable;
    }

    /** Whether {@code GET …/service_bindings/:id} is supported. */
    public boolean bindingsRetrievable() {
        return bindingsRetrievable;
    }

    public boolean allowContextUpdates() {
        return allowContextUpdates;
    }

    /** The offering-level default for plan changes (defaults to false); plans may override it. */
    public boolean planUpdateable() {
        return planUpdateable;
    }

    public ServiceMetadata metadata() {
        return metadata;
    }

    /** The Cloud Foundry dashboard SSO client, if declared. */
    public Optional<DashboardClient> dashboardClient() {
        return Optional.ofNullable(dashboardClient);
    }

    public List<ServicePlan> plans() {
        return plans;
    }

    /** The plan with this id, if the offering has it. */
    public Optional<ServicePlan> plan(String planId) {
        return plans.stream().filter(p -> p.id().equals(planId)).findFirst();
    }

    /** The plan with this name, if the offering has it. */
    public Optional<ServicePlan> planByName(String planName) {
        return plans.stream().filter(p -> p.name().equals(planName)).findFirst();
    }

    /** Fields that OSB v2.17 does not define for an offering (vendor extensions), as copies. */
    public Map<String, JsonNode> extensions() {
        return Json.unknownFields(json, KNOWN);
    }

    /** The offering exactly as the broker sent it (a copy). */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "ServiceOffering[id=" + id + ", name=" + name + ", plans=" + plans.stream().map(ServicePlan::name).toList()
                + "]";
    }
}
