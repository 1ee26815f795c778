package io.servicecatalog.console.model.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.model.naming.EnvVarNames.Mapping;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnvVarNamesTest {

  private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]+");
  private static final long SEED = 424242L;
  private static Locale previous;

  @BeforeAll
  static void english() {
    previous = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(previous);
  }

  @Test
  @DisplayName("Secret keys become upper-case names with '-' and '.' turned into '_'")
  void conventionalNames() {
    assertThat(EnvVarNames.fromSecretKey("db-url").envName()).contains("DB_URL");
    assertThat(EnvVarNames.fromSecretKey("special-key-1").envName()).contains("SPECIAL_KEY_1");
    assertThat(EnvVarNames.fromSecretKey("tls.crt").envName()).contains("TLS_CRT");
    assertThat(EnvVarNames.fromSecretKey("PORT").envName()).contains("PORT");
    assertThat(EnvVarNames.fromSecretKey("_x").envName()).contains("_X");
  }

  @Test
  @DisplayName("a key that cannot become a name is reported with the reason, not dropped")
  void impossibleKeys() {
    Mapping digit = EnvVarNames.fromSecretKey("1password");
    assertThat(digit.valid()).isFalse();
    assertThat(digit.envName()).isEmpty();
    assertThat(digit.message()).isEqualTo(
        "Key '1password' would become 1PASSWORD, which starts with a digit; environment variable names cannot."
            + " Give it a name yourself.");
    assertThat(EnvVarNames.fromSecretKey("").message()).contains("empty");
  }

  @Test
  @DisplayName("two keys that map to one name: the second is reported, naming the first")
  void collisions() {
    List<Mapping> mappings = EnvVarNames.fromSecretKeys(List.of("db-url", "password", "db.url", "9lives"));
    assertThat(mappings).extracting(Mapping::key).containsExactly("db-url", "password", "db.url", "9lives");
    assertThat(mappings).extracting(Mapping::envName)
        .containsExactly(Optional.of("DB_URL"), Optional.of("PASSWORD"), Optional.empty(), Optional.empty());
    assertThat(mappings.get(2).message())
        .isEqualTo("Key 'db.url' would become DB_URL, the same name as key 'db-url'. Give one of them a different name.");
  }

  @Test
  @DisplayName("names and envFrom prefixes follow ^[A-Za-z_][A-Za-z0-9_]*$ with a message that says what is wrong")
  void namesAndPrefixes() {
    assertThat(EnvVarNames.checkName("DB_URL").valid()).isTrue();
    assertThat(EnvVarNames.checkName("").message()).isEqualTo("Enter a name.");
    assertThat(EnvVarNames.checkName("DB-URL").message()).isEqualTo(
        "Character \u201c-\u201d at position 3 is not allowed in an environment variable name: use letters, digits and '_'.");
    assertThat(EnvVarNames.checkName("1X").message()).startsWith("An environment variable name cannot start with a digit");
    assertThat(EnvVarNames.checkPrefix("").valid()).isTrue();
    assertThat(EnvVarNames.checkPrefix("DB_").valid()).isTrue();
    assertThat(EnvVarNames.checkPrefix("db.").message())
        .isEqualTo("Character \u201c.\u201d at position 3 is not allowed in the prefix: use letters, digits and '_'.");
    assertThat(EnvVarNames.checkPrefix("2_").message()).startsWith("The prefix cannot start with a digit");
  }

  @Test
  @DisplayName("envFrom: keys the kubelet would skip are listed with the reason")
  void envFrom() {
    List<Mapping> mappings = EnvVarNames.forEnvFrom("DB_", List.of("username", "special-key-1"));
    assertThat(mappings.get(0).envName()).contains("DB_username");
    assertThat(mappings.get(1).valid()).isFalse();
    assertThat(mappings.get(1).message()).startsWith(
        "Key 'special-key-1' is skipped by envFrom: DB_special-key-1 is not a valid environment variable name.");
  }

  static Stream<Arguments> randomKeys() {
    Random random = new Random(SEED);
    String alphabet = "aZ09-._";
    return IntStream.range(0, 300).mapToObj(i -> {
      StringBuilder key = new StringBuilder();
      int length = 1 + random.nextInt(6);
      for (int j = 0; j < length; j++) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return Arguments.of(SEED, key.toString());
    });
  }

  @ParameterizedTest(name = "seed {0}: key \"{1}\"")
  @MethodSource("randomKeys")
  @DisplayName("every Secret key either becomes a valid name or carries a reason")
  void everyKeyIsAccountedFor(long seed, String key) {
    assertThat(SECRET_KEY.matcher(key).matches()).isTrue();
    Mapping mapping = EnvVarNames.fromSecretKey(key);
    if (mapping.valid()) {
      assertThat(mapping.envName().orElseThrow()).matches(C_IDENTIFIER).hasSameSizeAs(key);
      assertThat(mapping.message()).isEmpty();
    } else {
      assertThat(Character.isDigit(key.charAt(0))).isTrue();
      assertThat(mapping.message()).contains(key);
    }
  }
}
