package io.servicecatalog.console.app.shell;

import io.servicecatalog.console.app.settings.Settings;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Remembers the main window's size, position and maximised state between runs. A saved position that no
 * longer lies on any screen (a monitor was unplugged) is ignored, so the window never opens out of sight.
 */
public final class WindowState {

  static final String X = "window.x";
  static final String Y = "window.y";
  static final String WIDTH = "window.width";
  static final String HEIGHT = "window.height";
  static final String MAXIMIZED = "window.maximized";

  private WindowState() {}

  /** Sizes and places {@code stage} as last time, and saves its state whenever it is hidden. */
  public static void restoreAndTrack(Stage stage, Settings settings) {
    restore(stage, settings);
    stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> save(stage, settings));
  }

  static void restore(Stage stage, Settings settings) {
    Optional<Double> x = number(settings, X);
    Optional<Double> y = number(settings, Y);
    Optional<Double> w = number(settings, WIDTH);
    Optional<Double> h = number(settings, HEIGHT);
    if (w.isPresent() && h.isPresent() && w.get() >= 200 && h.get() >= 150) {
      stage.setWidth(w.get());
      stage.setHeight(h.get());
      if (x.isPresent() && y.isPresent()
          && !Screen.getScreensForRectangle(new Rectangle2D(x.get(), y.get(), w.get(), h.get())).isEmpty()) {
        stage.setX(x.get());
        stage.setY(y.get());
      }
    }
    settings.get(MAXIMIZED).map(Boolean::parseBoolean).ifPresent(stage::setMaximized);
  }

  static void save(Stage stage, Settings settings) {
    settings.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
    if (!stage.isMaximized()) {
      settings.put(X, Double.toString(stage.getX()));
      settings.put(Y, Double.toString(stage.getY()));
      settings.put(WIDTH, Double.toString(stage.getWidth()));
      settings.put(HEIGHT, Double.toString(stage.getHeight()));
    }
  }

  private static Optional<Double> number(Settings settings, String key) {
    return settings.get(key).flatMap(s -> {
      try {
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
