package io.servicecatalog.console.osb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.servicecatalog.console.osb.stub.StubBroker;
import io.servicecatalog.console.osb.stub.StubResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Polling last_operation: Retry-After, back-off, limits, cancellation, 410 and retries. */
class LastOperationPollerTest {

    private static final String LAST_OP = "/v2/service_instances/inst-1/last_operation";
    private static final String IN_PROGRESS = "{\"state\":\"in progress\",\"description\":\"Working (10%).\"}";
    private static final String SUCCEEDED = "{\"state\":\"succeeded\",\"description\":\"Done.\"}";
    private static final String FAILED = "{\"state\":\"failed\",\"description\":\"Quota exceeded.\"}";

    private StubBroker broker;
    private OsbClient client;
    private LastOperationPoller poller;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<String> progress = new CopyOnWriteArrayList<>();
    private final List<OsbException> retries = new CopyOnWriteArrayList<>();

    private final PollListener listener = new PollListener() {
        @Override
        public void onProgress(PollTarget target, LastOperation answer, Duration nextPollIn) {
            waits.add(nextPollIn);
            progress.add(answer.description());
        }

        @Override
        public void onRetry(PollTarget target, OsbException failure, Duration nextPollIn) {
            retries.add(failure);
            waits.add(nextPollIn);
        }
    };

    @BeforeEach
    void start() {
        broker = StubBroker.start();
        client = OsbClient.builder(broker.url()).build();
        poller = fastPoller(client);
    }

    private LastOperationPoller fastPoller(OsbClient c) {
        return c.poller().initialInterval(Duration.ofMillis(20)).maxInterval(Duration.ofMillis(100))
                .minimumInterval(Duration.ofMillis(10)).listener(listener).build();
    }

    @AfterEach
    void stop() {
        poller.close();
        broker.close();
    }

    private static PollTarget provisionTarget() {
        return PollTarget.instance("inst-1", OsbOperation.PROVISION, LastOperationQuery.of("svc", "plan", "op-1"));
    }

    @Test
    @DisplayName("polls until succeeded, echoing operation and hints, reporting progress in between")
    void pollsUntilSucceeded() throws Exception {
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS));
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS));
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, SUCCEEDED));

        PollResult result = poller.poll(provisionTarget()).get(10, TimeUnit.SECONDS);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.polls()).isEqualTo(3);
        assertThat(result.last().description()).isEqualTo("Done.");
        assertThat(result.orphanMitigationRequired()).isFalse();
        assertThat(progress).containsExactly("Working (10%).", "Working (10%).");
        assertThat(broker.requests()).hasSize(3).allSatisfy(r -> assertThat(r.query())
                .containsEntry("operation", "op-1").containsEntry("service_id", "svc").containsEntry("plan_id", "plan"));
    }

    @Test
    @DisplayName("Retry-After in seconds sets the wait before the next poll")
    void retryAfterSeconds() {
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS).withHeader("Retry-After", "1"));
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, SUCCEEDED));

        PollResult result = poller.await(provisionTarget());

        assertThat(result.succeeded()).isTrue();
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        assertThat(broker.requests()).hasSize(2);
    }

    @Test
    @DisplayName("Retry-After as an HTTP date is measured from the client's clock")
    void retryAfterHttpDate() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        String inOneSecond = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(now.plusSeconds(1), ZoneOffset.UTC));
        OsbClient fixed = OsbClient.builder(broker.url()).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS).withHeader("Retry-After", inOneSecond));
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, SUCCEEDED));

        try (LastOperationPoller p = fastPoller(fixed)) {
            assertThat(p.await(provisionTarget()).succeeded()).isTrue();
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("Retry-After: 0 cannot make the poller spin: the minimum interval applies")
    void retryAfterZeroHasAFloor() {
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS).withHeader("Retry-After", "0"));
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, SUCCEEDED));

        poller.await(provisionTarget());

        assertThat(waits).containsExactly(Duration.ofMillis(10));
    }

    @Test
    @DisplayName("without Retry-After the wait doubles up to the maximum interval")
    void exponentialBackoff() {
        for (int i = 0; i < 5; i++) {
            broker.enqueue("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS));
        }
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, SUCCEEDED));

        poller.await(provisionTarget());

        assertThat(waits).containsExactly(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(80),
                Duration.ofMillis(100), Duration.ofMillis(100));
    }

    @Test
    @DisplayName("the plan's maximum_polling_duration ends polling as failed, with orphan mitigation for a provision")
    void maximumPollingDuration() {
        broker.always("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS));

        CompletableFuture<PollResult> future = poller.poll(
                provisionTarget().withMaximumPollingDuration(Duration.ofMillis(300)));

        assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOfSatisfying(PollingTimeoutException.class, e -> {
                    assertThat(e.orphanMitigationRequired()).isTrue();
                    assertThat(e.operation()).isEqualTo(OsbOperation.PROVISION);
                    assertThat(e.userMessage()).contains("did not finish the operation within 300 ms")
                            .contains("counts as failed");
                });
        assertThat(broker.requests().size()).as("no busy loop").isBetween(2, 15);
    }

    @Test
    @DisplayName("a caller's deadline ends polling too; after an update no mitigation is asked for")
    void callerDeadline() {
        broker.always("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS));
        PollTarget target = PollTarget.instance("inst-1", OsbOperation.UPDATE, null)
                .withMaximumPollingDuration(Duration.ofHours(1))
                .withDeadline(Instant.now().plusMillis(250));

        assertThatThrownBy(() -> poller.await(target)).isInstanceOfSatisfying(PollingTimeoutException.class,
                e -> assertThat(e.orphanMitigationRequired()).isFalse());
    }

    @Test
    @DisplayName("cancelling the future stops polling")
    void cancellationStopsPolling() {
        broker.always("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS));
        CompletableFuture<PollResult> future = poller.poll(provisionTarget());
        await().atMost(Duration.ofSeconds(5)).until(() -> broker.requests().size() >= 2);

        future.cancel(true);
        int afterCancel = broker.requests().size();

        assertThat(future).isCancelled();
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2))
                .until(() -> broker.requests().size() <= afterCancel + 1);
    }

    @Test
    @DisplayName("closing the poller ends its running polls with a cancellation")
    void closeCancelsRuns() {
        broker.always("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS));
        java.util.concurrent.ScheduledExecutorService own = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();
        try {
            LastOperationPoller shared = client.poller().scheduler(own).initialInterval(Duration.ofMillis(20))
                    .minimumInterval(Duration.ofMillis(10)).build();
            CompletableFuture<PollResult> future = shared.poll(provisionTarget());
            await().atMost(Duration.ofSeconds(5)).until(() -> !broker.requests().isEmpty());

            shared.close();

            assertThatThrownBy(future::join).isInstanceOf(java.util.concurrent.CancellationException.class)
                    .hasMessageContaining("poller was closed");
            assertThat(own.isShutdown()).as("a caller's scheduler is left running").isFalse();
        } finally {
            own.shutdownNow();
        }
    }

    @Test
    @DisplayName("410 Gone ends a deprovision poll successfully")
    void goneEndsDelete() {
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, IN_PROGRESS));
        broker.enqueue("GET", LAST_OP, StubResponse.json(410, "{}"));

        PollResult result = poller.await(PollTarget.instance("inst-1", OsbOperation.DEPROVISION, null));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.gone()).isTrue();
    }

    @Test
    @DisplayName("410 Gone while provisioning is an invalid answer: polling goes on")
    void goneIgnoredForCreate() {
        broker.enqueue("GET", LAST_OP, StubResponse.json(410, "{}"));
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, SUCCEEDED));

        PollResult result = poller.await(provisionTarget());

        assertThat(result.succeeded()).isTrue();
        assertThat(result.gone()).isFalse();
        assertThat(result.polls()).isEqualTo(2);
    }

    @Test
    @DisplayName("5xx and malformed answers are retried; the listener hears about them")
    void serverErrorsAreRetried() {
        broker.enqueue("GET", LAST_OP, StubResponse.json(503, "{}"));
        broker.enqueue("GET", LAST_OP, StubResponse.text(200, "oops"));
        broker.enqueue("GET", LAST_OP, StubResponse.json(200, SUCCEEDED));

        PollResult result = poller.await(provisionTarget());

        assertThat(result.succeeded()).isTrue();
        assertThat(retries).hasSize(2);
        assertThat(retries.get(0)).isInstanceOf(BrokerServerErrorException.class);
        assertThat(retries.get(1)).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    @DisplayName("answers that cannot get better (401, 404) end polling with their error")
    void hopelessAnswersStop() {
        broker.enqueue("GET", LAST_OP, StubResponse.json(401, "{}"));
        assertThatThrownBy(() -> poller.await(provisionTarget())).isInstanceOf(BrokerAuthenticationException.class);
        broker.enqueue("GET", LAST_OP, StubResponse.json(404, "{}"));
        assertThatThrownBy(() -> poller.await(provisionTarget())).isInstanceOf(BrokerNotFoundException.class);
        assertThat(broker.requests()).hasSize(2);
    }

    @Test
    @DisplayName("a failed provision, bind or deprovision asks for orphan mitigation; a failed update does not")
    void failedOperations() {
        broker.always("GET", LAST_OP, StubResponse.json(200, FAILED));
        broker.always("GET", "/v2/service_instances/inst-1/service_bindings/b1/last_operation",
                StubResponse.json(200, FAILED));

        PollResult provision = poller.await(provisionTarget());
        PollResult update = poller.await(PollTarget.instance("inst-1", OsbOperation.UPDATE, null));
        PollResult deprovision = poller.await(PollTarget.instance("inst-1", OsbOperation.DEPROVISION, null));
        PollResult bind = poller.await(PollTarget.binding("inst-1", "b1", OsbOperation.BIND, null));

        assertThat(provision.failed()).isTrue();
        assertThat(provision.last().description()).isEqualTo("Quota exceeded.");
        assertThat(provision.orphanMitigationRequired()).isTrue();
        assertThat(update.orphanMitigationRequired()).isFalse();
        assertThat(deprovision.orphanMitigationRequired()).isTrue();
        assertThat(bind.orphanMitigationRequired()).isTrue();
        assertThat(broker.last().rawPath()).endsWith("/service_bindings/b1/last_operation");
    }

    @Test
    @DisplayName("targets that make no sense are refused")
    void targetValidation() {
        assertThatThrownBy(() -> PollTarget.instance("i", OsbOperation.CATALOG, null))
                .hasMessageContaining("Only provision, update, deprovision, bind and unbind are polled");
        assertThatThrownBy(() -> PollTarget.binding("i", null, OsbOperation.BIND, null))
                .hasMessageContaining("binding id");
        assertThatThrownBy(() -> provisionTarget().withMaximumPollingDuration(Duration.ZERO))
                .hasMessageContaining("longer than zero");
    }

    @Test
    @DisplayName("poll() on a closed poller returns a cancelled future instead of throwing")
    void pollAfterClose() {
        poller.close();

        CompletableFuture<PollResult> future = poller.poll(provisionTarget());

        assertThat(future).isCompletedExceptionally();
        assertThatThrownBy(future::join).isInstanceOf(java.util.concurrent.CancellationException.class)
                .hasMessageContaining("closed");
        assertThat(broker.requests()).isEmpty();
    }

    @Test
    @DisplayName("a broker that stalls on one last_operation does not delay polling of another target")
    void stalledPollDoesNotBlockOthers() {
        broker.always("GET", LAST_OP, StubResponse.hang());
        broker.always("GET", "/v2/service_instances/inst-2/last_operation", StubResponse.json(200, SUCCEEDED));

        CompletableFuture<PollResult> stalled = poller.poll(provisionTarget());
        await().atMost(Duration.ofSeconds(5)).until(() -> !broker.requests().isEmpty());
        CompletableFuture<PollResult> other = poller.poll(
                PollTarget.instance("inst-2", OsbOperation.PROVISION, LastOperationQuery.of("svc", "plan", "op-2")));

        await().atMost(Duration.ofSeconds(3)).until(other::isDone);
        assertThat(other.join().succeeded()).isTrue();
        assertThat(stalled).isNotDone();
    }

    @Test
    @DisplayName("maxConcurrentPolls(1) serialises polls yet still finishes every run; zero is refused")
    void maxConcurrentPolls() {
        broker.always("GET", LAST_OP, StubResponse.json(200, SUCCEEDED));
        broker.always("GET", "/v2/service_instances/inst-2/last_operation", StubResponse.json(200, SUCCEEDED));
        try (LastOperationPoller single = client.poller().maxConcurrentPolls(1).initialInterval(Duration.ofMillis(20))
                .maxInterval(Duration.ofMillis(100)).minimumInterval(Duration.ofMillis(10)).build()) {
            CompletableFuture<PollResult> first = single.poll(provisionTarget());
            CompletableFuture<PollResult> second = single.poll(
                    PollTarget.instance("inst-2", OsbOperation.PROVISION, LastOperationQuery.of("s", "p", "o")));
            await().atMost(Duration.ofSeconds(5)).until(() -> first.isDone() && second.isDone());
            assertThat(first.join().succeeded()).isTrue();
            assertThat(second.join().succeeded()).isTrue();
        }
        assertThatThrownBy(() -> client.poller().maxConcurrentPolls(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At least one poll");
    }
}
