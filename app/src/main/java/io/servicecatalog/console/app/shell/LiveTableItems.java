package io.servicecatalog.console.app.shell;

import io.servicecatalog.console.app.store.LiveRow;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * The items of a table of {@link LiveRow live rows}: filtered by a search, sorted as the table's columns say, and
 * told of an object's update only when the update moves its row: into or out of the search's matches, or out of the
 * order the table is sorted in. Any other update redraws its row's cells alone; passed on, it would make
 * {@code TableView} redraw every visible row.
 *
 * @param <T> the object type
 */
public final class LiveTableItems<T> {

  private final FilteredList<LiveRow<T>> filtered;
  private final SortedList<LiveRow<T>> sorted;
  private final Function<T, String> searchText;
  /** Each row's lower-cased search text, worked out once per version of its object rather than on every keystroke. */
  private final Map<LiveRow<T>, String> searchTexts = new IdentityHashMap<>();
  /** The lower-cased search, or null when there is none. */
  private String query;

  /**
   * Sets the table's items.
   *
   * @param rows the live rows
   * @param table the table to show them
   * @param searchText the text a search matches an object against
   */
  public LiveTableItems(ObservableList<LiveRow<T>> rows, TableView<LiveRow<T>> table, Function<T, String> searchText) {
    this.searchText = searchText;
    // Registered before the gate's own listener, so the texts of rows that are gone are dropped first.
    rows.addListener((ListChangeListener<LiveRow<T>>) c -> {
      while (c.next()) {
        if (!c.wasUpdated()) {
          c.getRemoved().forEach(searchTexts::remove);
        }
      }
    });
    filtered = new FilteredList<>(new UpdateGate<>(rows, this::moves));
    sorted = new SortedList<>(filtered);
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
  }

  /** Shows only the rows whose search text holds {@code text} (ignoring case and outer spaces); empty shows all. */
  public void search(String text) {
    String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    query = q.isEmpty() ? null : q;
    filtered.setPredicate(query == null ? null : row -> searchText(row).contains(q));
  }

  /** Forgets the search texts and, with a search, filters again: for search texts that show other objects too. */
  public void searchTextsChanged() {
    searchTexts.clear();
    // A new predicate filters every row again.
    search(query);
  }

  /** The rows the search lets through, before sorting. */
  public ObservableList<LiveRow<T>> filtered() {
    return filtered;
  }

  private String searchText(LiveRow<T> row) {
    return searchTexts.computeIfAbsent(row, r -> searchText.apply(r.get()).toLowerCase(Locale.ROOT));
  }

  /** Whether an update of {@code row}, at {@code index} in the rows, moves it (see the class comment). */
  private boolean moves(LiveRow<T> row, int index) {
    String before = searchTexts.remove(row);
    if (query != null) {
      String after = searchText(row);
      if (before == null || before.contains(query) != after.contains(query)) {
        return true;
      }
    }
    Comparator<? super LiveRow<T>> order = sorted.getComparator();
    int shownAt = order == null ? -1 : filtered.getViewIndex(index);
    if (shownAt < 0) {
      return false;
    }
    // The rows were in order; they still are if this one is in order with both its neighbours.
    int at = sorted.getViewIndex(shownAt);
    return at > 0 && order.compare(sorted.get(at - 1), row) > 0
        || at < sorted.size() - 1 && order.compare(row, sorted.get(at + 1)) > 0;
  }
}
