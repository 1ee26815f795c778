package io.servicecatalog.console.model.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesNamesTest {

  /** Kubernetes' own expressions (apimachinery validation.go), the reference the checks must agree with. */
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final long SEED = 20261123L;
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

  @ParameterizedTest
  @ValueSource(strings = {"a", "my-db", "db1", "0", "a-b-c", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
  @DisplayName("valid labels pass with no message")
  void validLabels(String name) {
    assertThat(KubernetesNames.checkLabel(name)).isEqualTo(NameCheck.ok());
    assertThat(KubernetesNames.checkSubdomain(name).valid()).isTrue();
  }

  static Stream<Arguments> invalidNames() {
    return Stream.of(
        Arguments.of("", "Enter a name."),
        Arguments.of("x".repeat(64), "The name is 64 characters long; at most 63 are allowed. Shorten it."),
        Arguments.of("myDb", "Uppercase letter \u201cD\u201d at position 3: names use lowercase letters only (write d)."),
        Arguments.of("my_db", "Character \u201c_\u201d at position 3 is not allowed: use lowercase letters, digits and '-'."),
        Arguments.of("my db", "Character a space at position 3 is not allowed"),
        Arguments.of("a.b", "Character \u201c.\u201d at position 2 is not allowed"),
        Arguments.of("-db", "The name must start with a lowercase letter or a digit, not \u201c-\u201d."),
        Arguments.of("db-", "The name must end with a lowercase letter or a digit, not \u201c-\u201d."));
  }

  @ParameterizedTest(name = "label \"{0}\"")
  @MethodSource("invalidNames")
  @DisplayName("an invalid label says what is wrong, where, and what to do")
  void invalidLabels(String name, String message) {
    NameCheck check = KubernetesNames.checkLabel(name);
    assertThat(check.valid()).isFalse();
    assertThat(check.message()).startsWith(message);
  }

  @Test
  @DisplayName("subdomains allow dots between letters or digits and 253 characters")
  void subdomains() {
    assertThat(KubernetesNames.checkSubdomain("params-binding.creds").valid()).isTrue();
    assertThat(KubernetesNames.checkSubdomain("a".repeat(253)).valid()).isTrue();
    assertThat(KubernetesNames.checkSubdomain("a".repeat(254)).message())
        .isEqualTo("The name is 254 characters long; at most 253 are allowed. Shorten it.");
    assertThat(KubernetesNames.checkSubdomain("a..b").message())
        .isEqualTo("The '.' at position 2 must have a letter or a digit on both sides.");
    assertThat(KubernetesNames.checkSubdomain("a.-b").message())
        .isEqualTo("The '.' at position 2 must have a letter or a digit on both sides.");
    assertThat(KubernetesNames.checkSubdomain("a_b").message())
        .isEqualTo("Character \u201c_\u201d at position 2 is not allowed: use lowercase letters, digits, '-' and '.'.");
    assertThat(KubernetesNames.checkSubdomain(".ab").message()).startsWith("The name must start with");
  }

  static Stream<Arguments> randomNames() {
    Random random = new Random(SEED);
    String alphabet = "abcz09-._A ";
    return IntStream.range(0, 400).mapToObj(i -> {
      StringBuilder name = new StringBuilder();
      int length = random.nextInt(8);
      for (int j = 0; j < length; j++) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return Arguments.of(SEED, name.toString());
    });
  }

  @ParameterizedTest(name = "seed {0}: \"{1}\"")
  @MethodSource("randomNames")
  @DisplayName("agrees with Kubernetes' regular expressions on random names, and every rejection has a message")
  void agreesWithKubernetes(long seed, String name) {
    NameCheck label = KubernetesNames.checkLabel(name);
    NameCheck subdomain = KubernetesNames.checkSubdomain(name);
    assertThat(label.valid()).isEqualTo(LABEL.matcher(name).matches());
    assertThat(subdomain.valid()).isEqualTo(SUBDOMAIN.matcher(name).matches());
    assertThat(label.message().isEmpty()).isEqualTo(label.valid());
    assertThat(subdomain.message().isEmpty()).isEqualTo(subdomain.valid());
  }

  @Test
  @DisplayName("free text becomes a valid label for a default name")
  void toLabel() {
    assertThat(KubernetesNames.toLabel("My Postgres DB!")).isEqualTo("my-postgres-db");
    assertThat(KubernetesNames.toLabel("--x--")).isEqualTo("x");
    assertThat(KubernetesNames.toLabel("é")).isEmpty();
    assertThat(KubernetesNames.checkLabel(KubernetesNames.toLabel("a-" + "b".repeat(70))).valid()).isTrue();
  }
}
