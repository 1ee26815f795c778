package io.servicecatalog.console.ui.controls;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A secret value shown as dots until revealed. Revealing and copying are offered only while
 * {@link #revealAllowedProperty() reveal is allowed}; the value itself never appears in a tooltip or in
 * {@link #toString()}.
 */
public class MaskedValue extends HBox {

  static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

  private final StringProperty value = new SimpleStringProperty(this, "value", "");
  private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);
  private final BooleanProperty revealAllowed = new SimpleBooleanProperty(this, "revealAllowed", false);
  private final Label text = new Label();
  private final Button toggle = new Button();
  private final Button copy = new Button();
  private Consumer<String> copyHandler = MaskedValue::putOnSystemClipboard;

  /**
   * @param id a base for the parts' ids: {@code id-value}, {@code id-reveal}, {@code id-copy}
   * @param revealText the reveal button's tooltip
   * @param copyText the copy button's tooltip
   */
  public MaskedValue(String id, String revealText, String copyText) {
    getStyleClass().add(Controls.MASKED_VALUE);
    setId(id);
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(4);
    text.setId(id + "-value");
    text.getStyleClass().add("masked-text");
    text.setTextOverrun(OverrunStyle.ELLIPSIS);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    text.textProperty().bind(Bindings.createStringBinding(
        () -> revealed.get() && revealAllowed.get() ? value.get() : MASK, value, revealed, revealAllowed));
    toggle.setId(id + "-reveal");
    toggle.getStyleClass().addAll("flat", "icon-button");
    toggle.graphicProperty().bind(Bindings.createObjectBinding(
        () -> new FontIcon(revealed.get() ? Material2MZ.VISIBILITY_OFF : Material2MZ.VISIBILITY), revealed));
    toggle.setTooltip(new Tooltip(revealText));
    toggle.disableProperty().bind(revealAllowed.not());
    toggle.setOnAction(e -> revealed.set(!revealed.get()));
    copy.setId(id + "-copy");
    copy.getStyleClass().addAll("flat", "icon-button");
    copy.setGraphic(new FontIcon(Material2AL.CONTENT_COPY));
    copy.setTooltip(new Tooltip(copyText));
    copy.disableProperty().bind(revealAllowed.not());
    copy.setOnAction(e -> copyToClipboard());
    getChildren().addAll(text, toggle, copy);
    revealAllowed.addListener((obs, old, now) -> {
      if (!now) {
        revealed.set(false);
      }
    });
  }

  /** Hands the value to the {@link #setCopyHandler copy handler} (the system clipboard), if revealing is allowed. */
  public void copyToClipboard() {
    if (revealAllowed.get()) {
      copyHandler.accept(value.get());
    }
  }

  /**
   * Where copies go instead of straight onto the system clipboard; the app passes a handler that also clears
   * the clipboard again after a while, so a copied secret does not linger there.
   */
  public void setCopyHandler(Consumer<String> handler) {
    copyHandler = handler == null ? MaskedValue::putOnSystemClipboard : handler;
  }

  private static void putOnSystemClipboard(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }

  /** What the label shows now: the value or the mask. */
  public String displayedText() {
    return text.getText();
  }

  public StringProperty valueProperty() {
    return value;
  }

  public void setValue(String v) {
    value.set(v == null ? "" : v);
  }

  public BooleanProperty revealedProperty() {
    return revealed;
  }

  public void setRevealed(boolean v) {
    revealed.set(v);
  }

  public boolean isRevealed() {
    return revealed.get();
  }

  public BooleanProperty revealAllowedProperty() {
    return revealAllowed;
  }

  public void setRevealAllowed(boolean v) {
    revealAllowed.set(v);
  }

  @Override
  public String toString() {
    return "MaskedValue[" + getId() + ", revealed=" + revealed.get() + "]";
  }

  @Override
  public String getUserAgentStylesheet() {
    return Controls.STYLESHEET;
  }
}
