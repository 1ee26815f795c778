package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

  private final Path home = Path.of("/home/ann");

  @Test
  @DisplayName("follows each OS's place for per-user data")
  void perOs() {
    assertThat(DataDirectory.resolve("Linux", k -> null, home)).isEqualTo(Path.of("/home/ann/.local/share/service-catalog-console"));
    assertThat(DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "/data")::get, home)).isEqualTo(Path.of("/data/service-catalog-console"));
    assertThat(DataDirectory.resolve("Mac OS X", k -> null, home)).isEqualTo(Path.of("/home/ann/Library/Application Support/ServiceCatalogConsole"));
    assertThat(DataDirectory.resolve("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/ann/AppData/Local")::get, home))
        .isEqualTo(Path.of("C:/Users/ann/AppData/Local/ServiceCatalogConsole"));
  }
}
