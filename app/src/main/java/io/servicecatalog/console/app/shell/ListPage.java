package io.servicecatalog.console.app.shell;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.store.LiveRow;
import io.servicecatalog.console.app.store.LoadState;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.ui.controls.SearchField;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A live, searchable, sortable table of one namespaced kind with a detail pane for the selected row. The
 * selection follows the object (by namespace and name) across live updates, and the detail pane keeps its
 * scroll position when it is redrawn.
 *
 * <p>The table's items are {@link LiveRow rows} ({@link LiveTableItems}): an update redraws its own row's cells, and
 * the detail pane when its object is the one selected.
 *
 * @param <T> the object type
 */
public abstract class ListPage<T extends HasMetadata> extends BorderPane implements Page {

  protected final ViewContext context;
  protected final TableView<LiveRow<T>> table = new TableView<>();
  private final ScrollPane detail = new ScrollPane();
  private final SearchField search;
  private final LiveTableItems<T> rows;
  private final String idPrefix;
  private final InvalidationListener selectedRowChanged = o -> redraw();
  private String selectedKey;
  /** While the table hears of a change: a selection cleared meanwhile is the change's doing, not the user's. */
  private boolean updating;
  /** Whether the change being heard adds or removes rows (rather than only moving one that was updated). */
  private boolean structural;
  private VBox hint;

  @SuppressWarnings("unchecked")
  protected ListPage(ViewContext context, ServiceCatalogKind kind, String idPrefix, String title) {
    this.context = context;
    this.idPrefix = idPrefix;
    setId(idPrefix);
    ObservableList<LiveRow<T>> items = (ObservableList<LiveRow<T>>) (ObservableList<?>) context.store().list(kind).rows();
    // Registered before the table's items follow the rows, so it runs before the table sees the change.
    items.addListener((ListChangeListener<LiveRow<T>>) c -> {
      updating = true;
      while (c.next()) {
        structural |= !c.wasUpdated();
      }
    });
    rows = new LiveTableItems<>(items, table, this::searchText);
    table.setId(idPrefix + "-table");
    table.setRowFactory(t -> Tables.cachedRow());
    // One row height for every row (console.css): the table then never measures rows, which with thousands of live
    // objects it would do for every visible row on each update, scroll step and keystroke.
    table.getStyleClass().add("list-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    search = new SearchField(I18n.t("list.search"));
    search.setId(idPrefix + "-search");
    search.textProperty().addListener((o, a, now) -> rows.search(now));
    Label placeholder = new Label();
    placeholder.setId(idPrefix + "-empty");
    placeholder.setWrapText(true);
    placeholder.setMaxWidth(460);
    placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
      LoadState state = context.store().state(kind).get();
      return switch (state.phase()) {
        case LOADING -> I18n.t("table.loading", kind.plural());
        case FORBIDDEN, FAILED -> state.message();
        case LOADED -> items.isEmpty() ? I18n.t("empty." + idPrefix, where()) : I18n.t("list.nomatch");
      };
    }, context.store().state(kind), items, rows.filtered()));
    table.setPlaceholder(placeholder);
    // The detail follows the selected object's updates; other rows' updates leave it alone.
    table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
      if (a != null) {
        a.removeListener(selectedRowChanged);
      }
      if (now != null) {
        now.addListener(selectedRowChanged);
        selectedKey = now.key();
      } else if (!updating) {
        selectedKey = null;
      }
      redraw();
    });
    // After the table has seen a change: select the object that was selected again, should its row be new (a relist)
    // or have been moved (a sorted table).
    items.addListener((ListChangeListener<LiveRow<T>>) c -> {
      boolean cameOrWent = structural;
      try {
        if (selectedKey != null) {
          LiveRow<T> current = table.getSelectionModel().getSelectedItem();
          if (current == null || !current.key().equals(selectedKey)) {
            table.getItems().stream().filter(row -> row.key().equals(selectedKey)).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row));
          }
        }
      } finally {
        updating = false;
        structural = false;
      }
      if (cameOrWent) {
        showNamespaceColumn();
        redraw();
      }
    });
    detail.setId(idPrefix + "-detail");
    detail.setFitToWidth(true);
    detail.getStyleClass().add("detail-pane");
    SplitPane split = DetailPane.split(table, detail);
    Label heading = new Label(title);
    heading.getStyleClass().add("title-2");
    HBox.setHgrow(search, Priority.ALWAYS);
    search.setMaxWidth(420);
    HBox bar = new HBox(16, heading, search);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("view-header");
    bar.setPadding(new Insets(16, 20, 12, 20));
    setTop(bar);
    setCenter(split);
  }

  /** Adds buttons (such as "New instance…") at the end of the view's header, after the search field. */
  protected void addHeaderActions(Node... nodes) {
    ((HBox) getTop()).getChildren().addAll(nodes);
  }

  /** Shows the namespace column only when watching all namespaces; otherwise every row would say the same. */
  protected void showNamespaceColumn() {
    boolean all = context.store().namespace().isEmpty();
    table.getColumns().stream().filter(c -> "namespace".equals(c.getUserData())).forEach(c -> c.setVisible(all));
  }

  private String where() {
    return context.store().namespace().map(ns -> I18n.t("store.inNamespace", ns)).orElse(I18n.t("store.inAllNamespaces"));
  }

  /**
   * Works the search texts out again and redraws the visible rows; for subclasses whose columns and search text show
   * other objects too (an instance's class by its display name).
   */
  protected void othersChanged() {
    rows.searchTextsChanged();
    table.refresh();
  }

  /** The text search matches against. */
  protected abstract String searchText(T object);

  /** The detail of the selected object. */
  protected abstract Node detail(T object);

  @Override
  public Node node() {
    return this;
  }

  @Override
  public void focusSearch() {
    search.requestFocus();
  }

  @Override
  public boolean back() {
    if (table.getSelectionModel().isEmpty()) {
      return false;
    }
    table.getSelectionModel().clearSelection();
    return true;
  }

  protected Optional<T> selected() {
    return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(LiveRow::get);
  }

  /** Selects the row of {@code object} (by namespace and name) and shows it. */
  public void select(HasMetadata object) {
    String key = Tables.key(object);
    table.getItems().stream().filter(row -> row.key().equals(key)).findFirst().ifPresent(row -> {
      table.getSelectionModel().select(row);
      table.scrollTo(row);
    });
  }

  /** Redraws the detail pane for the current selection, keeping its scroll position. */
  protected void redraw() {
    double scroll = detail.getVvalue();
    Optional<T> chosen = selected();
    if (chosen.isEmpty()) {
      // Live updates redraw often; with nothing selected the hint stays the node it was.
      if (hint == null) {
        Label text = new Label(I18n.t("list.select"));
        text.getStyleClass().add("text-muted");
        hint = new VBox(text);
        hint.setPadding(new Insets(20));
      }
      if (detail.getContent() != hint) {
        detail.setContent(hint);
      }
      return;
    }
    Node content = detail(chosen.get());
    if (content instanceof VBox box) {
      box.setPadding(new Insets(16, 20, 20, 20));
    }
    detail.setContent(content);
    detail.setVvalue(scroll);
  }

  /** The id prefix of this page's nodes. */
  protected String idPrefix() {
    return idPrefix;
  }
}
