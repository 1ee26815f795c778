package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * A JUnit extension that records every log event of a test class, as the log file would hold it (message,
 * arguments, stack traces), with the console's own loggers turned up to DEBUG: register it with
 * {@code @RegisterExtension static LogCapture logs = new LogCapture();}, run a flow, then
 * {@link #assertContainsNone} the secrets the flow handled (see {@link SecretLeaks}).
 */
public final class LogCapture implements BeforeAllCallback, AfterAllCallback {

  private static final String CONSOLE = "io.servicecatalog.console";

  private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
  private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
    @Override
    protected void append(ILoggingEvent event) {
      StringBuilder line = new StringBuilder()
          .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" [").append(event.getThreadName())
          .append("] ").append(event.getFormattedMessage());
      if (event.getArgumentArray() != null) {
        // Arguments a pattern does not use are still in the event; a leak there is still a leak.
        for (Object argument : event.getArgumentArray()) {
          line.append(" | ").append(argument);
        }
      }
      event.getMDCPropertyMap().forEach((k, v) -> line.append(" | ").append(k).append('=').append(v));
      if (event.getThrowableProxy() != null) {
        line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
      lines.add(line.toString());
    }
  };
  private Level consoleLevel;

  @Override
  public void beforeAll(ExtensionContext context) {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger console = logging.getLogger(CONSOLE);
    consoleLevel = console.getLevel();
    console.setLevel(Level.DEBUG);
    appender.setContext(logging);
    appender.setName("log-capture");
    appender.start();
    logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    appender.stop();
    logging.getLogger(CONSOLE).setLevel(consoleLevel);
  }

  /** Everything logged so far, one event per line (stack traces included). */
  public List<String> lines() {
    return new ArrayList<>(lines);
  }

  /** Everything logged so far as one text. */
  public String text() {
    return String.join("\n", lines);
  }

  /**
   * Fails, naming the secret and the log line, if any of {@code secrets} appears in the log as written or
   * in base64 (as Secret data and basic-auth headers carry it).
   */
  public void assertContainsNone(Collection<String> secrets) {
    List<String> snapshot = lines();
    for (String secret : secrets) {
      String encoded = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
      for (String line : snapshot) {
        assertThat(line).as("a log line holds the secret '%s'", secret).doesNotContain(secret);
        assertThat(line).as("a log line holds the secret '%s' in base64", secret).doesNotContain(encoded);
      }
    }
  }
}
