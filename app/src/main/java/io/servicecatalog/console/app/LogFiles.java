package io.servicecatalog.console.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Where the console's log file really is: the file of the rotating appender that {@link LoggingSetup} sets
 * up in the per-user data directory, so error dialogs show the path that actually holds the details.
 */
public final class LogFiles {

  private LogFiles() {}

  /** The current log file, or empty when logging does not go to a file. */
  public static Optional<Path> current() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return Optional.empty();
    }
    Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> appenders =
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
    while (appenders.hasNext()) {
      if (appenders.next() instanceof FileAppender<?> file && file.getFile() != null) {
        return Optional.of(Path.of(file.getFile()).toAbsolutePath());
      }
    }
    return Optional.empty();
  }

  /** The log file to name in messages: the real one, or the data directory's log folder. */
  public static Path shown() {
    return current().orElse(DataDirectory.logs());
  }
}
