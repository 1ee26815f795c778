package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledStylesheetTest {

  @Test
  @DisplayName("console.bss, which JavaFX loads instead of parsing console.css, is what console.css compiles to now")
  void compiledFromTheCurrentSource(@TempDir Path dir) throws IOException, URISyntaxException {
    Path source = Path.of(ConsoleApplication.class.getResource("console.css").toURI());
    Path shipped = source.resolveSibling("console.bss");
    assertThat(shipped).as("the build did not compile console.css").exists();
    Path fresh = dir.resolve("fresh.bss");
    Stylesheet.convertToBinary(source.toFile(), fresh.toFile());
    assertThat(Files.readAllBytes(shipped)).isEqualTo(Files.readAllBytes(fresh));
    assertThat(Stylesheet.loadBinary(shipped.toUri().toURL()).getRules()).isNotEmpty();
  }
}
