package io.servicecatalog.console.osb.springbroker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.cloud.servicebroker.exception.ServiceBrokerAsyncRequiredException;
import org.springframework.cloud.servicebroker.exception.ServiceBrokerConcurrencyException;
import org.springframework.cloud.servicebroker.exception.ServiceBrokerMaintenanceInfoConflictException;
import org.springframework.cloud.servicebroker.exception.ServiceInstanceDoesNotExistException;
import org.springframework.cloud.servicebroker.model.instance.CreateServiceInstanceRequest;
import org.springframework.cloud.servicebroker.model.instance.CreateServiceInstanceResponse;
import org.springframework.cloud.servicebroker.model.instance.DeleteServiceInstanceRequest;
import org.springframework.cloud.servicebroker.model.instance.DeleteServiceInstanceResponse;
import org.springframework.cloud.servicebroker.model.instance.GetLastServiceOperationRequest;
import org.springframework.cloud.servicebroker.model.instance.GetLastServiceOperationResponse;
import org.springframework.cloud.servicebroker.model.instance.GetServiceInstanceRequest;
import org.springframework.cloud.servicebroker.model.instance.GetServiceInstanceResponse;
import org.springframework.cloud.servicebroker.model.instance.OperationState;
import org.springframework.cloud.servicebroker.model.instance.UpdateServiceInstanceRequest;
import org.springframework.cloud.servicebroker.model.instance.UpdateServiceInstanceResponse;
import org.springframework.cloud.servicebroker.service.ServiceInstanceService;
import reactor.core.publisher.Mono;

/** Instances in memory; provisioning and deprovisioning take two polls to finish. */
class InstanceService implements ServiceInstanceService {

    private static final int POLLS_TO_FINISH = 2;

    private final Map<String, Instance> instances = new ConcurrentHashMap<>();
    private final ReceivedRequests received;

    InstanceService(ReceivedRequests receivedRequests) {
        this.received = receivedRequests;
    }

    private static final class Instance {
        volatile String planId;
        volatile Map<String, Object> parameters;
        final AtomicInteger pollsLeft = new AtomicInteger(POLLS_TO_FINISH);
        volatile boolean deleting;

        Instance(String planId, Map<String, Object> parameters) {
            this.planId = planId;
            this.parameters = parameters;
        }
    }

    @Override
    public Mono<CreateServiceInstanceResponse> createServiceInstance(CreateServiceInstanceRequest request) {
        received.add(request);
        if (!request.isAsyncAccepted()) {
            throw new ServiceBrokerAsyncRequiredException("This service plan requires client support for"
                    + " asynchronous service operations.");
        }
        if (request.getMaintenanceInfo() != null
                && !SpringBrokerApp.MAINTENANCE_VERSION.equals(request.getMaintenanceInfo().getVersion())) {
            throw new ServiceBrokerMaintenanceInfoConflictException("The maintenance information for the requested"
                    + " service plan has changed.");
        }
        Instance existing = instances.get(request.getServiceInstanceId());
        if (existing != null && existing.pollsLeft.get() > 0) {
            throw new ServiceBrokerConcurrencyException("Another operation for this service instance is in progress.");
        }
        instances.put(request.getServiceInstanceId(), new Instance(request.getPlanId(), request.getParameters()));
        return Mono.just(CreateServiceInstanceResponse.builder().async(true)
                .operation("provision-" + request.getServiceInstanceId())
                .dashboardUrl("https://dashboard.example.com/" + request.getServiceInstanceId()).build());
    }

    @Override
    public Mono<GetLastServiceOperationResponse> getLastOperation(GetLastServiceOperationRequest request) {
        received.add(request);
        Instance instance = instances.get(request.getServiceInstanceId());
        if (instance == null) {
            throw new ServiceInstanceDoesNotExistException(request.getServiceInstanceId());
        }
        int left = instance.pollsLeft.getAndUpdate(n -> Math.max(0, n - 1));
        if (left > 0) {
            return Mono.just(GetLastServiceOperationResponse.builder().operationState(OperationState.IN_PROGRESS)
                    .description((instance.deleting ? "Deleting" : "Creating") + " (" + left + " steps left).")
                    .build());
        }
        if (instance.deleting) {
            instances.remove(request.getServiceInstanceId());
        }
        return Mono.just(GetLastServiceOperationResponse.builder().operationState(OperationState.SUCCEEDED)
                .description("Done.").deleteOperation(instance.deleting).build());
    }

    @Override
    public Mono<GetServiceInstanceResponse> getServiceInstance(GetServiceInstanceRequest request) {
        received.add(request);
        Instance instance = instances.get(request.getServiceInstanceId());
        if (instance == null || instance.pollsLeft.get() > 0) {
            throw new ServiceInstanceDoesNotExistException(request.getServiceInstanceId());
        }
        return Mono.just(GetServiceInstanceResponse.builder().serviceDefinitionId(SpringBrokerApp.SERVICE_ID)
                .planId(instance.planId).parameters(instance.parameters)
                .dashboardUrl("https://dashboard.example.com/" + request.getServiceInstanceId()).build());
    }

    @Override
    public Mono<UpdateServiceInstanceResponse> updateServiceInstance(UpdateServiceInstanceRequest request) {
        received.add(request);
        Instance instance = instances.get(request.getServiceInstanceId());
        if (instance == null) {
            throw new ServiceInstanceDoesNotExistException(request.getServiceInstanceId());
        }
        if (request.getPlanId() != null) {
            instance.planId = request.getPlanId();
        }
        if (request.getParameters() != null && !request.getParameters().isEmpty()) {
            instance.parameters = request.getParameters();
        }
        return Mono.just(UpdateServiceInstanceResponse.builder().async(false).build());
    }

    @Override
    public Mono<DeleteServiceInstanceResponse> deleteServiceInstance(DeleteServiceInstanceRequest request) {
        received.add(request);
        Instance instance = instances.get(request.getServiceInstanceId());
        if (instance == null) {
            throw new ServiceInstanceDoesNotExistException(request.getServiceInstanceId());
        }
        instance.deleting = true;
        instance.pollsLeft.set(POLLS_TO_FINISH);
        return Mono.just(DeleteServiceInstanceResponse.builder().async(true)
                .operation("deprovision-" + request.getServiceInstanceId()).build());
    }
}
