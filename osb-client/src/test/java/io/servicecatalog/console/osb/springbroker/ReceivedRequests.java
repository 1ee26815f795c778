package io.servicecatalog.console.osb.springbroker;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.cloud.servicebroker.model.ServiceBrokerRequest;

/** The requests the Spring broker's services received, as Spring parsed them. */
public final class ReceivedRequests {

    private final List<ServiceBrokerRequest> requests = new CopyOnWriteArrayList<>();

    void add(ServiceBrokerRequest request) {
        requests.add(request);
    }

    /** The last request of this type. */
    public <T extends ServiceBrokerRequest> T last(Class<T> type) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (type.isInstance(requests.get(i))) {
                return type.cast(requests.get(i));
            }
        }
        throw new AssertionError("The Spring broker received no " + type.getSimpleName());
    }

    public List<ServiceBrokerRequest> all() {
        return List.copyOf(requests);
    }
}
