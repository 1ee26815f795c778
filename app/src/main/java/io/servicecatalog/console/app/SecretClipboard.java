package io.servicecatalog.console.app;

import io.servicecatalog.console.app.settings.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies secret values to the clipboard and clears them again after a delay the user chooses (30 seconds
 * unless set otherwise), so a password does not stay on the clipboard for whatever is pasted next. The
 * clipboard is cleared only if it still holds the secret: something the user copied since is left alone.
 */
public final class SecretClipboard {

  private static final Logger LOG = LoggerFactory.getLogger(SecretClipboard.class);

  /** The {@link Settings} key holding the delay in seconds; 0 means never clear. */
  public static final String CLEAR_AFTER_SETTING = "secrets.clipboardClearSeconds";

  /** The delay when the user has not chosen one. */
  public static final Duration DEFAULT_CLEAR_AFTER = Duration.ofSeconds(30);

  /** The delays offered in the menu; zero is "never". */
  public static final List<Duration> CHOICES = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
      Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ZERO);

  /** The clipboard as this class needs it; the system clipboard must be used on the FX thread. */
  public interface Board {
    /** The text on the clipboard, or null. */
    String text();

    void put(String text);

    void clear();
  }

  private final Settings settings;
  private final ScheduledExecutorService timer;
  private final Executor fx;
  private final Board board;
  private ScheduledFuture<?> pending;

  /** Uses the system clipboard. */
  public SecretClipboard(Settings settings, ScheduledExecutorService timer, Executor fx) {
    this(settings, timer, fx, new SystemBoard());
  }

  public SecretClipboard(Settings settings, ScheduledExecutorService timer, Executor fx, Board board) {
    this.settings = settings;
    this.timer = timer;
    this.fx = fx;
    this.board = board;
  }

  /** Puts {@code secret} on the clipboard and schedules its removal. Call on the FX thread. */
  public synchronized void copy(String secret) {
    board.put(secret);
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
    Duration delay = clearAfter(settings);
    if (delay.isZero()) {
      return;
    }
    pending = timer.schedule(() -> fx.execute(() -> clearIfStill(secret)), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized void clearIfStill(String secret) {
    pending = null;
    if (Objects.equals(board.text(), secret)) {
      board.clear();
      LOG.debug("Cleared a copied secret from the clipboard");
    }
  }

  /** The delay the user chose, or the default; an unreadable setting counts as the default. */
  public static Duration clearAfter(Settings settings) {
    return settings.get(CLEAR_AFTER_SETTING).map(text -> {
      try {
        long seconds = Long.parseLong(text.trim());
        return seconds < 0 ? DEFAULT_CLEAR_AFTER : Duration.ofSeconds(seconds);
      } catch (NumberFormatException e) {
        LOG.debug("Ignoring clipboard delay setting '{}': not a number of seconds", text);
        return DEFAULT_CLEAR_AFTER;
      }
    }).orElse(DEFAULT_CLEAR_AFTER);
  }

  /** Saves the delay; {@link Duration#ZERO} keeps copied secrets until something else is copied. */
  public static void setClearAfter(Settings settings, Duration delay) {
    settings.put(CLEAR_AFTER_SETTING, Long.toString(delay.toSeconds()));
  }

  private static final class SystemBoard implements Board {
    @Override
    public String text() {
      return Clipboard.getSystemClipboard().hasString() ? Clipboard.getSystemClipboard().getString() : null;
    }

    @Override
    public void put(String text) {
      ClipboardContent content = new ClipboardContent();
      content.putString(text);
      Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void clear() {
      Clipboard.getSystemClipboard().clear();
    }
  }
}
