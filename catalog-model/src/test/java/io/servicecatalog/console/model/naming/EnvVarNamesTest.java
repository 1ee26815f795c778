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
  private static final Pattern KUBERNETES_ENV = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
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
  @DisplayName("names and envFrom prefixes are valid as Kubernetes says; names that are not shell-friendly get a warning")
  void namesAndPrefixes() {
    assertThat(EnvVarNames.checkName("DB_URL")).isEqualTo(NameCheck.ok());
    assertThat(EnvVarNames.checkName("").message()).isEqualTo("Enter a name.");
    NameCheck dashed = EnvVarNames.checkName("DB-URL");
    assertThat(dashed.valid()).as("Kubernetes accepts '-' in env names").isTrue();
    assertThat(dashed.warning()).isEqualTo(
        "DB-URL is valid for Kubernetes, but shells and many programs only read names of letters, digits and '_';"
            + " DB_URL would work everywhere.");
    assertThat(EnvVarNames.checkName("my.env-name").valid()).isTrue();
    assertThat(EnvVarNames.checkName(".hidden").valid()).isTrue();
    assertThat(EnvVarNames.checkName("-x").valid()).isTrue();
    assertThat(EnvVarNames.checkName("DB URL").message()).isEqualTo("Character space at position 3 is not allowed in"
        .replace("space", NameCheck.show(' ')) + " an environment variable name: use letters, digits, '_', '-' and '.'.");
    assertThat(EnvVarNames.checkName("1X").message()).startsWith("An environment variable name cannot start with a digit");
    assertThat(EnvVarNames.checkName(".").message()).isEqualTo("An environment variable name cannot be '.' or '..' or"
        + " start with '..'.");
    assertThat(EnvVarNames.checkName("..").valid()).isFalse();
    assertThat(EnvVarNames.checkName("..x").valid()).isFalse();
    assertThat(EnvVarNames.checkName("DB=1").valid()).isFalse();
    assertThat(EnvVarNames.checkPrefix("").valid()).isTrue();
    assertThat(EnvVarNames.checkPrefix("DB_")).isEqualTo(NameCheck.ok());
    NameCheck dotted = EnvVarNames.checkPrefix("db.");
    assertThat(dotted.valid()).isTrue();
    assertThat(dotted.warning()).startsWith("Kubernetes accepts the prefix db., but the console recommends letters,"
        + " digits and '_' only");
    assertThat(EnvVarNames.checkPrefix("2_").message()).startsWith("The prefix cannot start with a digit");
    assertThat(EnvVarNames.checkPrefix("..").valid()).isFalse();
    assertThat(EnvVarNames.isPortable("DB_URL")).isTrue();
    assertThat(EnvVarNames.isPortable("db.url")).isFalse();
    assertThat(EnvVarNames.isPortable("9X")).isFalse();
  }

  @Test
  @DisplayName("envFrom: keys the kubelet keeps are kept (with a warning when not shell-friendly); the rest are listed with the reason")
  void envFrom() {
    List<Mapping> mappings = EnvVarNames.forEnvFrom("DB_", List.of("username", "special-key-1", "db.url", "a b"));
    assertThat(mappings.get(0).envName()).contains("DB_username");
    assertThat(mappings.get(0).message()).isEmpty();
    assertThat(mappings.get(1).envName()).contains("DB_special-key-1");
    assertThat(mappings.get(1).message()).contains("valid for Kubernetes", "DB_special_key_1");
    assertThat(mappings.get(2).envName()).contains("DB_db.url");
    assertThat(mappings.get(3).valid()).isFalse();
    assertThat(mappings.get(3).message()).startsWith(
        "Key 'a b' is skipped by envFrom: DB_a b is not a valid environment variable name.");
    assertThat(EnvVarNames.forEnvFrom("", List.of("1st")).get(0).valid()).isFalse();
  }

  static Stream<Arguments> kubernetesNames() {
    Random random = new Random(SEED);
    String alphabet = "aZ09-._=: ";
    return IntStream.range(0, 300).mapToObj(i -> {
      StringBuilder name = new StringBuilder();
      int length = 1 + random.nextInt(5);
      for (int j = 0; j < length; j++) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return Arguments.of(SEED, name.toString());
    });
  }

  @ParameterizedTest(name = "seed {0}: name \"{1}\"")
  @MethodSource("kubernetesNames")
  @DisplayName("checkName agrees with Kubernetes' IsEnvVarName and warns exactly when the name is not a C identifier")
  void matchesKubernetes(long seed, String name) {
    boolean kubernetes = KUBERNETES_ENV.matcher(name).matches() && !name.equals(".") && !name.equals("..")
        && !name.startsWith("..");
    NameCheck check = EnvVarNames.checkName(name);
    assertThat(check.valid()).isEqualTo(kubernetes);
    assertThat(check.hasWarning()).isEqualTo(kubernetes && !C_IDENTIFIER.matcher(name).matches());
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
