package io.servicecatalog.console.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Every version of the instances and bindings of a namespace the watch saw, to check transient states in order. */
final class StatusHistory implements AutoCloseable {

  final List<ServiceInstance> instances = new CopyOnWriteArrayList<>();
  final List<ServiceBinding> bindings = new CopyOnWriteArrayList<>();
  private final List<Watch> watches = new ArrayList<>();

  StatusHistory(KubernetesClient client, String namespace) {
    watches.add(client.resources(ServiceInstance.class).inNamespace(namespace).watch(new Watcher<>() {
      @Override
      public void eventReceived(Action action, ServiceInstance resource) {
        instances.add(resource);
      }

      @Override
      public void onClose(WatcherException cause) {
        // The test ends the watch; nothing to clean up.
      }
    }));
    watches.add(client.resources(ServiceBinding.class).inNamespace(namespace).watch(new Watcher<>() {
      @Override
      public void eventReceived(Action action, ServiceBinding resource) {
        bindings.add(resource);
      }

      @Override
      public void onClose(WatcherException cause) {
        // The test ends the watch; nothing to clean up.
      }
    }));
  }

  List<ServiceInstance> instance(String name) {
    return instances.stream().filter(i -> i.getMetadata().getName().equals(name)).toList();
  }

  List<ServiceBinding> binding(String name) {
    return bindings.stream().filter(i -> i.getMetadata().getName().equals(name)).toList();
  }

  ServiceInstance firstInstance(String name, Predicate<ServiceInstance> condition) {
    return instance(name).stream().filter(condition).findFirst().orElse(null);
  }

  /** The lastConditionState values seen for an instance, consecutive duplicates collapsed. */
  List<String> states(String name) {
    List<String> states = new ArrayList<>();
    for (ServiceInstance i : instance(name)) {
      String state = i.getStatus() == null ? null : i.getStatus().getLastConditionState();
      if (state != null && (states.isEmpty() || !states.get(states.size() - 1).equals(state))) {
        states.add(state);
      }
    }
    return states;
  }

  @Override
  public void close() {
    watches.forEach(Watch::close);
  }
}
