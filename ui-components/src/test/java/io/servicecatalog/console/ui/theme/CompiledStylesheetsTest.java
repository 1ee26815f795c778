package io.servicecatalog.console.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.ui.controls.Controls;
import io.servicecatalog.console.ui.editor.CodeEditor;
import io.servicecatalog.console.ui.schemaform.SchemaForm;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build compiles each stylesheet to a {@code .bss} beside it, which JavaFX loads instead of parsing the text. A
 * compiled sheet that is missing or was made from another version of its source would go unnoticed in use, so: every
 * sheet has one, byte for byte what its source compiles to now, and it loads.
 */
class CompiledStylesheetsTest {

  @TempDir
  Path dir;

  static List<String> stylesheets() {
    return List.of(UiStylesheets.atlantaFxBridge(), Controls.STYLESHEET,
        CodeEditor.class.getResource("code-editor.css").toExternalForm(),
        SchemaForm.class.getResource("schema-form.css").toExternalForm());
  }

  @ParameterizedTest
  @MethodSource("stylesheets")
  void compiledFromTheCurrentSource(String css) throws IOException, URISyntaxException {
    Path source = Path.of(new URL(css).toURI());
    Path shipped = source.resolveSibling(source.getFileName().toString().replaceFirst("\\.css$", ".bss"));
    assertThat(shipped).as("the build did not compile %s", source.getFileName()).exists();
    Path fresh = dir.resolve("fresh.bss");
    Stylesheet.convertToBinary(source.toFile(), fresh.toFile());
    assertThat(Files.readAllBytes(shipped)).isEqualTo(Files.readAllBytes(fresh));
    assertThat(Stylesheet.loadBinary(shipped.toUri().toURL()).getRules()).isNotEmpty();
  }
}
