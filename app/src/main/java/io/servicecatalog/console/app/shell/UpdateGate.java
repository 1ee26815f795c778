package io.servicecatalog.console.app.shell;

import java.util.function.BiPredicate;
import javafx.collections.ListChangeListener.Change;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;

/**
 * A view of a list that passes on every change except the update changes ({@code wasUpdated()}) a test turns away.
 *
 * <p>Between live rows and a table's filtered, sorted list: an update that moves nothing (the row stays where the
 * sort puts it and on the same side of the search) need not reach them, and must not, because {@code TableView} redraws
 * every visible row for any change to its list. The row redraws its own cells without it.
 *
 * @param <E> the element type
 */
public final class UpdateGate<E> extends TransformationList<E, E> {

  private final BiPredicate<E, Integer> passes;

  /**
   * @param source the list to follow
   * @param passes given an updated element and its position in {@code source}: whether to pass the update on. Called
   *     for each update before any of the change reaches this list's listeners.
   */
  public UpdateGate(ObservableList<E> source, BiPredicate<E, Integer> passes) {
    super(source);
    this.passes = passes;
  }

  @Override
  protected void sourceChanged(Change<? extends E> c) {
    beginChange();
    try {
      while (c.next()) {
        if (c.wasPermutated()) {
          int[] permutation = new int[c.getTo() - c.getFrom()];
          for (int i = c.getFrom(); i < c.getTo(); i++) {
            permutation[i - c.getFrom()] = c.getPermutation(i);
          }
          nextPermutation(c.getFrom(), c.getTo(), permutation);
        } else if (c.wasUpdated()) {
          for (int i = c.getFrom(); i < c.getTo(); i++) {
            if (passes.test(getSource().get(i), i)) {
              nextUpdate(i);
            }
          }
        } else {
          if (c.wasRemoved()) {
            nextRemove(c.getFrom(), c.getRemoved());
          }
          if (c.wasAdded()) {
            nextAdd(c.getFrom(), c.getTo());
          }
        }
      }
    } finally {
      endChange();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return ((ObservableList<E>) getSource()).get(index);
  }

  @Override
  public int size() {
    return getSource().size();
  }

  @Override
  public int getSourceIndex(int index) {
    return index;
  }

  @Override
  public int getViewIndex(int index) {
    return index;
  }
}
