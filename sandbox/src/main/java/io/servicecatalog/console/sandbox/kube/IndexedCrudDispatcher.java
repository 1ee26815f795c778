package io.servicecatalog.console.sandbox.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.crud.AttributeType;
import io.fabric8.mockwebserver.http.MockResponse;

import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
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
 *
 * <p>A watch that names the {@code resourceVersion} it starts from gets what a real API server sends: the changes
 * after that version. The stock store starts every watch with an ADDED event for each stored object, so an informer,
 * which lists and then watches from the listing's version, received everything twice: 32,000 needless events at the
 * benchmark's scale. A watch with no version, or version 0, still starts with every object, as on a real server.
 * The store keeps no history, so objects deleted between the listing and the watch are not reported (as before).
 */
final class IndexedCrudDispatcher extends KubernetesCrudDispatcher {

  private static final String ANY = "*";

  private final Map<String, AttributeSet> index = new ConcurrentHashMap<>();
  private final KubernetesAttributesExtractor extractor = (KubernetesAttributesExtractor) attributeExtractor;
  private final ReadWriteLock indexLock = new ReentrantReadWriteLock();
  /** Each stored object's resourceVersion, by the same key as the store's map. */
  private final Map<AttributeSet, Long> versions = new ConcurrentHashMap<>();
  /** Watches that started from a resourceVersion; the stock store serves the others. */
  private final Set<ResumedWatch> resumedWatches = new CopyOnWriteArraySet<>();

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
      String existing = oldAttributes == null ? null : map.get(oldAttributes);
      // Watch events go out from inside the stock update; a GET a watcher makes on an event waits for the index.
      super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
      AttributeSet stored = updateIndex(pathAttributes, oldAttributes, resource, newState);
      if (!Objects.equals(existing, newState)) {
        notifyResumedWatches(oldAttributes, existing, stored, newState);
      }
    } finally {
      indexLock.writeLock().unlock();
    }
  }

  /** @return the attributes the object is now stored under, or null when it was removed */
  private AttributeSet updateIndex(AttributeSet pathAttributes, AttributeSet oldAttributes,
      GenericKubernetesResource resource, String newState) {
    if (oldAttributes != null) {
      versions.remove(oldAttributes);
      String oldKey = key(oldAttributes);
      if (oldKey != null) {
        index.remove(oldKey, oldAttributes);
      }
    }
    if (newState == null) {
      return null;
    }
    // A replacement (PUT) comes as JSON only; read once here for both its attributes and its version.
    GenericKubernetesResource written = resource != null ? resource
        : Serialization.unmarshal(newState, GenericKubernetesResource.class);
    // the same attributes the stock store just used as the map key
    AttributeSet stored = extractor.extract(written);
    if (!stored.containsKey(KubernetesAttributesExtractor.PLURAL)) {
      stored = AttributeSet.merge(pathAttributes, stored);
    }
    String newKey = key(stored);
    if (newKey != null) {
      index.put(newKey, stored);
    }
    versions.put(stored, written.getMetadata() == null ? Long.MAX_VALUE
        : version(written.getMetadata().getResourceVersion()));
    return stored;
  }

  /** A stored resourceVersion; one that is not a number counts as always new. */
  private static long version(String version) {
    try {
      return Long.parseLong(version);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** What the stock store sends its own watches on a change, for the watches that started from a version. */
  private void notifyResumedWatches(AttributeSet oldAttributes, String existing, AttributeSet newAttributes,
      String newState) {
    for (ResumedWatch watch : resumedWatches) {
      boolean matchesOld = oldAttributes != null && watch.selects(oldAttributes);
      boolean matchesNew = newAttributes != null && watch.selects(newAttributes);
      if (matchesOld && matchesNew) {
        watch.send(newState, Watcher.Action.MODIFIED);
      } else if (matchesOld) {
        watch.send(existing, Watcher.Action.DELETED);
      } else if (matchesNew) {
        watch.send(newState, Watcher.Action.ADDED);
      }
    }
  }

  @Override
  public MockResponse handleWatch(String path) {
    Map<String, String> params = queryParameters(path);
    OptionalLong since = parseVersion(params.get("resourceVersion"));
    if (since.isEmpty() || since.getAsLong() == 0) {
      return super.handleWatch(path);
    }
    AttributeSet query = extractor.fromPath(path);
    String fieldSelector = params.getOrDefault("fieldSelector", "");
    if (fieldSelector.startsWith("metadata.name=")) {
      query = query.add(new Attribute("name", fieldSelector.substring("metadata.name=".length())));
    }
    AttributeSet selection = query;
    ResumedWatch watch = new ResumedWatch(selection, () -> changedSince(selection, since.getAsLong()), resumedWatches);
    // Registered before the socket opens: what changes meanwhile is queued behind the catch-up events.
    resumedWatches.add(watch);
    return new MockResponse().withWebSocketUpgrade(watch);
  }

  /**
   * The objects a watch selects that changed after {@code since}, as stored, oldest first. Every write records its
   * object's version, so the version is compared first: an informer watches from the version it has just listed, when
   * few objects or none are newer, and matching a selection against each of 30,000 stored objects' attributes took
   * the event loop about as long as listing them.
   */
  private List<String> changedSince(AttributeSet selection, long since) {
    List<Map.Entry<Long, String>> changed = new ArrayList<>();
    indexLock.readLock().lock();
    try {
      synchronized (map) {
        versions.forEach((attributes, version) -> {
          if (version > since && attributes.matches(selection)) {
            String state = map.get(attributes);
            if (state != null) {
              changed.add(Map.entry(version, state));
            }
          }
        });
      }
    } finally {
      indexLock.readLock().unlock();
    }
    // In the order they were written, as a real API server replays its history.
    changed.sort(Map.Entry.comparingByKey());
    return changed.stream().map(Map.Entry::getValue).toList();
  }

  private static OptionalLong parseVersion(String version) {
    try {
      return version == null || version.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(version));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static Map<String, String> queryParameters(String path) {
    Map<String, String> params = new java.util.HashMap<>();
    String query = URI.create(path).getRawQuery();
    if (query == null) {
      return params;
    }
    for (String pair : query.split("&")) {
      int at = pair.indexOf('=');
      if (at > 0) {
        params.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
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
      versions.clear();
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
