package io.servicecatalog.console.app.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class IconCacheTest {

  @Start
  void start(Stage stage) {
    // The toolkit must run for images to decode; no window is needed.
  }

  @Test
  @DisplayName("a PNG data URL becomes an image; SVG, broken data and other schemes fall back to a tag icon")
  void loads() {
    String png = "data:image/png;base64,"
        + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    assertThat(IconCache.load(png)).isPresent();
    assertThat(IconCache.load("data:image/svg+xml;base64,PHN2Zy8+")).isEmpty();
    assertThat(IconCache.load("data:image/png;base64,%%%")).isEmpty();
    assertThat(IconCache.load("ftp://example.com/icon.png")).isEmpty();
  }

  @Test
  @DisplayName("the stand-in icon follows the service's tags")
  void fallbackByTags() {
    assertThat(IconCache.ikonFor(List.of("database", "postgresql"), "pg")).isEqualTo(Material2MZ.STORAGE);
    assertThat(IconCache.ikonFor(List.of("cache"), "redis")).isEqualTo(Material2MZ.MEMORY);
    assertThat(IconCache.ikonFor(List.of(), "kafka-queue")).isEqualTo(Material2MZ.QUEUE);
    assertThat(IconCache.ikonFor(List.of(), "thing")).isEqualTo(Material2AL.EXTENSION);
  }
}
