package io.servicecatalog.console.app.marketplace;

import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.brokers.BrokersView;
import io.servicecatalog.console.app.shell.Page;
import io.servicecatalog.console.app.shell.Place;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.app.store.LoadState;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.ui.controls.ConditionBadge;
import io.servicecatalog.console.ui.controls.ConditionBadge.Tone;
import io.servicecatalog.console.ui.controls.SearchField;
import io.servicecatalog.console.ui.controls.ServiceTile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The marketplace: every service the cluster's brokers offer as a grid of tiles, with instant search,
 * filters (broker, tag, scope, bindable, free, removed) and sort; a tile opens the service's detail.
 */
public final class MarketplaceView extends StackPane implements Page {

  /**
   * The property a tile names its service by: {@code tile-<external name>}, with {@code -ns} for a namespaced class.
   * Not the node's id: a new id restyles the whole tile, and a recycled tile gets a new service on every scroll step.
   */
  static final String TILE_NAME = "marketplace.tile";

  private final ViewContext context;
  private final MarketplaceModel model;
  private final IconCache icons;
  private final SearchField search = new SearchField(I18n.t("marketplace.search"));
  private final GridView<ServiceEntry> grid = new GridView<>();
  private final BorderPane browse = new BorderPane();
  private ServiceDetailView detail;

  public MarketplaceView(ViewContext context) {
    this.context = context;
    this.icons = new IconCache(context.background());
    this.model = new MarketplaceModel(
        List.of(context.store().list(ServiceCatalogKind.CLUSTER_SERVICE_CLASS).items(),
            context.store().list(ServiceCatalogKind.SERVICE_CLASS).items()),
        List.of(context.store().list(ServiceCatalogKind.CLUSTER_SERVICE_PLAN).items(),
            context.store().list(ServiceCatalogKind.SERVICE_PLAN).items()));
    setId("marketplace");
    getStyleClass().add("marketplace");
    search.setId("marketplace-search");
    search.textProperty().bindBidirectional(model.queryProperty());
    grid.setId("marketplace-grid");
    grid.setItems(model.shown());
    grid.setCellWidth(TILE_MIN_WIDTH);
    grid.setCellHeight(184);
    grid.setHorizontalCellSpacing(8);
    grid.setVerticalCellSpacing(8);
    // Tiles share the row's width, so the grid has no ragged empty band on the right.
    grid.widthProperty().addListener((o, a, w) -> fitCells(w.doubleValue()));
    grid.setCellFactory(g -> new TileCell());
    grid.setSkin(new MarketplaceGridSkin<>(grid));
    browse.setTop(toolbar());
    browse.setCenter(new StackPane(grid, emptyState()));
    getChildren().add(browse);
  }

  static final double TILE_MIN_WIDTH = 280;

  private void fitCells(double width) {
    // Grid padding (16 each side), the scroll bar, and each cell's spacing on both sides.
    double usable = width - 32 - 16;
    double spacing = grid.getHorizontalCellSpacing() * 2;
    int columns = Math.max(1, (int) Math.floor(usable / (TILE_MIN_WIDTH + spacing)));
    double cell = Math.floor(usable / columns - spacing);
    if (Math.abs(cell - grid.getCellWidth()) >= 1) {
      grid.setCellWidth(Math.max(TILE_MIN_WIDTH, cell));
    }
  }

  /** Finds the shown tile of a service by its tile name ({@code tile-<external name>}), for tests and automation. */
  public static <T extends Node> java.util.function.Predicate<T> tile(String tileName) {
    return node -> tileName.equals(node.getProperties().get(TILE_NAME)) && node.isVisible();
  }

  /** The model, for tests and the shell. */
  public MarketplaceModel model() {
    return model;
  }

  @Override
  public Node node() {
    return this;
  }

  @Override
  public void focusSearch() {
    back();
    search.requestFocus();
    search.selectAll();
  }

  @Override
  public boolean back() {
    if (detail == null) {
      return false;
    }
    detail.close();
    detail = null;
    getChildren().setAll(browse);
    return true;
  }

  /** Opens the detail of the entry with {@code key} (namespace/name). */
  public void open(ServiceEntry entry) {
    if (detail != null) {
      detail.close();
    }
    detail = new ServiceDetailView(context, model, icons, entry.key(), this::back);
    getChildren().setAll(detail);
  }

  private VBox toolbar() {
    Label title = new Label(I18n.t("nav.marketplace"));
    title.getStyleClass().add("title-2");
    Label count = new Label();
    count.setId("marketplace-count");
    count.getStyleClass().add("text-muted");
    count.textProperty().bind(Bindings.createStringBinding(
        () -> I18n.t("marketplace.count", model.shown().size(), model.all().size()), model.shown(), model.all()));
    HBox.setHgrow(search, Priority.ALWAYS);
    search.setMaxWidth(560);
    ComboBox<MarketplaceModel.Sort> sort = new ComboBox<>();
    sort.setId("marketplace-sort");
    sort.getItems().setAll(MarketplaceModel.Sort.values());
    sort.valueProperty().bindBidirectional(model.sortProperty());
    sort.setConverter(converter(s -> I18n.t("marketplace.sort." + s.name().toLowerCase(Locale.ROOT))));
    HBox top = new HBox(12, title, search, sort, count);
    top.setAlignment(Pos.CENTER_LEFT);

    ComboBox<String> broker = choice("marketplace-broker", model.brokers(), I18n.t("marketplace.allBrokers"));
    broker.valueProperty().bindBidirectional(model.brokerProperty());
    ComboBox<String> tag = choice("marketplace-tag", model.tags(), I18n.t("marketplace.allTags"));
    tag.valueProperty().bindBidirectional(model.tagProperty());
    ComboBox<MarketplaceModel.Scope> scope = new ComboBox<>();
    scope.setId("marketplace-scope");
    scope.getItems().setAll(MarketplaceModel.Scope.values());
    scope.valueProperty().bindBidirectional(model.scopeProperty());
    scope.setConverter(converter(s -> I18n.t("marketplace.scope." + s.name().toLowerCase(Locale.ROOT))));
    CheckBox bindable = new CheckBox(I18n.t("marketplace.bindable"));
    bindable.setId("marketplace-bindable");
    bindable.selectedProperty().bindBidirectional(model.bindableOnlyProperty());
    CheckBox free = new CheckBox(I18n.t("marketplace.free"));
    free.setId("marketplace-free");
    free.selectedProperty().bindBidirectional(model.freeOnlyProperty());
    CheckBox removed = new CheckBox(I18n.t("marketplace.removed"));
    removed.setId("marketplace-removed");
    removed.selectedProperty().bindBidirectional(model.showRemovedProperty());
    FlowPane filters = new FlowPane(12, 8, broker, tag, scope, bindable, free, removed);
    filters.setAlignment(Pos.CENTER_LEFT);
    VBox bar = new VBox(10, top, filters);
    bar.getStyleClass().add("view-header");
    bar.setPadding(new Insets(16, 20, 12, 20));
    return bar;
  }

  private static ComboBox<String> choice(String id, ObservableList<String> values, String allText) {
    ComboBox<String> box = new ComboBox<>();
    box.setId(id);
    ObservableList<String> items = javafx.collections.FXCollections.observableArrayList();
    Runnable fill = () -> {
      String value = box.getValue();
      List<String> all = new ArrayList<>();
      all.add(null);
      all.addAll(values);
      items.setAll(all);
      box.setValue(value != null && values.contains(value) ? value : null);
    };
    values.addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
    fill.run();
    box.setItems(items);
    box.setConverter(converter(v -> v));
    box.setButtonCell(new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(item == null ? allText : item);
      }
    });
    box.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item == null ? allText : item);
      }
    });
    box.setPrefWidth(180);
    return box;
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        return null;
      }
    };
  }

  private VBox emptyState() {
    Label headline = new Label();
    headline.getStyleClass().add("title-3");
    headline.setId("marketplace-empty-title");
    Label hint = new Label();
    hint.setWrapText(true);
    hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    hint.getStyleClass().add("text-muted");
    Button action = new Button();
    action.setId("marketplace-empty-action");
    VBox box = new VBox(10, headline, hint, action);
    box.setId("marketplace-empty");
    box.getStyleClass().add("empty-state");
    box.setAlignment(Pos.CENTER);
    box.setMaxSize(520, 220);
    box.setPickOnBounds(false);
    Runnable update = () -> {
      boolean noClasses = model.all().isEmpty();
      boolean loading = context.store().state(ServiceCatalogKind.CLUSTER_SERVICE_CLASS).get().phase() == LoadState.Phase.LOADING;
      box.setVisible(model.shown().isEmpty() && !loading);
      if (noClasses) {
        headline.setText(I18n.t("marketplace.empty.title"));
        hint.setText(I18n.t("marketplace.empty.hint"));
        action.setText(I18n.t("brokers.register"));
        action.setOnAction(e -> context.navigator().go(Place.BROKERS, page -> ((BrokersView) page).openRegister()));
      } else {
        headline.setText(I18n.t("marketplace.nomatch.title"));
        hint.setText(I18n.t("marketplace.nomatch.hint"));
        action.setText(I18n.t("marketplace.clearFilters"));
        action.setOnAction(e -> model.clearFilters());
      }
    };
    model.shown().addListener((javafx.collections.ListChangeListener<ServiceEntry>) c -> update.run());
    context.store().state(ServiceCatalogKind.CLUSTER_SERVICE_CLASS).addListener((o, a, b) -> update.run());
    update.run();
    return box;
  }

  /**
   * A grid cell: one tile, one icon and one set of badges, reused for every entry the cell shows. A row update
   * gives each cell its index again; a cell whose entry did not change keeps its tile as it is, and one whose
   * entry changed only sets texts, so scrolling and typing restyle no nodes.
   */
  private final class TileCell extends GridCell<ServiceEntry> {

    private final ServiceTile tile = new ServiceTile();
    private final FontIcon fallback = new FontIcon();
    private final ImageView image = new ImageView();
    private final ConditionBadge removedBadge = new ConditionBadge(I18n.t("marketplace.badge.removed"), Tone.WARNING);
    private final ConditionBadge priceBadge = new ConditionBadge();
    private final ConditionBadge scopeBadge = new ConditionBadge();
    private ServiceEntry shown;

    TileCell() {
      tile.setOnMouseClicked(e -> {
        if (getItem() != null) {
          open(getItem());
        }
      });
      fallback.getStyleClass().add("service-fallback-icon");
      image.setFitWidth(32);
      image.setFitHeight(32);
      image.setPreserveRatio(true);
      image.setSmooth(true);
      setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
      setGraphic(tile);
      // Drawn once and moved as an image while the grid scrolls: a tile's rounded card, border and badges cost the
      // software renderer (a VM, a remote desktop) most of a frame each time they are drawn from scratch.
      setCache(true);
    }

    @Override
    public void updateIndex(int index) {
      // GridRowSkin empties every cell (index -1) before giving it its index, on every row update: that would
      // empty and refill tiles that stay the same. Keep the tile; refill only when the entry at the index changed.
      if (index < 0) {
        return;
      }
      int before = getIndex();
      super.updateIndex(index);
      if (before == index && getGridView() != null && index < getGridView().getItems().size()
          && getGridView().getItems().get(index) != getItem()) {
        updateItem(getGridView().getItems().get(index), false);
      }
    }

    @Override
    protected void updateItem(ServiceEntry entry, boolean empty) {
      super.updateItem(entry, empty);
      if (empty || entry == null) {
        tile.setVisible(false);
        tile.getProperties().remove(TILE_NAME);
        shown = null;
        return;
      }
      tile.setVisible(true);
      if (entry == shown) {
        return;
      }
      shown = entry;
      tile.getProperties().put(TILE_NAME, "tile-" + entry.externalName() + (entry.clusterScoped() ? "" : "-ns"));
      List<Node> badges = new ArrayList<>(3);
      if (entry.removed()) {
        badges.add(removedBadge);
      }
      if (entry.allPaid()) {
        priceBadge.show(I18n.t("marketplace.badge.paid"), Tone.ACCENT);
        badges.add(priceBadge);
      } else if (entry.hasFreePlan()) {
        priceBadge.show(I18n.t(entry.freePlans() == entry.plans().size()
            ? "marketplace.badge.free" : "marketplace.badge.freeAndPaid"), Tone.SUCCESS);
        badges.add(priceBadge);
      }
      scopeBadge.show(I18n.t(entry.clusterScoped() ? "scope.cluster" : "scope.namespace"), Tone.NEUTRAL);
      badges.add(scopeBadge);
      // The provider when the broker names one; else the service's name when the title is a display name.
      String subtitle = !entry.provider().isEmpty() ? entry.provider()
          : entry.displayName().equals(entry.externalName()) ? "" : entry.externalName();
      fallback.setIconCode(IconCache.ikonFor(entry.tags(), entry.externalName()));
      tile.show(fallback, entry.displayName(), subtitle, entry.description(),
          entry.tags().size() > 4 ? entry.tags().subList(0, 4) : entry.tags(), badges, I18n.t("marketplace.viaBroker", entry.broker()));
      if (entry.removed() != tile.getStyleClass().contains("removed")) {
        if (entry.removed()) {
          tile.getStyleClass().add("removed");
        } else {
          tile.getStyleClass().remove("removed");
        }
      }
      entry.imageUrl().ifPresent(url -> icons.image(url).thenAcceptAsync(loaded -> loaded.ifPresent(img -> {
        if (shown == entry) {
          image.setImage(img);
          tile.setIcon(image);
        }
      }), context.fx()));
    }
  }
}
