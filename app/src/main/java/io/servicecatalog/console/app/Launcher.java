package io.servicecatalog.console.app;

import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}: started from the class path, a main class that
 * extends Application fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    // Before anything logs: the file appender writes to the per-user data directory.
    System.setProperty("console.logDir", DataDirectory.logs().toString());
    StartupWarmup.start();
    ErrorReporter.install();
    Application.launch(ConsoleApplication.class, args);
  }
}
