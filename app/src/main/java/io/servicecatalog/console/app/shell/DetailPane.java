package io.servicecatalog.console.app.shell;

import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Building blocks of the detail panes: a titled section, a two-column fact grid, the conditions list. */
public final class DetailPane {

  private DetailPane() {}

  /**
   * A list beside its detail pane. The detail keeps a readable width (40 % of the room, between 300 and
   * 520 px) as the window is resized; the list gets the rest.
   */
  public static javafx.scene.control.SplitPane split(Node list, javafx.scene.layout.Region detail) {
    detail.setMinWidth(300);
    javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(list, detail);
    split.widthProperty().addListener((o, a, w) -> {
      double width = w.doubleValue();
      if (width > 0) {
        double pane = Math.max(300, Math.min(520, width * 0.4));
        split.setDividerPositions(1 - pane / width);
      }
    });
    split.setDividerPositions(0.6);
    return split;
  }

  /**
   * A label for a field's problem, hidden (and taking no room) until it gets text; it wraps and grows rather
   * than cutting the sentence.
   */
  public static Label problemLabel(String id) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    label.setVisible(false);
    label.setManaged(false);
    return label;
  }

  /** A section heading. */
  public static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("section-title");
    return label;
  }

  /** A grid of label/value rows; values wrap. */
  public static GridPane facts() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    ColumnConstraints key = new ColumnConstraints();
    key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    ColumnConstraints value = new ColumnConstraints();
    value.setHgrow(Priority.ALWAYS);
    value.setMinWidth(0);
    grid.getColumnConstraints().setAll(key, value);
    return grid;
  }

  /** Adds a row with a text value (id {@code id} on the value). */
  public static Label fact(GridPane grid, String name, String value, String id) {
    Label text = new Label(Formats.orDash(value));
    text.setWrapText(true);
    text.setId(id);
    text.setMinWidth(0);
    fact(grid, name, text);
    return text;
  }

  /** Adds a row with any node as the value. */
  public static void fact(GridPane grid, String name, Node value) {
    Label key = new Label(name);
    key.getStyleClass().add("text-muted");
    key.setMinWidth(Label.USE_PREF_SIZE);
    int row = grid.getRowCount();
    grid.add(key, 0, row);
    grid.add(value, 1, row);
  }

  /** The conditions, newest transition first, each with its reason, message and age. */
  public static VBox conditions(List<ServiceCatalogCondition> conditions, String id) {
    VBox box = new VBox(8);
    box.setId(id);
    if (conditions == null || conditions.isEmpty()) {
      Label none = new Label(I18n.t("detail.noConditions"));
      none.getStyleClass().add("text-muted");
      box.getChildren().add(none);
      return box;
    }
    List<ServiceCatalogCondition> ordered = conditions.stream()
        .sorted((a, b) -> b.lastTransitionInstant().orElse(Instant.EPOCH).compareTo(a.lastTransitionInstant().orElse(Instant.EPOCH)))
        .toList();
    for (ServiceCatalogCondition c : ordered) {
      Label head = new Label(I18n.t("condition.line", c.getType(), c.getStatus(), Formats.orDash(c.getReason()),
          Formats.age(c.getLastTransitionTime(), Instant.now())));
      head.getStyleClass().add("text-bold");
      head.setTextOverrun(OverrunStyle.ELLIPSIS);
      head.setMinWidth(0);
      Label message = new Label(Formats.orDash(c.getMessage()));
      message.setWrapText(true);
      message.setMinWidth(0);
      message.setTooltip(c.getLastTransitionTime() == null ? null : new Tooltip(c.getLastTransitionTime()));
      VBox one = new VBox(2, head, message);
      one.getStyleClass().add("condition-entry");
      one.setPadding(new Insets(4, 0, 4, 8));
      box.getChildren().add(one);
    }
    return box;
  }
}
