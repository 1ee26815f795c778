package io.servicecatalog.console.osb.springbroker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cloud.servicebroker.exception.ServiceBrokerBindingRequiresAppException;
import org.springframework.cloud.servicebroker.exception.ServiceInstanceBindingDoesNotExistException;
import org.springframework.cloud.servicebroker.model.binding.CreateServiceInstanceAppBindingResponse;
import org.springframework.cloud.servicebroker.model.binding.CreateServiceInstanceBindingRequest;
import org.springframework.cloud.servicebroker.model.binding.CreateServiceInstanceBindingResponse;
import org.springframework.cloud.servicebroker.model.binding.DeleteServiceInstanceBindingRequest;
import org.springframework.cloud.servicebroker.model.binding.DeleteServiceInstanceBindingResponse;
import org.springframework.cloud.servicebroker.model.binding.GetServiceInstanceAppBindingResponse;
import org.springframework.cloud.servicebroker.model.binding.GetServiceInstanceBindingRequest;
import org.springframework.cloud.servicebroker.model.binding.GetServiceInstanceBindingResponse;
import org.springframework.cloud.servicebroker.service.ServiceInstanceBindingService;
import reactor.core.publisher.Mono;

/** Bindings in memory; credentials are generated per binding and bindings need an application GUID. */
class BindingService implements ServiceInstanceBindingService {

    private final Map<String, Map<String, Object>> credentials = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> parameters = new ConcurrentHashMap<>();
    private final ReceivedRequests received;

    BindingService(ReceivedRequests receivedRequests) {
        this.received = receivedRequests;
    }

    @Override
    public Mono<CreateServiceInstanceBindingResponse> createServiceInstanceBinding(
            CreateServiceInstanceBindingRequest request) {
        received.add(request);
        if (request.getBindResource() == null || request.getBindResource().getAppGuid() == null) {
            throw new ServiceBrokerBindingRequiresAppException("This service supports generation of credentials"
                    + " through binding an application only.");
        }
        Map<String, Object> creds = Map.of("username", "user-" + request.getBindingId(),
                "password", "generated-secret-" + request.getBindingId(),
                "uri", "postgres://user-" + request.getBindingId() + "@db.example.com:5432/app",
                "port", 5432);
        credentials.put(request.getBindingId(), creds);
        parameters.put(request.getBindingId(), request.getParameters());
        return Mono.just(CreateServiceInstanceAppBindingResponse.builder().credentials(creds).bindingExisted(false)
                .build());
    }

    @Override
    public Mono<GetServiceInstanceBindingResponse> getServiceInstanceBinding(GetServiceInstanceBindingRequest request) {
        received.add(request);
        Map<String, Object> creds = credentials.get(request.getBindingId());
        if (creds == null) {
            throw new ServiceInstanceBindingDoesNotExistException(request.getBindingId());
        }
        return Mono.just(GetServiceInstanceAppBindingResponse.builder().credentials(creds)
                .parameters(parameters.get(request.getBindingId())).build());
    }

    @Override
    public Mono<DeleteServiceInstanceBindingResponse> deleteServiceInstanceBinding(
            DeleteServiceInstanceBindingRequest request) {
        received.add(request);
        if (credentials.remove(request.getBindingId()) == null) {
            throw new ServiceInstanceBindingDoesNotExistException(request.getBindingId());
        }
        return Mono.just(DeleteServiceInstanceBindingResponse.builder().build());
    }
}
