package io.servicecatalog.console.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Where the console keeps its own files (logs), following each OS's convention for per-user data. */
public final class DataDirectory {

  private static final String NAME = "service-catalog-console";

  private DataDirectory() {}

  public static Path get() {
    return resolve(System.getProperty("os.name", ""), System::getenv, Path.of(System.getProperty("user.home")));
  }

  static Path resolve(String osName, UnaryOperator<String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.apply("LOCALAPPDATA");
      return (appData == null ? home.resolve("AppData").resolve("Local") : Path.of(appData)).resolve("ServiceCatalogConsole");
    }
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("ServiceCatalogConsole");
    }
    String xdg = env.apply("XDG_DATA_HOME");
    return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve(NAME);
  }

  /** The log file's folder, also shown to the user in error dialogs. */
  public static Path logs() {
    return get().resolve("logs");
  }
}
