package io.servicecatalog.console.ui.controls;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;

/** A rounded label for a state such as "Ready" or "Failed", coloured by its tone. */
public class ConditionBadge extends Label {

  /** How a state reads: good, in progress, worrying, bad, or neutral. */
  public enum Tone {
    SUCCESS,
    ACCENT,
    WARNING,
    DANGER,
    NEUTRAL
  }

  private static final java.util.Map<Tone, PseudoClass> TONES = new java.util.EnumMap<>(Tone.class);

  static {
    for (Tone each : Tone.values()) {
      TONES.put(each, PseudoClass.getPseudoClass("tone-" + each.name().toLowerCase(Locale.ROOT)));
    }
  }

  private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone", Tone.NEUTRAL);

  public ConditionBadge() {
    this("", Tone.NEUTRAL);
  }

  public ConditionBadge(String text, Tone initial) {
    super(text);
    getStyleClass().add(Controls.CONDITION_BADGE);
    setTextOverrun(OverrunStyle.ELLIPSIS);
    setMinWidth(USE_PREF_SIZE);
    tone.addListener((obs, old, now) -> applyTone(now));
    tone.set(initial);
    applyTone(initial);
  }

  /**
   * Shows the tone as a pseudo-class ({@code :tone-success} and so on). A style class would do too, but changing one
   * makes JavaFX match the badge against every style rule again, and a table's status cells change tone as they are
   * reused for other rows on every scroll step and search.
   */
  private void applyTone(Tone now) {
    Tone shown = now == null ? Tone.NEUTRAL : now;
    for (Tone each : Tone.values()) {
      pseudoClassStateChanged(TONES.get(each), each == shown);
    }
  }

  /** The pseudo-class that shows {@code tone}. */
  public static PseudoClass pseudoClass(Tone tone) {
    return TONES.get(tone);
  }

  public ObjectProperty<Tone> toneProperty() {
    return tone;
  }

  public Tone getTone() {
    return tone.get();
  }

  public void setTone(Tone value) {
    tone.set(value);
  }

  /** Sets text and tone together. */
  public void show(String text, Tone value) {
    setText(text);
    setTone(value);
  }

  @Override
  public String getUserAgentStylesheet() {
    return Controls.STYLESHEET;
  }
}
