package io.servicecatalog.console.app.store;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live picture of a cluster's Service Catalog: one informer per kind feeding a {@link LiveList}.
 * Informers start without blocking; their handlers only enqueue. Cluster-scoped kinds are watched
 * cluster-wide, namespaced kinds in the chosen namespace or in all of them.
 *
 * <p>After an outage the store {@link #resync() relists} every kind: a watch that resumes from its last
 * resourceVersion misses what changed while the server was away if the server lost its history (a restart,
 * an etcd restore), so only a fresh listing is sure to drop stale rows. A kind whose watch broke reads
 * "reconnecting" until its informer watches again.
 */
public final class CatalogStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogStore.class);
  static final long FLUSH_INTERVAL_MS = 75;
  static final long RECOVERY_CHECK_MS = 500;

  private final KubernetesClient client;
  private final Executor fx;
  private final Map<ServiceCatalogKind, LiveList<HasMetadata>> lists = new EnumMap<>(ServiceCatalogKind.class);
  private final Map<ServiceCatalogKind, ReadOnlyObjectWrapper<LoadState>> states =
      new EnumMap<>(ServiceCatalogKind.class);
  private final Map<ServiceCatalogKind, SharedIndexInformer<? extends HasMetadata>> informers =
      new EnumMap<>(ServiceCatalogKind.class);
  /** Which informer generation each kind's events come from; events of a replaced informer are dropped. */
  private final AtomicIntegerArray generations = new AtomicIntegerArray(ServiceCatalogKind.values().length);
  /** Kinds whose watch broke and that still wait for their informer to watch again. */
  private final Set<ServiceCatalogKind> broken = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer;
  private ScheduledFuture<?> recoveryCheck;
  private Optional<String> namespace = Optional.empty();

  public CatalogStore(KubernetesClient client, Executor fx, ScheduledExecutorService timer) {
    this.client = client;
    this.fx = fx;
    this.timer = timer;
    for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
      lists.put(kind, new LiveList<>(fx, timer, FLUSH_INTERVAL_MS));
      states.put(kind, new ReadOnlyObjectWrapper<>(LoadState.loading()));
    }
  }

  public LiveList<HasMetadata> list(ServiceCatalogKind kind) {
    return lists.get(kind);
  }

  public ReadOnlyObjectProperty<LoadState> state(ServiceCatalogKind kind) {
    return states.get(kind).getReadOnlyProperty();
  }

  /** The namespace namespaced kinds are watched in; empty means all namespaces. */
  public Optional<String> namespace() {
    return namespace;
  }

  /** Starts every informer. {@code namespace} empty watches namespaced kinds in all namespaces. */
  public synchronized void start(Optional<String> namespace) {
    this.namespace = namespace;
    for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
      startInformer(kind);
    }
    if (recoveryCheck == null) {
      recoveryCheck = timer.scheduleWithFixedDelay(this::checkRecovered, RECOVERY_CHECK_MS, RECOVERY_CHECK_MS, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Lists every kind afresh without emptying the tables: a new informer per kind replaces the old one, and
   * once it has listed, its listing replaces the rows (objects deleted meanwhile go, none appear twice).
   * Called when the API server answers again after an outage.
   */
  public synchronized void resync() {
    LOG.info("Relisting the catalog after the API server came back");
    for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
      if (informers.containsKey(kind)) {
        stopInformer(kind);
        startInformer(kind, true);
      }
    }
  }

  /** Marks kinds whose informer watches again as loaded; the reflector relisted before it watched. */
  private void checkRecovered() {
    for (ServiceCatalogKind kind : broken) {
      SharedIndexInformer<? extends HasMetadata> informer = informers.get(kind);
      if (informer != null && informer.isWatching()) {
        broken.remove(kind);
        LOG.info("Watching {} again", kind.plural());
        setState(kind, LoadState.loaded());
      }
    }
  }

  /** Rewatches the namespaced kinds in another namespace (empty: all namespaces). */
  public synchronized void switchNamespace(Optional<String> namespace) {
    if (this.namespace.equals(namespace)) {
      return;
    }
    this.namespace = namespace;
    for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
      if (kind.namespaced()) {
        stopInformer(kind);
        lists.get(kind).clear();
        startInformer(kind);
      }
    }
  }

  /** Lists and watches every kind afresh (the user's "refresh"); the lists are replaced by the new listing. */
  public synchronized void restart() {
    for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
      stopInformer(kind);
      lists.get(kind).clear();
      startInformer(kind);
    }
  }

  private void startInformer(ServiceCatalogKind kind) {
    startInformer(kind, false);
  }

  /** @param replaceRows whether the first listing replaces the rows (a resync) rather than filling an empty list */
  private void startInformer(ServiceCatalogKind kind, boolean replaceRows) {
    if (!replaceRows) {
      setState(kind, LoadState.loading());
    }
    int generation = generations.incrementAndGet(kind.ordinal());
    SharedIndexInformer<? extends HasMetadata> informer = createInformer(kind, kind.resourceClass(), generation);
    informers.put(kind, informer);
    broken.remove(kind);
    informer
        .start()
        .whenComplete(
            (ok, error) -> {
              if (error == null && generations.get(kind.ordinal()) == generation) {
                if (replaceRows) {
                  lists.get(kind).replaceAll(informer.getStore().list());
                }
                setState(kind, LoadState.loaded());
              }
            });
  }

  private <T extends HasMetadata> SharedIndexInformer<T> createInformer(ServiceCatalogKind kind, Class<T> type, int generation) {
    var resources = client.resources(type);
    SharedIndexInformer<T> informer =
        kind.namespaced() && namespace.isPresent()
            ? resources.inNamespace(namespace.get()).runnableInformer(0)
            : kind.namespaced() ? resources.inAnyNamespace().runnableInformer(0) : resources.runnableInformer(0);
    LiveList<HasMetadata> list = lists.get(kind);
    informer.addEventHandler(
        new ResourceEventHandler<T>() {
          @Override
          public void onAdd(T obj) {
            if (current()) {
              list.upsert(trim(kind, obj));
            }
          }

          @Override
          public void onUpdate(T oldObj, T newObj) {
            if (current()) {
              list.upsert(trim(kind, newObj));
            }
          }

          @Override
          public void onDelete(T obj, boolean deletedFinalStateUnknown) {
            if (current()) {
              list.delete(obj);
            }
          }

          @Override
          public void onBeforeList(String lastSyncResourceVersion) {
            // A listing's objects reach the handler one by one; the views get them together, when it ends.
            if (current()) {
              list.hold();
            }
          }

          @Override
          public void onList(String resourceVersion, boolean remainedEmpty) {
            // Called after every object of the listing has been handed to this handler.
            if (current()) {
              list.release();
            }
          }

          private boolean current() {
            return generations.get(kind.ordinal()) == generation;
          }
        });
    informer.exceptionHandler((started, error) -> generations.get(kind.ordinal()) != generation || onInformerError(kind, error));
    return informer;
  }

  private static final Set<ServiceCatalogKind> CATALOG_KINDS = EnumSet.of(ServiceCatalogKind.CLUSTER_SERVICE_CLASS,
      ServiceCatalogKind.SERVICE_CLASS, ServiceCatalogKind.CLUSTER_SERVICE_PLAN, ServiceCatalogKind.SERVICE_PLAN);

  /**
   * Drops from a listed object what no view reads, in the informer's cache too (the same instance):
   * <ul>
   *   <li>the server's field-manager bookkeeping, often the largest part of an object's metadata (the YAML view leaves
   *       it out, as kubectl does);
   *   <li>on classes and plans, which the controller writes and the console only reads (it has no YAML view of them),
   *       the controller's selector labels and the owner reference to the broker: at 20,000 plans they were a fifth of
   *       the plans' memory, and the broker is in the spec.
   * </ul>
   * The console never writes these objects back, so nothing it sends lacks them.
   */
  static <T extends HasMetadata> T trim(ServiceCatalogKind kind, T object) {
    var metadata = object.getMetadata();
    if (metadata == null) {
      return object;
    }
    if (metadata.getManagedFields() != null) {
      metadata.setManagedFields(null);
    }
    if (CATALOG_KINDS.contains(kind)) {
      metadata.setOwnerReferences(null);
      if (metadata.getLabels() != null) {
        metadata.getLabels().keySet().removeIf(key -> key.startsWith(ServiceCatalogKind.SPEC_LABEL_PREFIX));
        if (metadata.getLabels().isEmpty()) {
          metadata.setLabels(null);
        }
      }
    }
    return object;
  }

  /** Decides whether an informer retries, and tells the user what is wrong meanwhile. */
  private boolean onInformerError(ServiceCatalogKind kind, Throwable error) {
    if (error instanceof KubernetesClientException k8s && k8s.getCode() == 403) {
      LOG.warn("Listing {} is forbidden: {}", kind.plural(), k8s.getMessage());
      setState(kind, new LoadState(LoadState.Phase.FORBIDDEN, I18n.t("store.forbidden", kind.plural(), where())));
      return false;
    }
    if (error instanceof KubernetesClientException k8s && k8s.getCode() == 404) {
      setState(kind, new LoadState(LoadState.Phase.FAILED, I18n.t("store.notserved", kind.plural())));
      return false;
    }
    LOG.warn("Watching {} failed, retrying: {}", kind.plural(), ConnectionErrors.rootMessage(error));
    broken.add(kind);
    setState(
        kind,
        new LoadState(LoadState.Phase.FAILED, I18n.t("store.retrying", kind.plural(), ConnectionErrors.rootMessage(error))));
    return true;
  }

  private String where() {
    return namespace.map(ns -> I18n.t("store.inNamespace", ns)).orElse(I18n.t("store.inAllNamespaces"));
  }

  private void setState(ServiceCatalogKind kind, LoadState state) {
    fx.execute(() -> states.get(kind).set(state));
  }

  private void stopInformer(ServiceCatalogKind kind) {
    SharedIndexInformer<? extends HasMetadata> informer = informers.remove(kind);
    if (informer != null) {
      informer.stop();
    }
    // A listing cut short never ends in onList; what its replacement queues (a clear, its own listing) must show.
    lists.get(kind).release();
  }

  @Override
  public synchronized void close() {
    if (recoveryCheck != null) {
      recoveryCheck.cancel(false);
      recoveryCheck = null;
    }
    for (ServiceCatalogKind kind : new ArrayList<>(informers.keySet())) {
      stopInformer(kind);
    }
  }
}
