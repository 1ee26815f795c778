package io.servicecatalog.console.icons;

import java.net.URL;
import java.util.List;

/**
 * The application icon as class-path PNG resources, one per size, for window icons ({@code Stage.getIcons()})
 * and anything else that shows the console's mark. The files are rendered from {@code icons/src/main/svg} by
 * {@code icons/generate.sh}.
 */
public final class AppIcons {

  /** Every size, in pixels, that exists as {@code /io/servicecatalog/console/icons/app-<size>.png}. */
  public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);

  /** The sizes a window needs: the OS picks the best fit for title bars, task bars, switchers and docks. */
  public static final List<Integer> WINDOW_ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

  private static final String RESOURCE_DIRECTORY = "/io/servicecatalog/console/icons/";

  private AppIcons() {}

  /**
   * The window icons, smallest first, ready for {@code stage.getIcons().setAll(...)} after mapping each URL to
   * an {@code Image}.
   */
  public static List<URL> windowIconUrls() {
    return WINDOW_ICON_SIZES.stream().map(AppIcons::url).toList();
  }

  /**
   * The icon of one size.
   *
   * @throws IllegalArgumentException if there is no rendition of that size (see {@link #SIZES})
   * @throws IllegalStateException if the resource is missing from the class path (a broken build)
   */
  public static URL url(int size) {
    if (!SIZES.contains(size)) {
      throw new IllegalArgumentException(
          "There is no " + size + " px application icon; use one of " + SIZES + ".");
    }
    String name = resourceName(size);
    URL url = AppIcons.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException(
          "The application icon " + name + " is missing from the class path; rebuild the icons module"
              + " (icons/generate.sh renders it).");
    }
    return url;
  }

  /** The class-path resource name of the icon of one size, e.g. {@code /io/servicecatalog/console/icons/app-16.png}. */
  public static String resourceName(int size) {
    return RESOURCE_DIRECTORY + "app-" + size + ".png";
  }
}
