package io.servicecatalog.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  @DisplayName("fills arguments with MessageFormat and keeps apostrophes")
  void formats() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      assertThat(Messages.get("name.tooLong", 70, 63))
          .isEqualTo("The name is 70 characters long; at most 63 are allowed. Shorten it.");
      assertThat(Messages.get("status.broker.waiting")).contains("broker's catalog");
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  @DisplayName("an unknown key is a programming error that fails loudly")
  void unknownKey() {
    assertThat(Messages.has("no.such.key")).isFalse();
    assertThatThrownBy(() -> Messages.get("no.such.key")).isInstanceOf(MissingResourceException.class);
  }

  @Test
  @DisplayName("every key the main code asks for exists, and every bundle entry is a valid pattern")
  void keysUsedByTheCodeExist() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
      bundle.load(in);
    }
    for (String key : bundle.stringPropertyNames()) {
      assertThat(Messages.get(key, "a", "b", "c")).as(key).isNotBlank().doesNotContain("{0}");
    }
    Pattern call = Pattern.compile("(?<![A-Za-z])(?:Messages\\.get|problem)\\(\\s*\"([a-zA-Z_.]+)\"");
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = call.matcher(Files.readString(file));
        while (m.find()) {
          // "phase." + name are key prefixes; every enum label is checked in ResourceStatusTest.labels
          if (!m.group(1).endsWith(".")) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(bundle.stringPropertyNames()).containsAll(used);
  }

  @Test
  @DisplayName("every validation-message key the schema code asks for exists in the schema bundle")
  void schemaKeysExist() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("schema/messages.properties")) {
      bundle.load(in);
    }
    Pattern call = Pattern.compile("ValidationMessages\\.(?:get|find)\\(\\s*\"([a-zA-Z_.]+)\"");
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/servicecatalog/console/model/schema"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = call.matcher(Files.readString(file));
        while (m.find()) {
          // "format." + name and "type." + name are prefixes completed at run time, with a fallback key.
          if (!m.group(1).endsWith(".")) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(5);
    assertThat(bundle.stringPropertyNames()).containsAll(used);
  }
}
