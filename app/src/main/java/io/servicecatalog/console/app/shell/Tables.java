package io.servicecatalog.console.app.shell;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.store.LiveRow;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.ui.controls.ConditionBadge;
import java.text.Collator;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Column builders the list views share: text with tooltip, status badge with its one-line message, age. The columns
 * show {@link LiveRow rows}: a cell's value is its row, whose object it follows, so an update redraws the cells of that
 * row alone. Each cell works its text out from the object as it draws it; sorting works it out the same way.
 */
public final class Tables {

  private static final int AGE_TICK_SECONDS = 5;

  /** Ticks every few seconds while the app runs; age cells redraw their text on each tick. */
  private static final LongProperty AGE_CLOCK = new SimpleLongProperty();
  private static Timeline ageTimeline;

  /** Sorts text as the table's default comparator does: by the user's locale's collation. */
  private static final Collator COLLATOR = Collator.getInstance();

  private Tables() {}

  /**
   * A column whose cells hold their row's object: the row itself is the cell's observable value, so nothing is made per
   * cell and the cell hears of its object's updates directly.
   */
  private static <T> TableColumn<LiveRow<T>, T> objectColumn(String title, double width) {
    TableColumn<LiveRow<T>, T> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(TableColumn.CellDataFeatures::getValue);
    return column;
  }

  /**
   * A cell of an object column. It tells objects apart by identity: a row holds a new object for each update, and the
   * models' {@code equals} compares whole objects field by field, which a table would do for every visible cell each
   * time it lays its rows out again.
   */
  /**
   * A table row drawn once and moved as an image while the table scrolls, redrawn when its content or state changes.
   * The software renderer (a VM, a remote desktop; the benchmarks' machine) spent 12–14 ms a frame redrawing rows
   * and their rounded status badges from scratch; with cached rows, 5–6 ms.
   */
  public static <T> TableRow<LiveRow<T>> cachedRow() {
    TableRow<LiveRow<T>> row = new TableRow<>();
    row.setCache(true);
    return row;
  }

  private static class ObjectCell<T> extends TableCell<LiveRow<T>, T> {
    @Override
    protected boolean isItemChanged(T oldItem, T newItem) {
      return oldItem != newItem;
    }
  }

  /** A sortable text column whose cells cut long text with an ellipsis and show it whole in a tooltip. */
  public static <T> TableColumn<LiveRow<T>, T> text(String title, double width, Function<T, String> value) {
    Function<T, String> text = o -> Objects.requireNonNullElse(value.apply(o), "");
    TableColumn<LiveRow<T>, T> column = objectColumn(title, width);
    column.setComparator((a, b) -> COLLATOR.compare(text.apply(a), text.apply(b)));
    column.setCellFactory(c -> {
      TableCell<LiveRow<T>, T> cell = new ObjectCell<>() {
        @Override
        protected void updateItem(T item, boolean empty) {
          super.updateItem(item, empty);
          String shown = empty || item == null ? null : text.apply(item);
          setText(shown);
          hoverTooltip(this, shown);
        }
      };
      cell.setTextOverrun(OverrunStyle.ELLIPSIS);
      return hoverTooltipOn(cell);
    });
    return column;
  }

  /** The namespace column; tagged so list pages can hide it when only one namespace is shown. */
  public static <T extends HasMetadata> TableColumn<LiveRow<T>, T> namespace(String title, double width) {
    TableColumn<LiveRow<T>, T> column = text(title, width, o -> o.getMetadata().getNamespace());
    column.setUserData("namespace");
    return column;
  }

  /** The status column: a coloured badge with svcat's word and the one-line message beside it. */
  public static <T extends HasMetadata> TableColumn<LiveRow<T>, T> status(String title, double width) {
    TableColumn<LiveRow<T>, T> column = objectColumn(title, width);
    column.setComparator((a, b) -> ResourceStatus.of(a).phase().compareTo(ResourceStatus.of(b).phase()));
    column.setCellFactory(c -> hoverTooltipOn(new ObjectCell<T>() {
      private final ConditionBadge badge = new ConditionBadge();
      private final Label message = new Label();
      private final HBox box = new HBox(8, badge, message);

      {
        box.setAlignment(Pos.CENTER_LEFT);
        // In a narrow column the badge gives way too ("Fetching the c…"); the tooltip says it whole.
        badge.setMinWidth(Region.USE_COMPUTED_SIZE);
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        message.setMinWidth(0);
        // The message takes the room the badge leaves: with its own (long) width as preferred, the box shrank both
        // alike and the badge went down to "…" while the message still had room to give.
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        message.getStyleClass().add("text-muted");
        // The graphic stays: a cell that went empty and back (every row does when a search changes how many rows
        // there are) would otherwise take the box out and put it in again, and be styled from scratch each time.
        setGraphic(box);
        box.setVisible(false);
      }

      @Override
      protected void updateItem(T object, boolean empty) {
        super.updateItem(object, empty);
        if (empty || object == null) {
          box.setVisible(false);
          hoverTooltip(this, null);
          return;
        }
        ResourceStatus item = ResourceStatus.of(object);
        badge.show(item.label(), Formats.tone(item.phase()));
        String line = item.message().lines().findFirst().orElse("");
        message.setText(line);
        hoverTooltip(this, item.message().isEmpty() ? item.label() : item.label() + " — " + item.message());
        box.setVisible(true);
      }
    }));
    return column;
  }

  /** kubectl's age column, sorted by creation time. */
  public static <T extends HasMetadata> TableColumn<LiveRow<T>, T> age(String title) {
    TableColumn<LiveRow<T>, T> column = objectColumn(title, 70);
    column.setMinWidth(56);
    column.setComparator((a, b) -> Long.compare(Formats.ageSeconds(created(a), Instant.now()),
        Formats.ageSeconds(created(b), Instant.now())));
    column.setCellFactory(c -> hoverTooltipOn(new ObjectCell<T>() {
      // Ages move on without any event from the cluster; the visible cells (a screenful) follow one clock.
      private final InvalidationListener tick = o -> refreshAge();
      {
        AGE_CLOCK.addListener(new WeakInvalidationListener(tick));
      }

      private void refreshAge() {
        if (!isEmpty() && getItem() != null) {
          setText(Formats.age(created(getItem()), Instant.now()));
        }
      }

      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String created = empty || item == null ? null : created(item);
        setText(created == null ? null : Formats.age(created, Instant.now()));
        hoverTooltip(this, created);
      }
    }));
    startAgeClock();
    return column;
  }

  private static String created(HasMetadata object) {
    return Objects.requireNonNullElse(object.getMetadata().getCreationTimestamp(), "");
  }

  private static final Object TOOLTIP_TEXT = new Object();

  /**
   * Sets the text a cell's tooltip shows; the Tooltip itself is made on the first hover. A Tooltip is a popup
   * window with its own scene, and a table refills every visible cell on each scroll step and live update.
   */
  static void hoverTooltip(TableCell<?, ?> cell, String text) {
    String value = text == null || text.isEmpty() ? null : text;
    cell.getProperties().put(TOOLTIP_TEXT, value);
    Tooltip tip = cell.getTooltip();
    if (tip != null && value == null) {
      cell.setTooltip(null);
    } else if (tip != null) {
      tip.setText(value);
    }
  }

  private static <C extends TableCell<?, ?>> C hoverTooltipOn(C cell) {
    cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
      if (cell.getTooltip() == null && cell.getProperties().get(TOOLTIP_TEXT) instanceof String text) {
        cell.setTooltip(new Tooltip(text));
      }
    });
    return cell;
  }

  /** Redraws the visible ages now instead of at the next tick. */
  static void tickAges() {
    AGE_CLOCK.set(AGE_CLOCK.get() + 1);
  }

  private static void startAgeClock() {
    if (ageTimeline == null) {
      ageTimeline = new Timeline(new KeyFrame(Duration.seconds(AGE_TICK_SECONDS),
          e -> tickAges()));
      ageTimeline.setCycleCount(Animation.INDEFINITE);
      ageTimeline.play();
    }
  }

  /**
   * Gives each column a floor, in order: below it the table scrolls sideways instead of cutting every
   * column down to an ellipsis.
   */
  public static void minWidths(javafx.scene.control.TableView<?> table, double... widths) {
    for (int i = 0; i < widths.length && i < table.getColumns().size(); i++) {
      table.getColumns().get(i).setMinWidth(widths[i]);
    }
  }

  /** The objects a table of {@link LiveRow rows} shows, in the table's order. */
  @SuppressWarnings("unchecked")
  public static <T> java.util.List<T> objects(javafx.scene.control.TableView<?> table) {
    return table.getItems().stream().map(row -> ((LiveRow<T>) row).get()).toList();
  }

  /** namespace/name, the key the views select by. */
  public static String key(HasMetadata object) {
    return Objects.requireNonNullElse(object.getMetadata().getNamespace(), "") + "/" + object.getMetadata().getName();
  }
}
