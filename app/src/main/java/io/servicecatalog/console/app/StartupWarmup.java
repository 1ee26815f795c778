package io.servicecatalog.console.app;

import io.servicecatalog.console.app.settings.PreferencesSettings;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that does not need the JavaFX toolkit, begun on a second core while the toolkit starts: setting up
 * logging (the appenders and their layouts) and reading the user's preferences (an XML file, so the XML parser too).
 * Both cost a few hundred milliseconds on a cold JVM and used to run one after the other before the first window.
 *
 * <p>Whatever it has not finished when the window needs it, the window waits for or does itself: slf4j hands out
 * stand-in loggers while its set-up runs and replays what they were given, and the preferences are read under their
 * own lock. A failure here is left for the window to meet and report the usual way.
 */
final class StartupWarmup {

  private StartupWarmup() {}

  /** Starts setting up logging and reading the preferences; returns at once. */
  static Thread start() {
    return start(List.of(LoggerFactory::getILoggerFactory, () -> PreferencesSettings.forUser().get("window.x")));
  }

  /** Runs {@code work} in order on a daemon thread; one piece that fails does not stop the next. */
  static Thread start(List<Runnable> work) {
    Thread thread = new Thread(() -> {
      for (Runnable piece : work) {
        try {
          piece.run();
        } catch (RuntimeException e) {
          // Met again, and reported, by the code that needs it.
        }
      }
    }, "startup-warmup");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
