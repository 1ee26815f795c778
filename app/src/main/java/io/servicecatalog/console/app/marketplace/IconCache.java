package io.servicecatalog.console.app.marketplace;

import io.servicecatalog.console.app.BackgroundExecutor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Service icons: a broker's {@code imageUrl} (a data URL or http(s)) decoded or fetched off the FX thread
 * and kept per address; while it loads, or when it cannot be shown (SVG, a broken link), an icon chosen from
 * the service's tags stands in.
 */
public final class IconCache {

  private final BackgroundExecutor background;
  private final Map<String, CompletableFuture<Optional<Image>>> images = new ConcurrentHashMap<>();

  public IconCache(BackgroundExecutor background) {
    this.background = background;
  }

  /** The image at {@code url}, loading it once; empty when it cannot be shown. */
  public CompletableFuture<Optional<Image>> image(String url) {
    return images.computeIfAbsent(url, u -> background.supply(() -> load(u)));
  }

  static Optional<Image> load(String url) {
    Image image;
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("data:")) {
      int comma = url.indexOf(',');
      if (comma < 0) {
        return Optional.empty();
      }
      String meta = lower.substring(5, comma);
      if (meta.contains("svg")) {
        return Optional.empty();
      }
      byte[] bytes;
      try {
        bytes = meta.endsWith(";base64") ? Base64.getMimeDecoder().decode(url.substring(comma + 1))
            : java.net.URLDecoder.decode(url.substring(comma + 1), StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      image = new Image(new ByteArrayInputStream(bytes), 96, 96, true, true);
    } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
      if (lower.endsWith(".svg")) {
        return Optional.empty();
      }
      // Synchronous load: this already runs on a worker thread.
      image = new Image(url, 96, 96, true, true, false);
    } else {
      return Optional.empty();
    }
    return image.isError() || image.getWidth() <= 0 ? Optional.empty() : Optional.of(image);
  }

  /** The stand-in icon for a service with these tags and name. */
  public static Node fallback(List<String> tags, String name) {
    FontIcon icon = new FontIcon(ikonFor(tags, name));
    icon.getStyleClass().add("service-fallback-icon");
    return icon;
  }

  static Ikon ikonFor(List<String> tags, String name) {
    String words = (String.join(" ", tags) + " " + name).toLowerCase(Locale.ROOT);
    if (matches(words, "sql", "postgres", "mysql", "maria", "database", "db", "mongo", "cassandra", "couch")) {
      return Material2MZ.STORAGE;
    }
    if (matches(words, "redis", "cache", "memcache")) {
      return Material2MZ.MEMORY;
    }
    if (matches(words, "queue", "kafka", "rabbit", "mq", "messaging", "pubsub", "stream")) {
      return Material2MZ.QUEUE;
    }
    if (matches(words, "mail", "smtp", "sendgrid")) {
      return Material2MZ.MAIL;
    }
    if (matches(words, "storage", "s3", "bucket", "blob", "object")) {
      return Material2AL.CLOUD;
    }
    if (matches(words, "log", "monitor", "metric", "analytics", "search", "elastic")) {
      return Material2AL.ANALYTICS;
    }
    if (matches(words, "auth", "identity", "security", "vault", "secret", "key")) {
      return Material2MZ.SECURITY;
    }
    return Material2AL.EXTENSION;
  }

  private static boolean matches(String words, String... hints) {
    for (String hint : hints) {
      if (words.contains(hint)) {
        return true;
      }
    }
    return false;
  }

  /** An image view sized for a tile or header. */
  public static Node view(Image image, double size) {
    ImageView view = new ImageView(image);
    view.setFitWidth(size);
    view.setFitHeight(size);
    view.setPreserveRatio(true);
    view.setSmooth(true);
    return view;
  }
}
