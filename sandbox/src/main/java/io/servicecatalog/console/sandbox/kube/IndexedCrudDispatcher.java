package io.servicecatalog.console.sandbox.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.crud.AttributeType;
import io.fabric8.mockwebserver.http.MockResponse;

import java.net.HttpURLConnection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * fabric8's CRUD store with an index by (resource, namespace, name). The stock store finds an object by scanning
 * every stored object, so creating the 20,000 plans of a large catalog costs O(n²); with the index, the lookups a
 * controller makes all the time (create, get, update, patch by name) take constant time. Lists, deletes and
 * selector queries still go through the stock code.
 *
 * <p>A read by name bypasses the stock store's lock, so the store's map and the index must change together as seen
 * by such a read: every change holds {@link #indexLock} for writing across the stock update and the index update,
 * and the fast read holds it for reading. The stock code calls {@link #processEvent} with its own write lock held,
 * so the order is always store lock, then index lock.
 */
final class IndexedCrudDispatcher extends KubernetesCrudDispatcher {

  private static final String ANY = "*";

  private final Map<String, AttributeSet> index = new ConcurrentHashMap<>();
  private final KubernetesAttributesExtractor extractor = (KubernetesAttributesExtractor) attributeExtractor;
  private final ReadWriteLock indexLock = new ReentrantReadWriteLock();

  @Override
  public Map.Entry<AttributeSet, String> findResource(AttributeSet query) {
    String key = key(query);
    if (key == null) {
      return super.findResource(query);
    }
    AttributeSet stored = index.get(key);
    String body = stored != null && stored.matches(query) ? map.get(stored) : null;
    return body == null ? null : Map.entry(stored, body);
  }

  @Override
  public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
      GenericKubernetesResource resource, String newState) {
    indexLock.writeLock().lock();
    try {
      // Watch events go out from inside the stock update; a GET a watcher makes on an event waits for the index.
      super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
      updateIndex(pathAttributes, oldAttributes, resource, newState);
    } finally {
      indexLock.writeLock().unlock();
    }
  }

  private void updateIndex(AttributeSet pathAttributes, AttributeSet oldAttributes,
      GenericKubernetesResource resource, String newState) {
    if (oldAttributes != null) {
      String oldKey = key(oldAttributes);
      if (oldKey != null) {
        index.remove(oldKey, oldAttributes);
      }
    }
    if (newState != null) {
      // the same attributes the stock store just used as the map key
      AttributeSet stored = resource != null ? extractor.extract(resource) : extractor.fromResource(newState);
      if (!stored.containsKey(KubernetesAttributesExtractor.PLURAL)) {
        stored = AttributeSet.merge(pathAttributes, stored);
      }
      String newKey = key(stored);
      if (newKey != null) {
        index.put(newKey, stored);
      }
    }
  }

  @Override
  public MockResponse handleGet(String path) {
    // Only a plain read by name; anything with a query (watch, selectors, list options) takes the stock path.
    if (path.indexOf('?') < 0) {
      AttributeSet query = extractor.fromPath(path);
      String key = key(query);
      if (key != null) {
        String body;
        indexLock.readLock().lock();
        try {
          AttributeSet stored = index.get(key);
          body = stored != null && stored.matches(query) ? map.get(stored) : null;
        } finally {
          indexLock.readLock().unlock();
        }
        return body == null ? new MockResponse().setResponseCode(HttpURLConnection.HTTP_NOT_FOUND)
            : new MockResponse().setResponseCode(HttpURLConnection.HTTP_OK).setBody(body);
      }
    }
    return super.handleGet(path);
  }

  @Override
  public void reset() {
    // Index first: taking the index lock and then the store's would invert the lock order. An index entry left
    // behind by a change between the two steps points at a cleared map entry, which reads as not found.
    indexLock.writeLock().lock();
    try {
      index.clear();
    } finally {
      indexLock.writeLock().unlock();
    }
    super.reset();
  }

  private static String key(AttributeSet attributes) {
    String plural = value(attributes, KubernetesAttributesExtractor.PLURAL);
    String name = value(attributes, KubernetesAttributesExtractor.NAME);
    if (plural == null || name == null) {
      return null;
    }
    String namespace = value(attributes, KubernetesAttributesExtractor.NAMESPACE);
    return plural + "/" + (namespace == null ? "" : namespace) + "/" + name;
  }

  private static String value(AttributeSet attributes, String key) {
    Attribute attribute = attributes.getAttribute(key);
    if (attribute == null || attribute.getType() != AttributeType.WITH || attribute.getValues().size() != 1) {
      return null;
    }
    String value = attribute.getValues().get(0).toString();
    return ANY.equals(value) ? null : value;
  }
}
