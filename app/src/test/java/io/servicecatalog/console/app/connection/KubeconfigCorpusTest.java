package io.servicecatalog.console.app.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.servicecatalog.console.app.ConsoleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken kubeconfig files (test resources {@code kubeconfig-corpus/}), each read and, when it
 * still lists a context, connected: every one ends in a sentence naming the file or the problem, never in
 * an exception escaping to the window.
 */
class KubeconfigCorpusTest {

  /** Each file, and what the user must be told: a phrase of the reading problem, or of the connect error's title. */
  private static final Map<String, String> EXPECTED = Map.ofEntries(
      Map.entry("unclosed-flow.yaml", "read:could not be read"),
      Map.entry("tab-indent.yaml", "read:could not be read"),
      Map.entry("binary.yaml", "read:could not be read"),
      Map.entry("top-level-list.yaml", "read:could not be read"),
      Map.entry("top-level-scalar.yaml", "read:could not be read"),
      Map.entry("contexts-is-a-map.yaml", "read:could not be read"),
      Map.entry("alias-bomb.yaml", "read:could not be read"),
      Map.entry("empty.yaml", "read:is empty"),
      Map.entry("only-comments.yaml", "read:is empty"),
      Map.entry("no-contexts.yaml", "read:defines no contexts"),
      Map.entry("context-without-name.yaml", "read:defines no contexts"),
      Map.entry("server-not-a-url.yaml", "connect:The kubeconfig could not be used"),
      Map.entry("undefined-user.yaml", "connect:Cannot reach the API server"),
      // A broken CA only matters once a TLS handshake starts; the unreachable server is what the user meets first.
      Map.entry("ca-data-not-base64.yaml", "connect:Cannot reach the API server"),
      Map.entry("ca-data-not-a-certificate.yaml", "connect:Cannot reach the API server"),
      Map.entry("client-cert-file-missing.yaml", "connect:The kubeconfig could not be used"),
      Map.entry("exec-plugin-missing.yaml", "connect:Your credentials could not be obtained"),
      Map.entry("exec-plugin-failing.yaml", "connect:Your credentials could not be obtained"),
      Map.entry("exec-plugin-prints-garbage.yaml", "connect:Your credentials could not be obtained"));

  @TempDir Path dir;

  static Stream<Arguments> corpus() {
    return EXPECTED.keySet().stream().sorted().map(Arguments::of);
  }

  private Path copy(String name) throws IOException {
    try (InputStream in = KubeconfigCorpusTest.class.getResourceAsStream("/kubeconfig-corpus/" + name)) {
      assertThat(in).as(name).isNotNull();
      byte[] bytes = in.readAllBytes();
      Path file = dir.resolve(name);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String text = new String(bytes, StandardCharsets.UTF_8);
      // The exec-plugin files run this JVM as the plugin, so they work wherever the tests run.
      Files.write(file, text.contains("${JAVA}") ? text.replace("${JAVA}", java).getBytes(StandardCharsets.UTF_8) : bytes);
      return file;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void brokenKubeconfigEndsInASentence(String name) throws IOException {
    Path file = copy(name);
    String expected = EXPECTED.get(name);
    KubeconfigContexts read = KubeconfigReader.read(KubeconfigSource.ofFile(file));
    if (expected.startsWith("read:")) {
      assertThat(read.contexts()).isEmpty();
      assertThat(read.problems()).singleElement().asString()
          .contains(file.toString()).contains(expected.substring(5)).doesNotContain("Please report this");
      return;
    }
    assertThat(read.problems()).isEmpty();
    assertThat(read.contexts()).singleElement();
    KubeconfigTarget target = new KubeconfigTarget(KubeconfigSource.ofFile(file), read.contexts().get(0));
    assertThatThrownBy(() -> new ClusterConnector().connect(target)).isInstanceOfSatisfying(ConsoleException.class, e -> {
      assertThat(e.title()).isEqualTo(expected.substring(8));
      assertThat(e.message()).contains("broken").doesNotContain("corpus-token").doesNotContain("NullPointerException");
      assertThat(e.action()).isNotBlank();
    });
  }
}
