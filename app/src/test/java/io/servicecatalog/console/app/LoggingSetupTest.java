package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingSetupTest {

  @TempDir Path dir;

  @Test
  @DisplayName("logs warnings to standard error and a rotating file in console.logDir, the console's own messages from INFO")
  void setsUpStderrAndFile() {
    String before = System.getProperty(LoggingSetup.LOG_DIR);
    System.setProperty(LoggingSetup.LOG_DIR, dir.toString());
    LoggerContext context = new LoggerContext();
    // What SLF4J's provider gives the context it makes.
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    try {
      assertThat(new LoggingSetup().configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
      Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      assertThat(root.getLevel()).isEqualTo(Level.WARN);
      assertThat(root.getAppender("STDERR")).isNotNull();
      assertThat(root.getAppender("FILE")).isInstanceOfSatisfying(RollingFileAppender.class,
          file -> assertThat(Path.of(file.getFile())).isEqualTo(dir.resolve("console.log")));
      assertThat(context.getLogger("io.servicecatalog.console.app.Launcher").getEffectiveLevel()).isEqualTo(Level.INFO);
      assertThat(context.getLogger("io.fabric8.kubernetes.client.Config").getEffectiveLevel()).isEqualTo(Level.WARN);
      assertThat(context.getLogger("io.fabric8.kubernetes.client.dsl.internal.VersionUsageUtils").getEffectiveLevel())
          .isEqualTo(Level.ERROR);
      assertThat(context.getLogger("io.netty.channel.Foo").getEffectiveLevel()).isEqualTo(Level.WARN);

      context.getLogger("io.servicecatalog.console.app.Test").info("written to the file");
      assertThat(dir.resolve("console.log")).content().contains("INFO", "written to the file");
    } finally {
      context.stop();
      restore(before);
    }
  }

  @Test
  @DisplayName("a configuration file named with -Dlogback.configurationFile is left to logback")
  void namedFileWins() {
    String before = System.getProperty("logback.configurationFile");
    System.setProperty("logback.configurationFile", "elsewhere.xml");
    LoggerContext context = new LoggerContext();
    try {
      assertThat(new LoggingSetup().configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty("logback.configurationFile");
      } else {
        System.setProperty("logback.configurationFile", before);
      }
    }
  }

  private static void restore(String before) {
    if (before == null) {
      System.clearProperty(LoggingSetup.LOG_DIR);
    } else {
      System.setProperty(LoggingSetup.LOG_DIR, before);
    }
  }

  @Test
  @DisplayName("the app's logging is set up by this class, found through META-INF/services")
  void registered() throws Exception {
    Path services = Path.of("src/main/resources/META-INF/services/ch.qos.logback.classic.spi.Configurator");
    assertThat(Files.readString(services).trim()).isEqualTo(LoggingSetup.class.getName());
    assertThat(org.slf4j.LoggerFactory.getILoggerFactory()).isInstanceOfSatisfying(LoggerContext.class,
        context -> assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE")).isNotNull());
  }
}
