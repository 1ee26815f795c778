package io.servicecatalog.console.osb;

import static io.servicecatalog.console.osb.springbroker.SpringBrokerApp.LARGE_PLAN_ID;
import static io.servicecatalog.console.osb.springbroker.SpringBrokerApp.SERVICE_ID;
import static io.servicecatalog.console.osb.springbroker.SpringBrokerApp.SMALL_PLAN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.servicecatalog.console.osb.catalog.Catalog;
import io.servicecatalog.console.osb.catalog.MaintenanceInfo;
import io.servicecatalog.console.osb.catalog.ServiceOffering;
import io.servicecatalog.console.osb.catalog.ServicePlan;
import io.servicecatalog.console.osb.springbroker.SpringBrokerApp;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.servicebroker.model.KubernetesContext;
import org.springframework.cloud.servicebroker.model.binding.CreateServiceInstanceBindingRequest;
import org.springframework.cloud.servicebroker.model.instance.CreateServiceInstanceRequest;
import org.springframework.cloud.servicebroker.model.instance.GetLastServiceOperationRequest;
import org.springframework.cloud.servicebroker.model.instance.UpdateServiceInstanceRequest;

/**
 * The client against a real broker implementation nobody on this project wrote: Spring Cloud Open Service Broker
 * 4.1.0, started once for the class on a loopback port, with basic auth and an API version check.
 */
class SpringBrokerCycleTest {

    private static SpringBrokerApp.Running broker;
    private static OsbClient client;

    @BeforeAll
    static void startBroker() {
        broker = SpringBrokerApp.start("2.17");
        client = OsbClient.builder(broker.url()).basicAuth(SpringBrokerApp.USER, SpringBrokerApp.PASSWORD)
                .requestTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static LastOperationPoller poller() {
        return client.poller().initialInterval(Duration.ofMillis(50)).minimumInterval(Duration.ofMillis(10))
                .maxInterval(Duration.ofMillis(200)).build();
    }

    private static OsbContext context(String instanceName) {
        return OsbContext.kubernetes().namespace("team-a").clusterId("cluster-1").instanceName(instanceName).build();
    }

    @Test
    @DisplayName("catalog, async provision with polling, fetch, update, bind, fetch binding, unbind, deprovision")
    void fullCycle() {
        String instanceId = UUID.randomUUID().toString();
        String bindingId = UUID.randomUUID().toString();
        OsbClient asDuke = client.withOriginatingIdentity(
                OriginatingIdentity.kubernetes("duke", "uid-42", List.of("dev"), Map.of()));

        // catalog
        Catalog catalog = client.catalog();
        ServiceOffering offering = catalog.service(SERVICE_ID).orElseThrow();
        ServicePlan small = offering.plan(SMALL_PLAN_ID).orElseThrow();
        assertThat(offering.name()).isEqualTo("spring-db");
        assertThat(offering.instancesRetrievable()).isTrue();
        assertThat(offering.bindingsRetrievable()).isTrue();
        assertThat(offering.metadata().displayName()).contains("Spring DB");
        assertThat(small.schemas().instanceCreateParameters()).get()
                .satisfies(s -> assertThat(s.at("/required/0").asText()).isEqualTo("size"));
        assertThat(small.schemas().bindingCreateParameters()).isPresent();
        assertThat(small.maximumPollingDuration()).contains(Duration.ofSeconds(120));
        assertThat(small.maintenanceInfo()).contains(new MaintenanceInfo(SpringBrokerApp.MAINTENANCE_VERSION,
                "Patch release."));
        assertThat(small.metadata().bullets()).containsExactly("1 vCPU", "10 GB");
        ServicePlan large = offering.plan(LARGE_PLAN_ID).orElseThrow();
        assertThat(large.free()).isFalse();
        assertThat(large.metadata().costs()).singleElement()
                .satisfies(c -> assertThat(c.amount().get("usd")).isEqualByComparingTo(new BigDecimal("99")));

        // provision, asynchronously, then poll until done
        ProvisionResponse provision = asDuke.provision(instanceId, ProvisionRequest.builder(SERVICE_ID, SMALL_PLAN_ID)
                .context(context("orders-db")).parameters(Map.of("size", 2, "engine", "postgres"))
                .maintenanceInfo(MaintenanceInfo.of(SpringBrokerApp.MAINTENANCE_VERSION)).build(), true);
        assertThat(provision.async()).isTrue();
        assertThat(provision.operation()).isEqualTo("provision-" + instanceId);
        assertThat(provision.dashboardUrl()).isEqualTo("https://dashboard.example.com/" + instanceId);

        CreateServiceInstanceRequest seen = broker.received().last(CreateServiceInstanceRequest.class);
        assertThat(seen.getParameters()).containsEntry("size", 2).containsEntry("engine", "postgres");
        assertThat(seen.getContext()).isInstanceOfSatisfying(KubernetesContext.class, k -> {
            assertThat(k.getNamespace()).isEqualTo("team-a");
            assertThat(k.getClusterid()).isEqualTo("cluster-1");
            assertThat(k.getInstanceName()).isEqualTo("orders-db");
        });
        assertThat(seen.getOriginatingIdentity().getPlatform()).isEqualTo("kubernetes");
        assertThat(seen.getOriginatingIdentity().getProperty("username")).isEqualTo("duke");
        assertThat(seen.getRequestIdentity()).isNotBlank();
        assertThat(seen.getOrganizationGuid()).isEqualTo("cluster-1");
        assertThat(seen.getSpaceGuid()).isEqualTo("team-a");

        List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        PollResult provisioned;
        try (LastOperationPoller poller = client.poller().initialInterval(Duration.ofMillis(50))
                .minimumInterval(Duration.ofMillis(10)).maxInterval(Duration.ofMillis(200))
                .listener((target, answer, next) -> progress.add(answer.description())).build()) {
            provisioned = poller.await(PollTarget.instance(instanceId, OsbOperation.PROVISION,
                    LastOperationQuery.of(SERVICE_ID, SMALL_PLAN_ID, provision.operation()))
                    .withMaximumPollingDuration(small.maximumPollingDuration().orElseThrow()));
        }
        assertThat(provisioned.succeeded()).isTrue();
        assertThat(provisioned.polls()).isEqualTo(3);
        assertThat(progress).containsExactly("Creating (2 steps left).", "Creating (1 steps left).");
        assertThat(broker.received().last(GetLastServiceOperationRequest.class).getOperation())
                .isEqualTo(provision.operation());

        // fetch the instance
        ServiceInstanceResource fetched = asDuke.fetchInstance(instanceId, SERVICE_ID, SMALL_PLAN_ID);
        assertThat(fetched.planId()).contains(SMALL_PLAN_ID);
        assertThat(fetched.serviceId()).contains(SERVICE_ID);
        assertThat(fetched.dashboardUrl()).contains("https://dashboard.example.com/" + instanceId);
        assertThat(fetched.parameters()).get().satisfies(p -> assertThat(p.get("size").asInt()).isEqualTo(2));

        // update: plan change and one changed parameter
        UpdateResponse updated = asDuke.update(instanceId, UpdateRequest.builder(SERVICE_ID).planId(LARGE_PLAN_ID)
                .parameters(Map.of("size", 4)).context(context("orders-db"))
                .previousValues(PreviousValues.of(SMALL_PLAN_ID, MaintenanceInfo.of("1.2.0"))).build(), true);
        assertThat(updated.async()).isFalse();
        UpdateServiceInstanceRequest seenUpdate = broker.received().last(UpdateServiceInstanceRequest.class);
        assertThat(seenUpdate.getPlanId()).isEqualTo(LARGE_PLAN_ID);
        assertThat(seenUpdate.getPreviousValues().getPlanId()).isEqualTo(SMALL_PLAN_ID);
        assertThat(seenUpdate.getParameters()).containsEntry("size", 4);
        assertThat(asDuke.fetchInstance(instanceId, null, null).planId()).contains(LARGE_PLAN_ID);

        // bind, then fetch the binding
        BindResponse bound = asDuke.bind(instanceId, bindingId, BindRequest.builder(SERVICE_ID, LARGE_PLAN_ID)
                .context(OsbContext.kubernetes().namespace("team-a").clusterId("cluster-1").build())
                .appGuid("app-7").parameters(Map.of("role", "reader")).build(), true);
        assertThat(bound.httpStatus()).isEqualTo(201);
        assertThat(bound.credentials().getAsText("password")).contains("generated-secret-" + bindingId);
        assertThat(bound.credentials().getAsText("port")).contains("5432");
        assertThat(bound.toString()).doesNotContain("generated-secret-");
        CreateServiceInstanceBindingRequest seenBind = broker.received().last(CreateServiceInstanceBindingRequest.class);
        assertThat(seenBind.getBindResource().getAppGuid()).isEqualTo("app-7");
        assertThat(seenBind.getParameters()).containsEntry("role", "reader");
        assertThat(seenBind.getContext().getProperty("namespace")).isEqualTo("team-a");

        ServiceBindingResource binding = asDuke.fetchBinding(instanceId, bindingId, SERVICE_ID, LARGE_PLAN_ID);
        assertThat(binding.credentials().asMap()).isEqualTo(bound.credentials().asMap());
        assertThat(binding.parameters()).get().satisfies(p -> assertThat(p.get("role").asText()).isEqualTo("reader"));

        // unbind; a second unbind finds it gone, which the spec counts as success
        DeleteResponse unbound = asDuke.unbind(instanceId, bindingId, SERVICE_ID, LARGE_PLAN_ID, true);
        assertThat(unbound.async()).isFalse();
        assertThat(unbound.alreadyGone()).isFalse();
        assertThat(asDuke.unbind(instanceId, bindingId, SERVICE_ID, LARGE_PLAN_ID, true).alreadyGone()).isTrue();

        // deprovision, asynchronously, polled to the end
        DeleteResponse deprovision = asDuke.deprovision(instanceId, SERVICE_ID, LARGE_PLAN_ID, true);
        assertThat(deprovision.async()).isTrue();
        PollResult deleted;
        try (LastOperationPoller poller = poller()) {
            deleted = poller.await(PollTarget.instance(instanceId, OsbOperation.DEPROVISION,
                    LastOperationQuery.of(SERVICE_ID, LARGE_PLAN_ID, deprovision.operation())));
        }
        assertThat(deleted.succeeded()).isTrue();

        BrokerNotFoundException gone = catchThrowableOfType(BrokerNotFoundException.class,
                () -> asDuke.fetchInstance(instanceId, null, null));
        assertThat(gone.userMessage()).contains("does not know this resource");
    }

    @Test
    @DisplayName("the broker's AsyncRequired, MaintenanceInfoConflict, RequiresApp and ConcurrencyError are typed")
    void brokerErrorCodes() {
        String instanceId = UUID.randomUUID().toString();
        ProvisionRequest request = ProvisionRequest.builder(SERVICE_ID, SMALL_PLAN_ID).context(context("x"))
                .parameters(Map.of("size", 1)).build();

        AsyncRequiredException asyncRequired = catchThrowableOfType(AsyncRequiredException.class,
                () -> client.provision(instanceId, request, false));
        assertThat(asyncRequired.brokerDescription()).get().asString().contains("asynchronous");

        MaintenanceInfoConflictException conflict = catchThrowableOfType(MaintenanceInfoConflictException.class,
                () -> client.provision(instanceId, ProvisionRequest.builder(SERVICE_ID, SMALL_PLAN_ID)
                        .context(context("x")).maintenanceInfo(MaintenanceInfo.of("0.9.0")).build(), true));
        assertThat(conflict.userMessage()).contains("Refresh the broker's catalog");

        assertThat(client.provision(instanceId, request, true).async()).isTrue();
        ConcurrencyErrorException busy = catchThrowableOfType(ConcurrencyErrorException.class,
                () -> client.provision(instanceId, request, true));
        assertThat(busy.orphanMitigationRequired()).isFalse();

        RequiresAppException requiresApp = catchThrowableOfType(RequiresAppException.class,
                () -> client.bind(instanceId, "b-" + instanceId, BindRequest.builder(SERVICE_ID, SMALL_PLAN_ID).build(),
                        true));
        assertThat(requiresApp.userMessage()).contains("bind_resource.app_guid");
    }

    @Test
    @DisplayName("a wrong password is refused with 401 and a sentence about the credentials")
    void wrongPassword() {
        OsbClient wrong = OsbClient.builder(broker.url()).basicAuth(SpringBrokerApp.USER, "nope").build();
        BrokerAuthenticationException e = catchThrowableOfType(BrokerAuthenticationException.class, wrong::catalog);
        assertThat(e.httpStatus()).hasValue(401);
        assertThat(e.userMessage()).contains("refused the credentials");
    }

    @Test
    @DisplayName("an API version the broker does not accept is a version mismatch naming the version sent")
    void versionMismatch() {
        OsbClient old = OsbClient.builder(broker.url()).basicAuth(SpringBrokerApp.USER, SpringBrokerApp.PASSWORD)
                .apiVersion("2.14").build();
        ApiVersionMismatchException e = catchThrowableOfType(ApiVersionMismatchException.class, old::catalog);
        assertThat(e.versionSent()).isEqualTo("2.14");
        assertThat(e.httpStatus()).hasValue(412);
        assertThat(e.userMessage()).contains("version 2.14");
    }

    @Test
    @DisplayName("a rotation request (predecessor_binding_id) is accepted by a 2.16 broker, which ignores the field")
    void rotationAgainstOlderBroker() {
        String instanceId = UUID.randomUUID().toString();
        client.provision(instanceId, ProvisionRequest.builder(SERVICE_ID, SMALL_PLAN_ID).context(context("r"))
                .parameters(Map.of("size", 1)).build(), true);
        try (LastOperationPoller poller = poller()) {
            poller.await(PollTarget.instance(instanceId, OsbOperation.PROVISION, null));
        }
        client.bind(instanceId, "b1-" + instanceId, BindRequest.builder(SERVICE_ID, SMALL_PLAN_ID).appGuid("a").build(),
                true);

        BindResponse rotated = client.bind(instanceId, "b2-" + instanceId, BindRequest.builder(SERVICE_ID,
                SMALL_PLAN_ID).appGuid("a").predecessorBindingId("b1-" + instanceId).build(), true);

        assertThat(rotated.credentials().getAsText("username")).contains("user-b2-" + instanceId);
    }
}
