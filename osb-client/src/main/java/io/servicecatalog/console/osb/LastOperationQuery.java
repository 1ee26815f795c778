package io.servicecatalog.console.osb;

import java.util.Optional;

/**
 * The query of a last_operation poll: the {@code service_id} and {@code plan_id} hints (for a plan change, the plan
 * <em>before</em> the update) and the broker's {@code operation} token from the 202 answer. Any part may be null.
 */
public record LastOperationQuery(String serviceId, String planId, String operation) {

    public LastOperationQuery {
        if (operation != null && operation.isEmpty()) {
            operation = null;
        }
    }

    /** A query with hints and the operation token. */
    public static LastOperationQuery of(String serviceId, String planId, String operation) {
        return new LastOperationQuery(serviceId, planId, operation);
    }

    public Optional<String> operationToken() {
        return Optional.ofNullable(operation);
    }
}
