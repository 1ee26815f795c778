package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.catalog.MaintenanceInfo;
import io.servicecatalog.console.osb.internal.Json;

/**
 * What an instance looked like before an update ({@code previous_values}): its plan and maintenance info, and the
 * deprecated {@code service_id}, {@code organization_id} and {@code space_id} for brokers that still read them.
 * Any field may be null.
 */
public record PreviousValues(String planId, MaintenanceInfo maintenanceInfo, String serviceId,
        String organizationId, String spaceId) {

    /** Previous values with the plan only. */
    public static PreviousValues plan(String planId) {
        return new PreviousValues(planId, null, null, null, null);
    }

    /** Previous values with the plan and the maintenance info in use. */
    public static PreviousValues of(String planId, MaintenanceInfo maintenanceInfo) {
        return new PreviousValues(planId, maintenanceInfo, null, null, null);
    }

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        if (serviceId != null) {
            node.put("service_id", serviceId);
        }
        if (planId != null) {
            node.put("plan_id", planId);
        }
        if (organizationId != null) {
            node.put("organization_id", organizationId);
        }
        if (spaceId != null) {
            node.put("space_id", spaceId);
        }
        if (maintenanceInfo != null) {
            node.set("maintenance_info", Json.MAPPER.valueToTree(maintenanceInfo));
        }
        return node;
    }
}
