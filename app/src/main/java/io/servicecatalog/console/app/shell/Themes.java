package io.servicecatalog.console.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.servicecatalog.console.app.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Light and dark themes (AtlantaFX Primer). By default the console follows the operating system's choice;
 * the user may pin light or dark, which is remembered. Dark mode is also a {@code :dark} pseudo-class on
 * the root so the console's own styles can tell.
 */
public final class Themes {

  private static final Logger LOG = LoggerFactory.getLogger(Themes.class);
  public static final String SETTING = "ui.theme";
  public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

  /** What the user chose. */
  public enum Choice {
    SYSTEM,
    LIGHT,
    DARK
  }

  private Themes() {}

  public static Choice saved(Settings settings) {
    return settings.get(SETTING).map(s -> {
      try {
        return Choice.valueOf(s);
      } catch (IllegalArgumentException e) {
        return Choice.SYSTEM;
      }
    }).orElse(Choice.SYSTEM);
  }

  /** Applies a theme to the whole application and marks {@code root}. Runs on the FX thread. */
  public static void apply(boolean dark, Parent root) {
    Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    if (root != null) {
      root.pseudoClassStateChanged(DARK, dark);
    }
  }

  /** Applies {@code choice}; for SYSTEM the desktop is asked off the FX thread first. */
  public static void applyChoice(Choice choice, Parent root, io.servicecatalog.console.app.BackgroundExecutor background,
      java.util.concurrent.Executor fx) {
    switch (choice) {
      case LIGHT -> apply(false, root);
      case DARK -> apply(true, root);
      case SYSTEM -> background.supply(Themes::systemPrefersDark).thenAcceptAsync(dark -> apply(dark, root), fx);
    }
  }

  /**
   * Whether the operating system is set to a dark appearance. Asks the desktop (macOS defaults, the Windows
   * registry, GNOME settings); blocks for a moment, so call it off the FX thread. False when it cannot tell.
   */
  public static boolean systemPrefersDark() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command;
    if (os.contains("mac")) {
      command = List.of("defaults", "read", "-g", "AppleInterfaceStyle");
    } else if (os.contains("win")) {
      command = List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
          "/v", "AppsUseLightTheme");
    } else {
      command = List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    }
    return run(command).map(out -> readsDark(os, out)).orElse(false);
  }

  /** Reads the desktop's answer: macOS prints "Dark", Windows "AppsUseLightTheme 0x0", GNOME 'prefer-dark'. */
  static boolean readsDark(String os, String output) {
    String out = output.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      return out.contains("0x0");
    }
    return out.contains("dark");
  }

  private static Optional<String> run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (InputStream in = process.getInputStream()) {
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          process.destroy();
          return Optional.empty();
        }
        return process.exitValue() == 0 ? Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)) : Optional.empty();
      }
    } catch (IOException e) {
      LOG.debug("Cannot ask the desktop for its theme ({}); using light", e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
