package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.ui.controls.MaskedValue;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SecretClipboardTest {

  private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
  private final InMemorySettings settings = new InMemorySettings();
  private MaskedValue masked;

  /** A clipboard in memory, for the rules that do not need the system's. */
  private static final class MemoryBoard implements SecretClipboard.Board {
    final AtomicReference<String> text = new AtomicReference<>();

    @Override
    public String text() {
      return text.get();
    }

    @Override
    public void put(String value) {
      text.set(value);
    }

    @Override
    public void clear() {
      text.set(null);
    }
  }

  @Start
  void start(Stage stage) {
    masked = new MaskedValue("pw", "Reveal", "Copy");
    masked.setValue("hunter2");
    masked.setRevealAllowed(true);
    stage.setScene(new Scene(masked, 300, 100));
    stage.show();
  }

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  @Test
  @DisplayName("a secret copied with the copy button is on the system clipboard, then gone after the configured delay")
  void clearsSystemClipboard(FxRobot robot) {
    SecretClipboard.setClearAfter(settings, Duration.ofSeconds(1));
    SecretClipboard clipboard = new SecretClipboard(settings, timer, Fx.EXECUTOR);
    robot.interact(() -> masked.setCopyHandler(clipboard::copy));
    robot.clickOn("#pw-copy");
    AtomicReference<String> now = new AtomicReference<>();
    robot.interact(() -> now.set(Clipboard.getSystemClipboard().getString()));
    assertThat(now.get()).isEqualTo("hunter2");
    await().atMost(Duration.ofSeconds(5)).until(() -> {
      robot.interact(() -> now.set(Clipboard.getSystemClipboard().hasString() ? Clipboard.getSystemClipboard().getString() : null));
      return now.get() == null;
    });
  }

  @Test
  @DisplayName("something copied after the secret is left alone; 'never' schedules nothing; the default is 30 seconds")
  void leavesOtherContentAndHonoursNever() {
    MemoryBoard board = new MemoryBoard();
    SecretClipboard.setClearAfter(settings, Duration.ofSeconds(1));
    SecretClipboard clipboard = new SecretClipboard(settings, timer, Runnable::run, board);
    clipboard.copy("s3cret");
    board.put("the user's own text");
    await().atMost(Duration.ofSeconds(5)).until(() -> timer.getQueue().isEmpty() && timer.getActiveCount() == 0);
    assertThat(board.text()).isEqualTo("the user's own text");

    SecretClipboard.setClearAfter(settings, Duration.ZERO);
    clipboard.copy("kept");
    assertThat(timer.getQueue()).isEmpty();
    assertThat(board.text()).isEqualTo("kept");

    InMemorySettings fresh = new InMemorySettings();
    assertThat(SecretClipboard.clearAfter(fresh)).isEqualTo(Duration.ofSeconds(30));
    fresh.put(SecretClipboard.CLEAR_AFTER_SETTING, "soon");
    assertThat(SecretClipboard.clearAfter(fresh)).isEqualTo(SecretClipboard.DEFAULT_CLEAR_AFTER);
  }

  @Test
  @DisplayName("a second copy restarts the delay, and only the latest secret is cleared")
  void secondCopyRestarts() {
    MemoryBoard board = new MemoryBoard();
    SecretClipboard.setClearAfter(settings, Duration.ofSeconds(1));
    SecretClipboard clipboard = new SecretClipboard(settings, timer, Runnable::run, board);
    clipboard.copy("first");
    clipboard.copy("second");
    assertThat(board.text()).isEqualTo("second");
    await().atMost(Duration.ofSeconds(5)).until(() -> board.text() == null);
  }
}
