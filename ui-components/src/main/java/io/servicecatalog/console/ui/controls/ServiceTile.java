package io.servicecatalog.console.ui.controls;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A card for one service offering: icon, name, provider, a short description, tags and badges. Long texts
 * are cut with an ellipsis and shown whole in a tooltip.
 */
public class ServiceTile extends VBox {

  private final StackPane icon = new StackPane();
  private final Label title = new Label();
  private final Label subtitle = new Label();
  private final Label description = new Label();
  private final FlowPane tags = new FlowPane(4, 4);
  private final HBox badges = new HBox(6);
  private final Label footer = new Label();

  public ServiceTile() {
    getStyleClass().add(Controls.SERVICE_TILE);
    icon.getStyleClass().add("tile-icon");
    icon.setMinSize(40, 40);
    icon.setPrefSize(40, 40);
    icon.setMaxSize(40, 40);
    title.getStyleClass().add("tile-title");
    title.setTextOverrun(OverrunStyle.ELLIPSIS);
    subtitle.getStyleClass().add("tile-subtitle");
    subtitle.setTextOverrun(OverrunStyle.ELLIPSIS);
    VBox names = new VBox(2, title, subtitle);
    names.setMinWidth(0);
    HBox.setHgrow(names, Priority.ALWAYS);
    HBox header = new HBox(10, icon, names);
    header.setAlignment(Pos.CENTER_LEFT);
    description.getStyleClass().add("tile-description");
    description.setWrapText(true);
    description.setTextOverrun(OverrunStyle.ELLIPSIS);
    description.setMinHeight(0);
    description.setAlignment(Pos.TOP_LEFT);
    VBox.setVgrow(description, Priority.ALWAYS);
    description.setMaxHeight(Double.MAX_VALUE);
    tags.getStyleClass().add("tile-tags");
    tags.setPrefWrapLength(200);
    tags.setMaxHeight(24);
    tags.setMinHeight(0);
    badges.getStyleClass().add("tile-badges");
    badges.setAlignment(Pos.CENTER_LEFT);
    footer.getStyleClass().add("tile-footer");
    footer.setTextOverrun(OverrunStyle.ELLIPSIS);
    footer.setMinWidth(0);
    HBox.setHgrow(footer, Priority.ALWAYS);
    footer.setMaxWidth(Double.MAX_VALUE);
    Region gap = new Region();
    HBox bottom = new HBox(8, badges, gap, footer);
    HBox.setHgrow(gap, Priority.SOMETIMES);
    bottom.setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    setFillWidth(true);
    getChildren().addAll(header, description, tags, bottom);
    for (Label label : List.of(title, subtitle, description, footer)) {
      tooltipOnHover(label);
    }
  }

  /** Fills the tile; {@code graphic} is the icon node. */
  public void show(Node graphic, String titleText, String subtitleText, String descriptionText, List<String> tagTexts,
      List<Node> badgeNodes, String footerText) {
    setIcon(graphic);
    set(title, titleText);
    set(subtitle, subtitleText);
    set(description, descriptionText);
    set(footer, footerText);
    // Chips and badges are reused and only re-ordered when they differ: new nodes would each need styling,
    // and a grid refills its tiles on every scroll step and keystroke.
    List<Node> chips = tags.getChildren();
    while (chips.size() > tagTexts.size()) {
      chips.remove(chips.size() - 1);
    }
    for (int i = 0; i < tagTexts.size(); i++) {
      if (i < chips.size()) {
        ((Label) chips.get(i)).setText(tagTexts.get(i));
      } else {
        Label chip = new Label(tagTexts.get(i));
        chip.getStyleClass().add(Controls.CHIP);
        chips.add(chip);
      }
    }
    tags.setVisible(!tagTexts.isEmpty());
    if (!badges.getChildren().equals(badgeNodes)) {
      badges.getChildren().setAll(badgeNodes);
    }
  }

  /** Replaces the icon (for icons that load later). */
  public void setIcon(Node graphic) {
    if (graphic == null) {
      icon.getChildren().clear();
    } else if (icon.getChildren().size() != 1 || icon.getChildren().get(0) != graphic) {
      icon.getChildren().setAll(graphic);
    }
  }

  public String getTitle() {
    return title.getText();
  }

  private static void set(Label label, String text) {
    String value = text == null ? "" : text;
    label.setText(value);
    Tooltip tip = label.getTooltip();
    if (tip != null && value.isEmpty()) {
      label.setTooltip(null);
    } else if (tip != null) {
      tip.setText(value);
    }
  }

  /**
   * The full text as a tooltip, made on the first hover: a Tooltip is a popup window with its own scene, and a
   * grid refilling its tiles on every live update or keystroke should not build four of them per tile.
   */
  private static void tooltipOnHover(Label label) {
    label.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
      if (label.getTooltip() == null && !label.getText().isEmpty()) {
        label.setTooltip(new Tooltip(label.getText()));
      }
    });
  }

  @Override
  public String getUserAgentStylesheet() {
    return Controls.STYLESHEET;
  }
}
