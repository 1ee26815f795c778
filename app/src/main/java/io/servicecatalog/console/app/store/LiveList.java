package io.servicecatalog.console.app.store;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of cluster objects that follows informer events without flooding the FX thread. Informer
 * threads only enqueue; at most one flush per interval applies the whole batch on the FX executor, with
 * repeated events for the same object collapsed to the last one. Objects are keyed by namespace and name,
 * so an object deleted and recreated under the same name takes its old row.
 *
 * <p>Tables take the objects as {@link #rows() rows} that follow them: an update then redraws the cells of its own
 * row, where a replaced item in a table's list redraws every visible row.
 *
 * <p>While an informer delivers a listing object by object, the list can be {@link #hold() held}: changes queue
 * without flushing and arrive in one flush on {@link #release()}. Twenty thousand plans then cost the views one
 * update instead of one per interval while they trickle in.
 *
 * @param <T> the object type
 */
public final class LiveList<T extends HasMetadata> {

  /** Above this many changes in one flush, the flush is applied as one replacement of the list. */
  static final int BULK_BATCH = 256;

  private final Items<T> items = new Items<>();
  private final ObservableList<T> readOnly = FXCollections.unmodifiableObservableList(items);
  private final ConcurrentLinkedQueue<Change<T>> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean flushScheduled = new AtomicBoolean();
  private final AtomicBoolean held = new AtomicBoolean();
  private final AtomicLong flushes = new AtomicLong();
  private final Map<String, Integer> positions = new HashMap<>();
  /** The rows, parallel to {@link #items}; made on the first call to {@link #rows()}. */
  private Items<LiveRow<T>> rows;
  private ObservableList<LiveRow<T>> readOnlyRows;
  private final Map<String, LiveRow<T>> rowsByKey = new HashMap<>();
  private final Executor fxExecutor;
  private final ScheduledExecutorService timer;
  private final long intervalMillis;

  /**
   * @param fxExecutor runs flushes on the FX thread ({@code Platform::runLater} in the app)
   * @param timer schedules flushes
   * @param intervalMillis the most often a flush may happen
   */
  public LiveList(Executor fxExecutor, ScheduledExecutorService timer, long intervalMillis) {
    this.fxExecutor = fxExecutor;
    this.timer = timer;
    this.intervalMillis = intervalMillis;
  }

  /** The current objects; changes arrive on the FX thread. */
  public ObservableList<T> items() {
    return readOnly;
  }

  /**
   * The objects as rows that follow them, for tables; in the order of {@link #items()}. The list changes when objects
   * come or go. An update sets its object's row and arrives as an update change ({@code wasUpdated()}): a view passes
   * it on when the row must move (a sorted or filtered table) and may drop it otherwise. A relist keeps the row of each
   * object that is still there, so a selected row stays selected. Call on the FX thread.
   */
  public ObservableList<LiveRow<T>> rows() {
    if (rows == null) {
      rows = new Items<>();
      readOnlyRows = FXCollections.unmodifiableObservableList(rows);
      resyncRows();
    }
    return readOnlyRows;
  }

  /**
   * The object with this namespace (null or empty for cluster-scoped) and name, by index rather than a scan, so
   * that resolving references for thousands of rows stays cheap. Call on the FX thread (where flushes run).
   */
  public java.util.Optional<T> find(String namespace, String name) {
    Integer at = positions.get(Objects.requireNonNullElse(namespace, "") + "/" + name);
    return at == null ? java.util.Optional.empty() : java.util.Optional.of(items.get(at));
  }

  /** How many flushes have been applied (a storm of events should need few). */
  public long flushCount() {
    return flushes.get();
  }

  public void upsert(T object) {
    enqueue(new Change<>(key(object), object, false, List.of()));
  }

  public void delete(T object) {
    enqueue(new Change<>(key(object), object, true, List.of()));
  }

  /**
   * Replaces everything (after a relist) in one step: the table never shows the list empty in between, and
   * rows of objects that are gone disappear.
   */
  public void replaceAll(Collection<? extends T> objects) {
    enqueue(new Change<>(null, null, true, List.copyOf(objects)));
  }

  /** Empties the list. */
  public void clear() {
    enqueue(new Change<>(null, null, true, List.of()));
  }

  /**
   * Queues changes without flushing them until {@link #release()}: for the length of a listing, whose objects
   * arrive one by one but make sense to a view only together.
   */
  public void hold() {
    held.set(true);
  }

  /** Ends a {@link #hold()}: what queued meanwhile is applied in one flush, at once. */
  public void release() {
    // Cleared before looking at the queue: an enqueue that saw the hold has already queued its change.
    if (held.getAndSet(false) && !pending.isEmpty() && flushScheduled.compareAndSet(false, true)) {
      fxExecutor.execute(this::flush);
    }
  }

  /** Whether changes are being held back. */
  public boolean held() {
    return held.get();
  }

  private void enqueue(Change<T> change) {
    pending.add(change);
    if (!held.get() && flushScheduled.compareAndSet(false, true)) {
      timer.schedule(() -> fxExecutor.execute(this::flush), intervalMillis, TimeUnit.MILLISECONDS);
    }
  }

  /** Applies every pending change; runs on the FX thread. */
  private void flush() {
    flushScheduled.set(false);
    Map<String, Change<T>> batch = new LinkedHashMap<>();
    boolean clearFirst = false;
    Change<T> change;
    while ((change = pending.poll()) != null) {
      if (change.key() == null) {
        clearFirst = true;
        batch.clear();
        for (T object : change.snapshot()) {
          String key = key(object);
          batch.put(key, new Change<>(key, object, false, List.of()));
        }
      } else {
        batch.remove(change.key());
        batch.put(change.key(), change);
      }
    }
    if (!clearFirst && batch.isEmpty()) {
      return;
    }
    flushes.incrementAndGet();
    if (clearFirst) {
      List<T> fresh = new ArrayList<>();
      for (Change<T> c : batch.values()) {
        if (!c.deleted()) {
          fresh.add(c.object());
        }
      }
      items.setAll(fresh);
      reindex();
      resyncRows();
      return;
    }
    boolean onlyUpdates = batch.values().stream().allMatch(c -> !c.deleted() && positions.containsKey(c.key()));
    if (batch.size() > BULK_BATCH && !onlyUpdates) {
      applyAsOneChange(batch);
      return;
    }
    Set<String> removed = new HashSet<>();
    List<T> added = new ArrayList<>();
    java.util.TreeMap<Integer, T> updated = new java.util.TreeMap<>();
    for (Change<T> c : batch.values()) {
      Integer at = positions.get(c.key());
      if (c.deleted()) {
        if (at != null) {
          removed.add(c.key());
        }
      } else if (at != null) {
        updated.put(at, c.object());
      } else {
        added.add(c.object());
      }
    }
    // Updates (the bulk of an event storm) arrive as one change with a replacement per object: listeners
    // downstream (filtered and sorted views, the table, the selection) react once per flush, not once per object,
    // and only the rows that changed are re-sorted and redrawn.
    items.setEach(updated);
    if (!removed.isEmpty()) {
      items.removeIf(item -> removed.contains(key(item)));
    }
    if (!added.isEmpty()) {
      items.addAll(added);
    }
    if (!removed.isEmpty() || !added.isEmpty()) {
      reindex();
    }
    if (rows != null) {
      applyToRows(updated, removed, added);
    }
  }

  /** Mirrors one flush's updates, removals and additions in the rows (which are parallel to the items before it). */
  private void applyToRows(java.util.SortedMap<Integer, T> updated, Set<String> removed, List<T> added) {
    for (Map.Entry<Integer, T> update : updated.entrySet()) {
      rows.get(update.getKey()).set(update.getValue());
    }
    rows.updated(updated.keySet());
    if (!removed.isEmpty()) {
      rows.removeIf(row -> removed.contains(row.key()));
      removed.forEach(rowsByKey::remove);
    }
    if (!added.isEmpty()) {
      List<LiveRow<T>> fresh = new ArrayList<>(added.size());
      for (T object : added) {
        LiveRow<T> row = new LiveRow<>(key(object), object);
        rowsByKey.put(row.key(), row);
        fresh.add(row);
      }
      rows.addAll(fresh);
    }
  }

  /** Makes the rows hold the items again after the list was replaced, keeping the row of each object still there. */
  private void resyncRows() {
    if (rows == null) {
      return;
    }
    Map<String, LiveRow<T>> before = new HashMap<>(rowsByKey);
    rowsByKey.clear();
    List<LiveRow<T>> next = new ArrayList<>(items.size());
    for (T item : items) {
      String key = key(item);
      LiveRow<T> row = before.get(key);
      if (row == null) {
        row = new LiveRow<>(key, item);
      } else {
        row.set(item);
      }
      rowsByKey.put(key, row);
      next.add(row);
    }
    rows.setAll(next);
  }

  /**
   * Applies a large batch as a single list change. Each {@code set} would be its own change event, and every
   * listener downstream (filtered and sorted views, tables, the marketplace) would react thousands of times per
   * flush during an event storm; one replacement costs them one pass.
   */
  private void applyAsOneChange(Map<String, Change<T>> batch) {
    List<T> next = new ArrayList<>(items);
    boolean anyRemoved = false;
    for (Change<T> c : batch.values()) {
      Integer at = positions.get(c.key());
      if (c.deleted()) {
        if (at != null) {
          next.set(at, null);
          anyRemoved = true;
        }
      } else if (at != null) {
        next.set(at, c.object());
      } else {
        next.add(c.object());
      }
    }
    if (anyRemoved) {
      next.removeIf(Objects::isNull);
    }
    items.setAll(next);
    reindex();
    resyncRows();
  }

  private void reindex() {
    positions.clear();
    for (int i = 0; i < items.size(); i++) {
      positions.put(key(items.get(i)), i);
    }
  }

  static String key(HasMetadata object) {
    String namespace = Objects.requireNonNullElse(object.getMetadata().getNamespace(), "");
    return namespace + "/" + object.getMetadata().getName();
  }

  /** The list itself, able to announce many in-place replacements as one change. */
  private static final class Items<T> extends javafx.collections.ModifiableObservableListBase<T> {

    private final ArrayList<T> backing = new ArrayList<>();

    void setEach(java.util.SortedMap<Integer, T> replacements) {
      if (replacements.isEmpty()) {
        return;
      }
      beginChange();
      try {
        for (Map.Entry<Integer, T> r : replacements.entrySet()) {
          nextSet(r.getKey(), backing.set(r.getKey(), r.getValue()));
        }
      } finally {
        endChange();
      }
    }

    /** Announces, as one change, that the elements at these positions changed inside. */
    void updated(java.util.Collection<Integer> positions) {
      if (positions.isEmpty()) {
        return;
      }
      beginChange();
      try {
        for (int at : positions) {
          nextUpdate(at);
        }
      } finally {
        endChange();
      }
    }

    @Override
    public boolean removeIf(java.util.function.Predicate<? super T> filter) {
      // One change for all the removals, as the JavaFX array list gives.
      beginChange();
      try {
        return super.removeIf(filter);
      } finally {
        endChange();
      }
    }

    @Override
    public T get(int index) {
      return backing.get(index);
    }

    @Override
    public int size() {
      return backing.size();
    }

    @Override
    protected void doAdd(int index, T element) {
      backing.add(index, element);
    }

    @Override
    protected T doSet(int index, T element) {
      return backing.set(index, element);
    }

    @Override
    protected T doRemove(int index) {
      return backing.remove(index);
    }
  }

  /** One queued change; a null key replaces the whole list with {@code snapshot}. */
  private record Change<T>(String key, T object, boolean deleted, List<T> snapshot) {}
}
