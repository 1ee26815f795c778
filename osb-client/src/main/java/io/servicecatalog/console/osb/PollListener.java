package io.servicecatalog.console.osb;

import java.time.Duration;

/** Hears each poll of a {@link LastOperationPoller}, e.g. to show the broker's progress text. */
public interface PollListener {

    /** An "in progress" answer (or an ignored 410 on a create/update poll), and the wait before the next poll. */
    void onProgress(PollTarget target, LastOperation answer, Duration nextPollIn);

    /** A poll failed in a way worth retrying (5xx, timeout, unreadable answer); polling goes on after the wait. */
    default void onRetry(PollTarget target, OsbException failure, Duration nextPollIn) {
    }
}
