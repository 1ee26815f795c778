package io.servicecatalog.console.app.shell;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.store.LoadState;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.ui.controls.SearchField;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
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
 * @param <T> the object type
 */
public abstract class ListPage<T extends HasMetadata> extends BorderPane implements Page {

  protected final ViewContext context;
  protected final TableView<T> table = new TableView<>();
  private final ScrollPane detail = new ScrollPane();
  private final SearchField search;
  private final FilteredList<T> filtered;
  private final String idPrefix;
  /** Each object's lower-cased search text, worked out once rather than for every row on every keystroke. */
  private final Map<T, String> searchTexts = new IdentityHashMap<>();
  private String selectedKey;
  private boolean updating;
  private VBox hint;

  @SuppressWarnings("unchecked")
  protected ListPage(ViewContext context, ServiceCatalogKind kind, String idPrefix, String title) {
    this.context = context;
    this.idPrefix = idPrefix;
    setId(idPrefix);
    ObservableList<T> items = (ObservableList<T>) (ObservableList<?>) context.store().list(kind).items();
    // Registered before the filtered list's own listener, so it runs before the table sees the change.
    items.addListener((ListChangeListener<T>) c -> {
      updating = true;
      while (c.next()) {
        c.getRemoved().forEach(searchTexts::remove);
      }
    });
    filtered = new FilteredList<>(items);
    SortedList<T> sorted = new SortedList<>(filtered);
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setId(idPrefix + "-table");
    // One row height for every row (console.css): the table then never measures rows, which with thousands of live
    // objects it would do for every visible row on each update, scroll step and keystroke.
    table.getStyleClass().add("list-table");
    table.setItems(sorted);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    search = new SearchField(I18n.t("list.search"));
    search.setId(idPrefix + "-search");
    search.textProperty().addListener((o, a, now) -> {
      String q = now == null ? "" : now.trim().toLowerCase(Locale.ROOT);
      filtered.setPredicate(q.isEmpty() ? null : o2 -> searchTexts.computeIfAbsent(o2,
          o3 -> searchText(o3).toLowerCase(Locale.ROOT)).contains(q));
    });
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
    }, context.store().state(kind), items, filtered));
    table.setPlaceholder(placeholder);
    table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
      if (now != null) {
        selectedKey = Tables.key(now);
      } else if (!updating) {
        selectedKey = null;
      }
      redraw();
    });
    // After the table has seen a live update: select the new version of the object that was selected.
    items.addListener((ListChangeListener<T>) c -> {
      try {
        if (selectedKey != null) {
          T current = table.getSelectionModel().getSelectedItem();
          if (current == null || !Tables.key(current).equals(selectedKey)) {
            table.getItems().stream().filter(o -> Tables.key(o).equals(selectedKey)).findFirst()
                .ifPresent(o -> table.getSelectionModel().select(o));
          }
        }
      } finally {
        updating = false;
      }
      showNamespaceColumn();
      redraw();
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

  /** Forgets the search texts worked out so far; for subclasses whose search text depends on other objects. */
  protected void forgetSearchTexts() {
    searchTexts.clear();
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
    return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
  }

  /** Selects the row of {@code object} (by namespace and name) and shows it. */
  public void select(HasMetadata object) {
    String key = Tables.key(object);
    table.getItems().stream().filter(o -> Tables.key(o).equals(key)).findFirst().ifPresent(o -> {
      table.getSelectionModel().select(o);
      table.scrollTo(o);
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
