package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.ui.controls.Controls;
import io.servicecatalog.console.ui.editor.CodeEditor;
import io.servicecatalog.console.ui.schemaform.SchemaForm;
import io.servicecatalog.console.ui.theme.UiStylesheets;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build compiles each stylesheet of app and ui-components to a {@code .bss} beside it, which JavaFX loads instead
 * of parsing the text. One that is missing or was made from another version of its source would go unnoticed in use,
 * so: every sheet has one, with the rules its source has now.
 */
class CompiledStylesheetTest {

  static List<String> stylesheets() {
    return List.of(ConsoleApplication.class.getResource("console.css").toExternalForm(),
        UiStylesheets.atlantaFxBridge(), Controls.STYLESHEET,
        CodeEditor.class.getResource("code-editor.css").toExternalForm(),
        SchemaForm.class.getResource("schema-form.css").toExternalForm());
  }

  @ParameterizedTest
  @MethodSource("stylesheets")
  void compiledFromTheCurrentSource(String css) throws IOException {
    URL source = new URL(css);
    URL shipped = new URL(css.substring(0, css.length() - ".css".length()) + ".bss");
    Stylesheet compiled = Stylesheet.loadBinary(shipped);
    assertThat(compiled).as("the build did not compile %s", css).isNotNull();
    // The same rules as the source says now (the writer's byte order is not stable from run to run).
    Stylesheet parsed = new CssParser().parse(source);
    assertThat(parsed.getRules()).isNotEmpty();
    assertThat(compiled.getRules().stream().map(CompiledStylesheetTest::describe).toList())
        .isEqualTo(parsed.getRules().stream().map(CompiledStylesheetTest::describe).toList());
  }

  /** A rule's selectors and declarations, values unfolded (a compiled rule reads its declarations when asked). */
  static String describe(Rule rule) {
    StringBuilder out = new StringBuilder(rule.getSelectors().toString());
    for (Declaration declaration : rule.getDeclarations()) {
      out.append(' ').append(declaration.getProperty()).append(declaration.isImportant() ? "!:" : ":");
      describe(declaration.getParsedValue(), out);
    }
    return out.toString();
  }

  private static void describe(Object value, StringBuilder out) {
    if (value instanceof ParsedValue<?, ?> parsed) {
      out.append('(').append(parsed.getConverter() == null ? "" : parsed.getConverter().getClass().getName())
          .append(parsed.isLookup() ? " lookup " : " ");
      describe(parsed.getValue(), out);
      out.append(')');
    } else if (value instanceof Object[] array) {
      out.append('[');
      for (Object item : array) {
        describe(item, out);
        out.append(',');
      }
      out.append(']');
    } else {
      out.append(value);
    }
  }
}
