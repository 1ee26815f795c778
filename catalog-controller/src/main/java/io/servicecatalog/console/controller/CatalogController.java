package io.servicecatalog.console.controller;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Service Catalog controller: it watches brokers, instances and bindings through fabric8 informers and
 * does what the upstream controller (kubernetes-sigs/service-catalog v0.3.1) does, talking to brokers only through
 * osb-client. Start it with {@link #start(KubernetesClient, ControllerOptions)} and stop it with {@link #close()}.
 *
 * <p>Only run it where no other Service Catalog controller is active (check with {@link ControllerPresence}); two
 * controllers would provision twice and overwrite each other's status.
 */
public final class CatalogController implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogController.class);
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final KubernetesClient client;
  private final ControllerOptions options;
  private final ScheduledExecutorService executor;
  private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
  private final List<WorkQueue> queues = new ArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final List<SharedIndexInformer<?>> instanceInformers = new ArrayList<>();
  private final List<SharedIndexInformer<?>> bindingInformers = new ArrayList<>();
  private volatile WorkQueue instances;

  private CatalogController(KubernetesClient client, ControllerOptions options) {
    this.client = client;
    this.options = options;
    int id = INSTANCES.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = Executors.defaultThreadFactory().newThread(r);
      t.setName("catalog-controller-" + id + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.executor = Executors.newScheduledThreadPool(options.workerThreads(), factory);
  }

  /**
   * Starts the controller without blocking: informers begin listing and watching, and reconciliation runs on the
   * controller's own executor. Close the returned controller to stop everything.
   */
  public static CatalogController start(KubernetesClient client, ControllerOptions options) {
    CatalogController controller = new CatalogController(client, options);
    controller.startInformers();
    return controller;
  }

  private void startInformers() {
    BrokerClients clients = new BrokerClients(client, options.osbClientFactory());
    BrokerReconciler clusterBrokerReconciler = new BrokerReconciler(client, options, true, this::catalogChanged,
        clients);
    BrokerReconciler brokerReconciler = new BrokerReconciler(client, options, false, this::catalogChanged, clients);
    WorkQueue clusterBrokers = newQueue("ClusterServiceBroker", clusterBrokerReconciler::reconcile);
    WorkQueue brokers = newQueue("ServiceBroker", brokerReconciler::reconcile);
    InstanceReconciler instanceReconciler = new InstanceReconciler(client, options, clients);
    instances = newQueue("ServiceInstance", instanceReconciler::reconcile);
    inform(ClusterServiceBroker.class, true, clusterBrokers, CatalogController::key);
    inform(ServiceBroker.class, false, brokers, CatalogController::key);
    BindingReconciler bindingReconciler = new BindingReconciler(client, options, clients);
    WorkQueue bindings = newQueue("ServiceBinding", bindingReconciler::reconcile);
    inform(ServiceInstance.class, false, new ResourceEventHandler<>() {
      @Override
      public void onAdd(ServiceInstance obj) {
        instances.add(key(obj));
      }

      @Override
      public void onUpdate(ServiceInstance oldObj, ServiceInstance newObj) {
        instances.add(key(newObj));
        bindingsOf(newObj).forEach(bindings::add);
      }

      @Override
      public void onDelete(ServiceInstance obj, boolean deletedFinalStateUnknown) {
        instances.add(key(obj));
        bindingsOf(obj).forEach(bindings::add);
      }
    });
    inform(ServiceBinding.class, false, new ResourceEventHandler<>() {
      @Override
      public void onAdd(ServiceBinding obj) {
        bindings.add(key(obj));
      }

      @Override
      public void onUpdate(ServiceBinding oldObj, ServiceBinding newObj) {
        bindings.add(key(newObj));
      }

      @Override
      public void onDelete(ServiceBinding obj, boolean deletedFinalStateUnknown) {
        bindings.add(key(obj));
        if (obj.getSpec() != null && obj.getSpec().getInstanceRef() != null) {
          instances.add(obj.getMetadata().getNamespace() + "/" + obj.getSpec().getInstanceRef().getName());
        }
      }
    });
    LOG.info("Catalog controller started (namespaces: {})",
        options.namespaces().isEmpty() ? "all" : options.namespaces());
  }

  /** New classes or plans may resolve instances that referenced them before they existed. */
  private void catalogChanged() {
    WorkQueue queue = instances;
    if (queue == null) {
      return;
    }
    for (SharedIndexInformer<?> informer : instanceInformers) {
      for (Object o : informer.getStore().list()) {
        ServiceInstance instance = (ServiceInstance) o;
        if (instance.getStatus() == null || !Conditions.isTrue(instance.getStatus(), "Ready")) {
          queue.add(key(instance));
        }
      }
    }
  }

  /** Keys of the bindings (from the informer cache) that reference an instance. */
  private List<String> bindingsOf(ServiceInstance instance) {
    List<String> keys = new ArrayList<>();
    for (SharedIndexInformer<?> informer : bindingInformers) {
      for (Object o : informer.getStore().list()) {
        ServiceBinding binding = (ServiceBinding) o;
        if (binding.getSpec() != null && binding.getSpec().getInstanceRef() != null
            && instance.getMetadata().getName().equals(binding.getSpec().getInstanceRef().getName())
            && instance.getMetadata().getNamespace().equals(binding.getMetadata().getNamespace())) {
          keys.add(key(binding));
        }
      }
    }
    return keys;
  }

  static String key(HasMetadata resource) {
    String namespace = resource.getMetadata().getNamespace();
    return namespace == null ? resource.getMetadata().getName() : namespace + "/" + resource.getMetadata().getName();
  }

  private WorkQueue newQueue(String name, WorkQueue.Reconciler reconciler) {
    WorkQueue queue = new WorkQueue(name, executor, reconciler, options.minRetryBackoff(), options.maxRetryBackoff());
    queues.add(queue);
    return queue;
  }

  private <T extends HasMetadata> void inform(Class<T> type, boolean clusterScoped, WorkQueue queue,
      Function<HasMetadata, String> key) {
    inform(type, clusterScoped, new ResourceEventHandler<>() {
      @Override
      public void onAdd(T obj) {
        queue.add(key.apply(obj));
      }

      @Override
      public void onUpdate(T oldObj, T newObj) {
        queue.add(key.apply(newObj));
      }

      @Override
      public void onDelete(T obj, boolean deletedFinalStateUnknown) {
        queue.add(key.apply(obj));
      }
    });
  }

  <T extends HasMetadata> void inform(Class<T> type, boolean clusterScoped, ResourceEventHandler<T> handler) {
    long resync = options.resyncInterval().toMillis();
    List<SharedIndexInformer<T>> created = new ArrayList<>();
    if (clusterScoped) {
      created.add(client.resources(type).runnableInformer(resync));
    } else if (options.namespaces().isEmpty()) {
      created.add(client.resources(type).inAnyNamespace().runnableInformer(resync));
    } else {
      for (String namespace : options.namespaces()) {
        created.add(client.resources(type).inNamespace(namespace).runnableInformer(resync));
      }
    }
    if (type == ServiceInstance.class) {
      instanceInformers.addAll(created);
    }
    if (type == ServiceBinding.class) {
      bindingInformers.addAll(created);
    }
    for (SharedIndexInformer<T> informer : created) {
      informer.exceptionHandler((started, t) -> {
        LOG.warn("Watching {} failed; retrying", type.getSimpleName(), t);
        return !closed.get();
      });
      informer.addEventHandler(handler);
      informers.add(informer);
      informer.start();
    }
  }

  /** Whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed.get();
  }

  /** The options this controller runs with. */
  public ControllerOptions options() {
    return options;
  }

  /**
   * Stops the informers and the executor and waits briefly for running reconciliations to finish. Broker calls in
   * flight are interrupted; the next controller to start picks the work up from the status it finds.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    queues.forEach(WorkQueue::stop);
    informers.forEach(SharedIndexInformer::stop);
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Catalog controller threads did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("Catalog controller stopped");
  }
}
