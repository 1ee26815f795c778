package io.servicecatalog.console.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ControlsTest {

  private MaskedValue masked;
  private MaskedValue forbidden;
  private SearchField search;
  private ConditionBadge badge;
  private ServiceTile tile;

  @Start
  void start(Stage stage) {
    masked = new MaskedValue("pw", "Reveal", "Copy");
    masked.setValue("hunter2");
    masked.setRevealAllowed(true);
    forbidden = new MaskedValue("other", "Reveal", "Copy");
    forbidden.setValue("top-secret");
    search = new SearchField("Search");
    search.setId("search");
    badge = new ConditionBadge("Ready", ConditionBadge.Tone.SUCCESS);
    tile = new ServiceTile();
    tile.show(new Label("icon"), "A very long service name that will not fit on the tile", "Acme", "Short", List.of("db"),
        List.of(new ConditionBadge("Free", ConditionBadge.Tone.SUCCESS)), "via broker");
    tile.setPrefWidth(200);
    stage.setScene(new Scene(new VBox(8, masked, forbidden, search, badge, tile), 400, 400));
    stage.show();
  }

  @Test
  @DisplayName("a tile's title gets its full-text tooltip on first hover, and a refilled tile's tooltip follows the new text")
  void tileTooltipOnHover(FxRobot robot) {
    Label title = (Label) robot.lookup(n -> n instanceof Label l && l.getText().startsWith("A very long service name"))
        .query();
    assertThat(title.getTooltip()).isNull();
    robot.moveTo(title);
    assertThat(title.getTooltip()).isNotNull();
    assertThat(title.getTooltip().getText()).isEqualTo("A very long service name that will not fit on the tile");
    robot.interact(() -> tile.show(new Label("icon"), "Another service", "Acme", "Short", List.of(), List.of(), "via broker"));
    assertThat(title.getTooltip().getText()).isEqualTo("Another service");
  }

  @Test
  @DisplayName("a masked value shows dots until revealed, and copies the real value")
  void maskedValue(FxRobot robot) {
    assertThat(masked.displayedText()).isEqualTo(MaskedValue.MASK);
    robot.clickOn("#pw-reveal");
    assertThat(masked.displayedText()).isEqualTo("hunter2");
    robot.clickOn("#pw-copy");
    StringBuilder clip = new StringBuilder();
    robot.interact(() -> clip.append(Clipboard.getSystemClipboard().getString()));
    assertThat(clip).hasToString("hunter2");
    assertThat(masked.toString()).doesNotContain("hunter2");
  }

  @Test
  @DisplayName("without permission the value cannot be revealed or copied")
  void forbiddenValue(FxRobot robot) {
    assertThat(robot.lookup("#other-reveal").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(robot.lookup("#other-copy").queryAs(Button.class).isDisabled()).isTrue();
    robot.interact(() -> forbidden.setRevealed(true));
    assertThat(forbidden.displayedText()).isEqualTo(MaskedValue.MASK);
  }

  @Test
  @DisplayName("Escape clears the search field; badges carry their tone as a pseudo-class, in their colours")
  void searchAndBadge(FxRobot robot) {
    robot.clickOn("#search").write("redis");
    assertThat(search.getText()).isEqualTo("redis");
    robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    assertThat(search.getText()).isEmpty();
    assertThat(badge.getPseudoClassStates()).contains(ConditionBadge.pseudoClass(ConditionBadge.Tone.SUCCESS));
    robot.interact(() -> badge.setTone(ConditionBadge.Tone.DANGER));
    assertThat(badge.getPseudoClassStates()).contains(ConditionBadge.pseudoClass(ConditionBadge.Tone.DANGER))
        .doesNotContain(ConditionBadge.pseudoClass(ConditionBadge.Tone.SUCCESS));
    // The tone's colours reach the badge: danger and success are drawn differently (the theme's colour names are given
    // here, as AtlantaFX gives them in the app).
    String palette = ".root { -color-success-fg: green; -color-danger-fg: red; -color-success-subtle: white;"
        + " -color-danger-subtle: white; }";
    robot.interact(() -> {
      badge.getScene().getStylesheets().add("data:text/css;base64,"
          + java.util.Base64.getEncoder().encodeToString(palette.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      badge.applyCss();
    });
    javafx.scene.paint.Paint danger = badge.getTextFill();
    robot.interact(() -> {
      badge.setTone(ConditionBadge.Tone.SUCCESS);
      badge.applyCss();
    });
    assertThat(badge.getTextFill()).isNotEqualTo(danger);
    assertThat(tile.getTitle()).startsWith("A very long service name");
  }
}
