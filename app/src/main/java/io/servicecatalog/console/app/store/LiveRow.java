package io.servicecatalog.console.app.store;

import javafx.beans.value.ObservableValueBase;

/**
 * One object of a {@link LiveList} as a table shows it: the row stays the same while the object it holds is replaced
 * by newer versions, and tells its listeners each time.
 *
 * <p>A table whose items are rows redraws only the cells of a row that changed. A table whose items are the objects
 * themselves is told of a replaced item as a change to its list, and {@code TableView} then redraws every visible row,
 * even for an object scrolled far out of sight. In an event storm that is a screenful of cells, with their styles and
 * text layout, several times a second.
 *
 * @param <T> the object type
 */
public final class LiveRow<T> extends ObservableValueBase<T> {

  private final String key;
  private T value;

  LiveRow(String key, T value) {
    this.key = key;
    this.value = value;
  }

  /** namespace/name of the object (an empty namespace for cluster-scoped objects). */
  public String key() {
    return key;
  }

  /** The newest version of the object. */
  public T get() {
    return value;
  }

  @Override
  public T getValue() {
    return value;
  }

  /** Holds {@code next} from now on; listeners hear of it unless it is the object already held. */
  void set(T next) {
    if (next != value) {
      value = next;
      fireValueChangedEvent();
    }
  }

  @Override
  public String toString() {
    return "LiveRow[" + key + "]";
  }
}
