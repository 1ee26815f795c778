package io.servicecatalog.console.osb;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link LastOperationPoller} polls: the instance or binding, the operation that answered 202 (it decides
 * whether 410 Gone means success and whether a failure calls for orphan mitigation), the query to send, and the
 * limits: the plan's {@code maximum_polling_duration} and/or the caller's deadline, whichever comes first.
 */
public record PollTarget(OsbOperation operation, String instanceId, String bindingId, LastOperationQuery query,
        Duration maximumPollingDuration, Instant deadline) {

    public PollTarget {
        Objects.requireNonNull(operation, "operation");
        Requests.nonEmpty(instanceId, "instance id");
        boolean bindingOp = operation == OsbOperation.BIND || operation == OsbOperation.UNBIND;
        boolean instanceOp = operation == OsbOperation.PROVISION || operation == OsbOperation.UPDATE
                || operation == OsbOperation.DEPROVISION;
        if (!bindingOp && !instanceOp) {
            throw new IllegalArgumentException("Only provision, update, deprovision, bind and unbind are polled, not "
                    + operation);
        }
        if (bindingOp) {
            Requests.nonEmpty(bindingId, "binding id");
        }
        if (maximumPollingDuration != null && (maximumPollingDuration.isNegative() || maximumPollingDuration.isZero())) {
            throw new IllegalArgumentException("The maximum polling duration must be longer than zero.");
        }
        query = query == null ? new LastOperationQuery(null, null, null) : query;
    }

    /** Polls the instance's last_operation after a 202 to provision, update or deprovision. */
    public static PollTarget instance(String instanceId, OsbOperation operation, LastOperationQuery query) {
        return new PollTarget(operation, instanceId, null, query, null, null);
    }

    /** Polls the binding's last_operation after a 202 to bind or unbind. */
    public static PollTarget binding(String instanceId, String bindingId, OsbOperation operation,
            LastOperationQuery query) {
        return new PollTarget(operation, instanceId, bindingId, query, null, null);
    }

    /** The plan's {@code maximum_polling_duration}; null keeps the poller's default. */
    public PollTarget withMaximumPollingDuration(Duration duration) {
        return new PollTarget(operation, instanceId, bindingId, query, duration, deadline);
    }

    /** A point in time after which polling stops, whatever the plan allows. */
    public PollTarget withDeadline(Instant at) {
        return new PollTarget(operation, instanceId, bindingId, query, maximumPollingDuration, at);
    }

    boolean isDelete() {
        return operation == OsbOperation.DEPROVISION || operation == OsbOperation.UNBIND;
    }

    boolean onBinding() {
        // The constructor requires a binding id for these two.
        return operation == OsbOperation.BIND || operation == OsbOperation.UNBIND;
    }
}
