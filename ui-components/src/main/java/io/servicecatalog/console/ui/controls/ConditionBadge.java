package io.servicecatalog.console.ui.controls;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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

  private void applyTone(Tone now) {
    getStyleClass().removeIf(s -> s.startsWith("tone-"));
    getStyleClass().add("tone-" + (now == null ? Tone.NEUTRAL : now).name().toLowerCase(Locale.ROOT));
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
