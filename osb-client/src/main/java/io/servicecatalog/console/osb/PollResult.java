package io.servicecatalog.console.osb;

import java.time.Duration;

/**
 * How a polled operation ended: the final {@code last_operation} answer, the number of polls and the time taken.
 * A delete that the broker answered with 410 Gone counts as succeeded.
 */
public record PollResult(PollTarget target, LastOperation last, int polls, Duration elapsed) {

    public boolean succeeded() {
        return last.state() == OperationState.SUCCEEDED;
    }

    public boolean failed() {
        return last.state() == OperationState.FAILED;
    }

    /** True when a delete ended with 410 Gone. */
    public boolean gone() {
        return last.gone();
    }

    /**
     * Whether the spec asks for orphan mitigation: a failed provision, deprovision, bind or unbind (not an update).
     */
    public boolean orphanMitigationRequired() {
        return failed() && Errors.orphanMitigationAfterFailedPoll(target.operation());
    }
}
