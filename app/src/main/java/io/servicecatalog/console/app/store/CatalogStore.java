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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live picture of a cluster's Service Catalog: one informer per kind feeding a {@link LiveList}.
 * Informers start without blocking; their handlers only enqueue. Cluster-scoped kinds are watched
 * cluster-wide, namespaced kinds in the chosen namespace or in all of them.
 */
public final class CatalogStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogStore.class);
  static final long FLUSH_INTERVAL_MS = 75;

  private final KubernetesClient client;
  private final Executor fx;
  private final Map<ServiceCatalogKind, LiveList<HasMetadata>> lists = new EnumMap<>(ServiceCatalogKind.class);
  private final Map<ServiceCatalogKind, ReadOnlyObjectWrapper<LoadState>> states =
      new EnumMap<>(ServiceCatalogKind.class);
  private final Map<ServiceCatalogKind, SharedIndexInformer<? extends HasMetadata>> informers =
      new EnumMap<>(ServiceCatalogKind.class);
  private Optional<String> namespace = Optional.empty();

  public CatalogStore(KubernetesClient client, Executor fx, ScheduledExecutorService timer) {
    this.client = client;
    this.fx = fx;
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
    setState(kind, LoadState.loading());
    SharedIndexInformer<? extends HasMetadata> informer = createInformer(kind, kind.resourceClass());
    informers.put(kind, informer);
    informer
        .start()
        .whenComplete(
            (ok, error) -> {
              if (error == null) {
                setState(kind, LoadState.loaded());
              }
            });
  }

  private <T extends HasMetadata> SharedIndexInformer<T> createInformer(ServiceCatalogKind kind, Class<T> type) {
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
            list.upsert(obj);
          }

          @Override
          public void onUpdate(T oldObj, T newObj) {
            list.upsert(newObj);
          }

          @Override
          public void onDelete(T obj, boolean deletedFinalStateUnknown) {
            list.delete(obj);
          }
        });
    informer.exceptionHandler((started, error) -> onInformerError(kind, error));
    return informer;
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
  }

  @Override
  public synchronized void close() {
    for (ServiceCatalogKind kind : new ArrayList<>(informers.keySet())) {
      stopInformer(kind);
    }
  }
}
