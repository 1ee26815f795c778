package io.servicecatalog.console.osb;

import io.servicecatalog.console.osb.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls {@code last_operation} after a 202 until the broker reports success or failure. Waits are scheduled, never
 * spun: the broker's {@code Retry-After} (seconds or HTTP date) when it sends one, else an exponential back-off.
 * Polling stops at the plan's {@code maximum_polling_duration}, the caller's deadline or this poller's default
 * limit ({@link PollingTimeoutException}), and when the returned future is cancelled. A 410 Gone ends a delete
 * successfully and is ignored for creates and updates, as the spec says.
 */
public final class LastOperationPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LastOperationPoller.class);
    private static final AtomicInteger POOL = new AtomicInteger();

    private final OsbClient client;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    /** Runs the blocking polls, so one slow broker answer does not hold up the timing of every other run. */
    private final ThreadPoolExecutor pollThreads;
    private final Duration initialInterval;
    private final Duration maxInterval;
    private final Duration minimumInterval;
    private final double multiplier;
    private final Duration defaultMaximumDuration;
    private final PollListener listener;
    private final Clock clock;
    private final Set<Run> active = ConcurrentHashMap.newKeySet();

    private LastOperationPoller(Builder b) {
        this.client = b.client;
        this.ownsScheduler = b.scheduler == null;
        this.scheduler = b.scheduler != null ? b.scheduler
                : Executors.newSingleThreadScheduledExecutor(namedDaemon("osb-poller-"));
        this.pollThreads = new ThreadPoolExecutor(b.maxConcurrentPolls, b.maxConcurrentPolls, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), namedDaemon("osb-poll-"));
        this.pollThreads.allowCoreThreadTimeOut(true);
        this.initialInterval = b.initialInterval;
        this.maxInterval = b.maxInterval;
        this.minimumInterval = b.minimumInterval;
        this.multiplier = b.multiplier;
        this.defaultMaximumDuration = b.defaultMaximumDuration;
        this.listener = b.listener;
        this.clock = b.clock;
    }

    private static ThreadFactory namedDaemon(String prefix) {
        int pool = POOL.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread t = Executors.defaultThreadFactory().newThread(runnable);
            t.setName(prefix + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts configuring a poller that sends its polls through {@code client}. */
    public static Builder builder(OsbClient client) {
        return new Builder(client);
    }

    /**
     * Starts polling at once. The future completes with the final answer, or exceptionally with a
     * {@link PollingTimeoutException} or the {@link OsbException} that made further polling pointless (e.g. 401,
     * 404). Cancelling it stops polling.
     */
    public CompletableFuture<PollResult> poll(PollTarget target) {
        Objects.requireNonNull(target, "target");
        Run run = new Run(target);
        active.add(run);
        run.result.whenComplete((r, e) -> active.remove(run));
        run.schedule(Duration.ZERO);
        return run.result;
    }

    /**
     * Polls and waits for the end, on the calling thread's behalf (the polls run on the poller's threads).
     *
     * @throws OsbException as for {@link #poll(PollTarget)}
     * @throws CancellationException when the calling thread is interrupted (polling is stopped too)
     */
    public PollResult await(PollTarget target) {
        CompletableFuture<PollResult> future = poll(target);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("Stopped waiting for the broker: the thread was interrupted.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CompletionException(e.getCause());
        }
    }

    /**
     * Stops every polling run of this poller (their futures end with a {@link CancellationException}) and the
     * poller's own scheduler, if it made one.
     */
    @Override
    public void close() {
        for (Run run : active) {
            run.result.completeExceptionally(new CancellationException("The poller was closed."));
            ScheduledFuture<?> next = run.pending.get();
            if (next != null) {
                next.cancel(true);
            }
        }
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        pollThreads.shutdownNow();
    }

    /** The wait before the next poll: the broker's Retry-After if any, else the back-off for this attempt. */
    Duration nextDelay(LastOperation answer, int attempt) {
        if (answer != null && answer.retryAfter() != null) {
            Duration asked = answer.retryAfter();
            return asked.compareTo(minimumInterval) < 0 ? minimumInterval : asked;
        }
        return backoff(attempt);
    }

    Duration backoff(int attempt) {
        double factor = Math.pow(multiplier, Math.max(0, attempt - 1));
        double nanos = initialInterval.toNanos() * factor;
        if (nanos >= maxInterval.toNanos() || Double.isInfinite(nanos)) {
            return maxInterval;
        }
        Duration d = Duration.ofNanos((long) nanos);
        return d.compareTo(minimumInterval) < 0 ? minimumInterval : d;
    }

    /** One polling run. */
    private final class Run {
        final PollTarget target;
        final CompletableFuture<PollResult> result = new CompletableFuture<>();
        final AtomicReference<ScheduledFuture<?>> pending = new AtomicReference<>();
        final long startNanos = System.nanoTime();
        final long limitNanos;
        final Duration limit;
        int polls;

        Run(PollTarget target) {
            this.target = target;
            Duration max = target.maximumPollingDuration() != null ? target.maximumPollingDuration()
                    : defaultMaximumDuration;
            if (target.deadline() != null) {
                Duration untilDeadline = Duration.between(clock.instant(), target.deadline());
                if (untilDeadline.compareTo(max) < 0) {
                    max = untilDeadline.isNegative() ? Duration.ZERO : untilDeadline;
                }
            }
            this.limit = max;
            this.limitNanos = max.toNanos();
            result.whenComplete((r, e) -> {
                ScheduledFuture<?> next = pending.get();
                if (next != null && result.isCancelled()) {
                    next.cancel(true);
                }
            });
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }

        void schedule(Duration wait) {
            if (result.isDone()) {
                return;
            }
            long remaining = limitNanos - (System.nanoTime() - startNanos);
            if (remaining <= 0 && polls > 0) {
                Failure f = new Failure(target.operation(), client.brokerUrl(), null, null, null, null, null, null,
                        null, Errors.orphanMitigationAfterFailedPoll(target.operation()));
                result.completeExceptionally(new PollingTimeoutException(f,
                        Messages.sentence(f, "error.pollTimeout", Errors.human(limit)), null));
                return;
            }
            long waitNanos = Math.max(0, Math.min(wait.toNanos(), remaining));
            ScheduledFuture<?> next;
            try {
                next = scheduler.schedule(this::dispatch, waitNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(new CancellationException("The poller was closed."));
                return;
            }
            pending.set(next);
            if (result.isCancelled()) {
                next.cancel(true);
            }
        }

        /** On the scheduler: hands the poll to the poll threads and returns at once. */
        void dispatch() {
            if (result.isDone()) {
                return;
            }
            try {
                pollThreads.execute(this::attempt);
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(new CancellationException("The poller was closed."));
            }
        }

        void attempt() {
            if (result.isDone()) {
                return;
            }
            polls++;
            LastOperation answer;
            try {
                answer = target.onBinding()
                        ? client.bindingLastOperation(target.instanceId(), target.bindingId(), target.query())
                        : client.instanceLastOperation(target.instanceId(), target.query());
            } catch (OsbException e) {
                if (!worthRetrying(e)) {
                    result.completeExceptionally(e);
                    return;
                }
                Duration wait = backoff(polls);
                LOG.debug("Poll {} of {} failed, retrying in {}: {}", polls, target.operation(), wait, e.getMessage());
                notifyRetry(e, wait);
                schedule(wait);
                return;
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            if (answer.gone()) {
                if (target.isDelete()) {
                    result.complete(new PollResult(target, answer, polls, elapsed()));
                    return;
                }
                // 410 while creating or updating is an invalid answer; the spec says to keep polling.
                Duration wait = nextDelay(null, polls);
                notifyProgress(answer, wait);
                schedule(wait);
                return;
            }
            if (!answer.inProgress()) {
                result.complete(new PollResult(target, answer, polls, elapsed()));
                return;
            }
            Duration wait = nextDelay(answer, polls);
            notifyProgress(answer, wait);
            schedule(wait);
        }

        private void notifyProgress(LastOperation answer, Duration wait) {
            if (listener != null) {
                try {
                    listener.onProgress(target, answer, wait);
                } catch (RuntimeException e) {
                    LOG.warn("A poll listener failed; polling goes on", e);
                }
            }
        }

        private void notifyRetry(OsbException failure, Duration wait) {
            if (listener != null) {
                try {
                    listener.onRetry(target, failure, wait);
                } catch (RuntimeException e) {
                    LOG.warn("A poll listener failed; polling goes on", e);
                }
            }
        }
    }

    /**
     * The spec says to keep polling after invalid answers; answers that cannot get better (bad request, refused
     * credentials, unknown resource, wrong API version) end polling at once so the person sees why.
     */
    static boolean worthRetrying(OsbException e) {
        if (e instanceof OsbTransportException || e instanceof MalformedResponseException) {
            return true;
        }
        int status = e.httpStatus().orElse(0);
        return status >= 500 || status == 408 || status == 429 || e instanceof UnexpectedStatusException;
    }

    /** Configures a {@link LastOperationPoller}. */
    public static final class Builder {
        private final OsbClient client;
        private ScheduledExecutorService scheduler;
        private int maxConcurrentPolls = 4;
        private Duration initialInterval = Duration.ofSeconds(2);
        private Duration maxInterval = Duration.ofSeconds(60);
        private Duration minimumInterval = Duration.ofSeconds(1);
        private double multiplier = 2.0;
        private Duration defaultMaximumDuration = Duration.ofHours(1);
        private PollListener listener;
        private Clock clock = Clock.systemUTC();

        private Builder(OsbClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /**
         * Times the polls on this scheduler (not shut down by {@link #close()}); default: the poller's own thread.
         * The HTTP calls themselves run on the poller's own poll threads, never on the scheduler.
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /** How many last_operation requests may be in flight at once (one thread each); default 4. */
        public Builder maxConcurrentPolls(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("At least one poll must be allowed at a time.");
            }
            this.maxConcurrentPolls = max;
            return this;
        }

        /** The first back-off wait when the broker sends no Retry-After; default 2 s. */
        public Builder initialInterval(Duration interval) {
            this.initialInterval = Checks.positive(interval, "initial interval");
            return this;
        }

        /** The longest back-off wait; default 60 s. */
        public Builder maxInterval(Duration interval) {
            this.maxInterval = Checks.positive(interval, "maximum interval");
            return this;
        }

        /** The shortest wait between polls, even if Retry-After asks for less; default 1 s. */
        public Builder minimumInterval(Duration interval) {
            this.minimumInterval = Checks.positive(interval, "minimum interval");
            return this;
        }

        /** How much each back-off wait grows; default 2. */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("The back-off multiplier must be at least 1.");
            }
            this.multiplier = multiplier;
            return this;
        }

        /** The platform's own limit when the plan sets no {@code maximum_polling_duration}; default 1 hour. */
        public Builder defaultMaximumDuration(Duration duration) {
            this.defaultMaximumDuration = Checks.positive(duration, "default maximum polling duration");
            return this;
        }

        public Builder listener(PollListener listener) {
            this.listener = listener;
            return this;
        }

        /** The clock that caller deadlines are measured against. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public LastOperationPoller build() {
            if (maxInterval.compareTo(initialInterval) < 0) {
                throw new IllegalArgumentException("The maximum interval must not be shorter than the initial one.");
            }
            return new LastOperationPoller(this);
        }

    }

    @Override
    public String toString() {
        return "LastOperationPoller[" + client.brokerUrl() + ", initial=" + initialInterval + ", max=" + maxInterval
                + "]";
    }

}
