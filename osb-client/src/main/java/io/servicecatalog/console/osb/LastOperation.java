package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.time.Duration;
import java.util.Optional;

/**
 * One answer of a {@code last_operation} poll: the state, the broker's progress text, the failure flags
 * {@code instance_usable}/{@code update_repeatable} (both default to true), the {@code Retry-After} the broker asked
 * for, and whether the broker answered 410 Gone (success for a delete, an invalid answer otherwise).
 */
public record LastOperation(OperationState state, String description, Boolean instanceUsableFlag,
        Boolean updateRepeatableFlag, Duration retryAfter, boolean gone) {

    static LastOperation fromJson(ObjectNode body, Duration retryAfter) {
        String path = "last_operation";
        return new LastOperation(OperationState.fromWire(Json.requiredString(body, "state", path)),
                Json.optionalString(body, "description", path).orElse(null),
                Json.optionalBoolean(body, "instance_usable", path).orElse(null),
                Json.optionalBoolean(body, "update_repeatable", path).orElse(null),
                retryAfter, false);
    }

    static LastOperation goneAnswer() {
        return new LastOperation(OperationState.SUCCEEDED, null, null, null, null, true);
    }

    public Optional<String> descriptionIfAny() {
        return Optional.ofNullable(description);
    }

    /** Whether the instance can still be used after a failed update or deprovision (default true). */
    public boolean instanceUsable() {
        return instanceUsableFlag == null || instanceUsableFlag;
    }

    /** Whether a failed update may be repeated (default true). */
    public boolean updateRepeatable() {
        return updateRepeatableFlag == null || updateRepeatableFlag;
    }

    /** The wait the broker asked for before the next poll, if it sent {@code Retry-After}. */
    public Optional<Duration> retryAfterIfAny() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean inProgress() {
        return !gone && state == OperationState.IN_PROGRESS;
    }
}
