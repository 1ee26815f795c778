package io.servicecatalog.console.app.wizard;

import io.servicecatalog.console.app.I18n;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The offer at the top of a wizard to restore the draft an earlier, unfinished run left: "Restore" puts the values
 * back and then says what did not fit any more and that secret values must be typed again; "Discard" forgets it.
 *
 * <p>Ids: {@code draft-offer}, {@code draft-offer-message}, {@code draft-offer-note}, {@code draft-restore},
 * {@code draft-discard}.
 */
public final class DraftOffer extends VBox {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

  private final Label note = new Label();

  /**
   * @param what what the draft is, for the question (for example "instance “db”")
   * @param savedAt when the draft was kept
   * @param secretsLeftOut whether the draft left out secret values the user had typed
   * @param restore puts the values back; answers sentences on what could not be restored (empty: everything)
   * @param discard forgets the draft
   */
  public DraftOffer(String what, Instant savedAt, boolean secretsLeftOut, Supplier<List<String>> restore,
      Runnable discard) {
    super(6);
    setId("draft-offer");
    getStyleClass().add("wizard-draft-offer");
    Label message = new Label(I18n.t("draft.offer", what, TIME.format(savedAt)));
    message.setId("draft-offer-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    message.getStyleClass().add("text-bold");
    note.setId("draft-offer-note");
    note.setWrapText(true);
    note.setMinHeight(Region.USE_PREF_SIZE);
    note.getStyleClass().add("text-muted");
    String secretNote = secretsLeftOut ? I18n.t("draft.secretsNotKept") : "";
    note.setText(secretNote);
    note.setManaged(!secretNote.isEmpty());
    note.setVisible(!secretNote.isEmpty());
    Button restoreButton = new Button(I18n.t("draft.restore"));
    restoreButton.setId("draft-restore");
    restoreButton.getStyleClass().add("accent");
    Button discardButton = new Button(I18n.t("draft.discard"));
    discardButton.setId("draft-discard");
    HBox buttons = new HBox(8, restoreButton, discardButton);
    buttons.setAlignment(Pos.CENTER_LEFT);
    restoreButton.setOnAction(e -> {
      List<String> missed = restore.get();
      message.setText(I18n.t("draft.restored"));
      StringBuilder text = new StringBuilder();
      for (String m : missed) {
        text.append(m).append('\n');
      }
      text.append(secretNote);
      note.setText(text.toString().strip());
      note.setManaged(!note.getText().isEmpty());
      note.setVisible(!note.getText().isEmpty());
      getChildren().remove(buttons);
    });
    discardButton.setOnAction(e -> {
      discard.run();
      dismiss();
    });
    getChildren().addAll(message, note, buttons);
  }

  /** Takes the offer away (after Discard, or when the wizard goes on without it). */
  public void dismiss() {
    setVisible(false);
    setManaged(false);
  }
}
