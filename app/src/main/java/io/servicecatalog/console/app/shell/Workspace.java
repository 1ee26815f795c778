package io.servicecatalog.console.app.shell;

import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.bindings.BindingsView;
import io.servicecatalog.console.app.brokers.BrokersView;
import io.servicecatalog.console.app.instances.InstancesView;
import io.servicecatalog.console.app.marketplace.MarketplaceView;
import io.servicecatalog.console.app.settings.Settings;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The connected console's body: navigation on the left (Marketplace, Brokers, Instances, Bindings), the
 * chosen view on the right. Views are built when first shown and kept, so each keeps its search, selection
 * and scroll position while the user looks elsewhere. Keyboard: Ctrl+F search, Ctrl+1…4 views, Escape or
 * Alt+Left back.
 */
public final class Workspace extends BorderPane {

  static final String LAST_VIEW = "view.last";

  private final Map<Place, Page> pages = new EnumMap<>(Place.class);
  private final Map<Place, ToggleButton> buttons = new EnumMap<>(Place.class);
  private final Deque<Place> history = new ArrayDeque<>();
  private final StackPane content = new StackPane();
  private final ToggleGroup group = new ToggleGroup();
  private final Function<Place, Page> factory;
  private final Settings settings;
  private Place current;

  /** Builds the workspace for a view context made with {@link #navigator()}. */
  public Workspace(Settings settings, Function<ViewContext.Navigator, ViewContext> contextFactory) {
    this.settings = settings;
    ViewContext context = contextFactory.apply(this::go);
    this.factory = place -> switch (place) {
      case MARKETPLACE -> new MarketplaceView(context);
      case BROKERS -> new BrokersView(context);
      case INSTANCES -> new InstancesView(context);
      case BINDINGS -> new BindingsView(context);
    };
    setId("workspace");
    getStyleClass().add("workspace");
    VBox nav = new VBox(4);
    nav.getStyleClass().add("nav");
    nav.setPadding(new Insets(12, 8, 12, 8));
    nav.setPrefWidth(184);
    nav.setMinWidth(150);
    for (Place place : Place.values()) {
      ToggleButton button = new ToggleButton(I18n.t("nav." + place.id()), new FontIcon(switch (place) {
        case MARKETPLACE -> Material2MZ.STORE;
        case BROKERS -> Material2AL.DNS;
        case INSTANCES -> Material2AL.LAYERS;
        case BINDINGS -> Material2AL.LINK;
      }));
      button.setId("nav-" + place.id());
      button.getStyleClass().add("nav-button");
      button.setMaxWidth(Double.MAX_VALUE);
      button.setToggleGroup(group);
      // No tooltip: it would open over the next button down the column and swallow a quick click on it.
      button.setAccessibleHelp(I18n.t("nav.shortcut", place.ordinal() + 1));
      button.setOnAction(e -> go(place, page -> {}));
      buttons.put(place, button);
      nav.getChildren().add(button);
    }
    VBox.setVgrow(content, Priority.ALWAYS);
    content.getStyleClass().add("workspace-content");
    setLeft(nav);
    setCenter(content);
    Place start = settings.get(LAST_VIEW).flatMap(Workspace::place).orElse(Place.MARKETPLACE);
    go(start, page -> {});
  }

  private static java.util.Optional<Place> place(String name) {
    try {
      return java.util.Optional.of(Place.valueOf(name));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** Shows {@code place} and hands its page to {@code then}. */
  public void go(Place place, Consumer<Page> then) {
    if (current != null && current != place) {
      history.push(current);
    }
    current = place;
    Page page = pages.computeIfAbsent(place, factory);
    content.getChildren().setAll(page.node());
    buttons.get(place).setSelected(true);
    settings.put(LAST_VIEW, place.name());
    then.accept(page);
  }

  /** The view shown now. */
  public Place current() {
    return current;
  }

  /** The page of {@code place}, building it if needed. */
  public Page page(Place place) {
    return pages.computeIfAbsent(place, factory);
  }

  /** Goes back: closes the current view's detail, else returns to the previous view. */
  public boolean back() {
    if (pages.get(current).back()) {
      return true;
    }
    if (!history.isEmpty()) {
      Place previous = history.pop();
      current = null;
      go(previous, page -> {});
      return true;
    }
    return false;
  }

  /** Handles the view shortcuts; the connected window passes every key press here, wherever the focus is. */
  void shortcut(KeyEvent e) {
    if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
      pages.get(current).focusSearch();
      e.consume();
    } else if ((e.isAltDown() && e.getCode() == KeyCode.LEFT) || e.getCode() == KeyCode.ESCAPE) {
      if (e.getCode() == KeyCode.ESCAPE && e.getTarget() instanceof javafx.scene.control.TextInputControl input
          && !input.getText().isEmpty()) {
        return;
      }
      if (back()) {
        e.consume();
      }
    } else if (e.isShortcutDown() && e.getCode().isDigitKey()) {
      int index = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
      if (index >= 0 && index < Place.values().length) {
        go(Place.values()[index], page -> {});
        e.consume();
      }
    }
  }
}
