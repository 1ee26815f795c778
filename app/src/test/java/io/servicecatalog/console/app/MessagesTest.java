package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.servicecatalog.console.app.messages", Locale.ROOT);

  @Test
  @DisplayName("every text key the app's code asks for exists in the English bundle")
  void everyKeyExists() throws IOException {
    Pattern call = Pattern.compile("I18n\\.t\\(\"([^\"]+)\"");
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = call.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).endsWith(".")) {
            keys.add(m.group(1));
          }
        }
      }
    }
    assertThat(keys).hasSizeGreaterThan(50);
    assertThat(keys).allSatisfy(key -> assertThat(BUNDLE.containsKey(key)).as(key).isTrue());
  }

  @Test
  @DisplayName("no key is defined twice (a second definition silently wins and changes another view's text)")
  void noDuplicateKeys() throws IOException {
    Path file = Path.of("src/main/resources/io/servicecatalog/console/app/messages.properties");
    Set<String> seen = new TreeSet<>();
    Set<String> duplicates = new TreeSet<>();
    boolean continued = false;
    for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
      if (startsEntry) {
        String key = trimmed.split("\\s*[=:]", 2)[0].strip();
        if (!seen.add(key)) {
          duplicates.add(key);
        }
      }
      continued = !trimmed.startsWith("#") && trimmed.endsWith("\\") && !trimmed.endsWith("\\\\");
    }
    assertThat(seen).hasSizeGreaterThan(100);
    assertThat(duplicates).isEmpty();
  }

  @Test
  @DisplayName("every pattern is a valid MessageFormat")
  void everyPatternParses() {
    for (String key : BUNDLE.keySet()) {
      new MessageFormat(BUNDLE.getString(key), Locale.ENGLISH);
    }
    assertThat(I18n.t("connect.progress", "prod")).isEqualTo("Connecting to prod\u2026");
    assertThat(I18n.t("error.tls.title")).isEqualTo("The API server's certificate is not trusted");
  }
}
