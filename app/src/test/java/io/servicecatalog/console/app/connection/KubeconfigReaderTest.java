package io.servicecatalog.console.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigReaderTest {

  @TempDir Path dir;

  private Path write(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return file;
  }

  static String kubeconfig(String current, String context, String cluster, String server, String user, String userBody) {
    return """
        apiVersion: v1
        kind: Config
        current-context: %s
        clusters:
        - name: %s
          cluster:
            server: %s
        users:
        - name: %s
          user:
        %s
        contexts:
        - name: %s
          context:
            cluster: %s
            user: %s
            namespace: team-a
        """.formatted(current, cluster, server, user, userBody, context, cluster, user);
  }

  @Test
  @DisplayName("merges files like kubectl: first definition of a name wins, first current-context wins")
  void mergesLikeKubectl() throws IOException {
    Path first = write("a.yaml", kubeconfig("alpha", "alpha", "c1", "https://one:6443", "u1", "    token: abc"));
    Path second = write("b.yaml",
        kubeconfig("beta", "beta", "c2", "https://two:6443", "u2", "    client-certificate-data: AAAA\n    client-key-data: BBBB")
            + "- name: alpha\n  context:\n    cluster: c2\n    user: u2\n");
    KubeconfigContexts read = KubeconfigReader.read(new KubeconfigSource(List.of(first, second), true));

    assertThat(read.problems()).isEmpty();
    assertThat(read.currentContext()).contains("alpha");
    assertThat(read.contexts()).extracting(ContextEntry::name).containsExactly("alpha", "beta");
    ContextEntry alpha = read.find("alpha").orElseThrow();
    assertThat(alpha.server()).isEqualTo("https://one:6443");
    assertThat(alpha.authKind()).isEqualTo("bearer token");
    assertThat(alpha.namespace()).isEqualTo("team-a");
    assertThat(alpha.file()).isEqualTo(first);
    assertThat(read.find("beta").orElseThrow().authKind()).isEqualTo("client certificate");
  }

  @Test
  @DisplayName("describes exec-plugin users by the plugin's command name, never by any secret")
  void describesExecUsers() throws IOException {
    Path file = write("exec.yaml", kubeconfig("e", "e", "c", "https://x", "u",
        "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: /usr/local/bin/aws\n      args: [eks, get-token]"));
    assertThat(KubeconfigReader.read(KubeconfigSource.ofFile(file)).contexts().get(0).authKind())
        .isEqualTo("exec plugin: aws");
  }

  @Test
  @DisplayName("ignores files in KUBECONFIG that do not exist, as kubectl does")
  void ignoresMissingEnvironmentFiles() throws IOException {
    Path good = write("good.yaml", kubeconfig("a", "a", "c", "https://x", "u", "    token: t"));
    KubeconfigContexts read =
        KubeconfigReader.read(new KubeconfigSource(List.of(dir.resolve("nope.yaml"), good), true));
    assertThat(read.problems()).isEmpty();
    assertThat(read.contexts()).hasSize(1);
  }

  @Test
  @DisplayName("says so when no kubeconfig exists at all")
  void reportsNoKubeconfig() {
    KubeconfigContexts read = KubeconfigReader.read(new KubeconfigSource(List.of(dir.resolve("none")), true));
    assertThat(read.contexts()).isEmpty();
    assertThat(read.problems()).singleElement().asString().contains("No kubeconfig file was found");
  }

  @Test
  @DisplayName("reports a picked file that is gone")
  void reportsMissingPickedFile() {
    KubeconfigContexts read = KubeconfigReader.read(KubeconfigSource.ofFile(dir.resolve("gone.yaml")));
    assertThat(read.problems()).singleElement().asString().contains("does not exist");
  }

  @Test
  @DisplayName("reports a broken file with its name and the line of the error, and keeps the other files' contexts")
  void reportsBrokenFileWithLine() throws IOException {
    Path broken = write("broken.yaml", "apiVersion: v1\nkind: Config\ncontexts:\n  - name: x\n    context: [unclosed\n");
    Path good = write("good.yaml", kubeconfig("a", "a", "c", "https://x", "u", "    token: t"));
    KubeconfigContexts read = KubeconfigReader.read(new KubeconfigSource(List.of(broken, good), true));
    assertThat(read.contexts()).extracting(ContextEntry::name).containsExactly("a");
    assertThat(read.problems()).singleElement().asString()
        .contains(broken.toString())
        .contains("could not be read")
        .containsPattern("line \\d+");
  }

  @Test
  @DisplayName("reports a file of the wrong shape (a list where a map belongs) instead of failing")
  void reportsWrongShape() throws IOException {
    Path odd = write("odd.yaml", "- just\n- a list\n");
    KubeconfigContexts read = KubeconfigReader.read(KubeconfigSource.ofFile(odd));
    assertThat(read.contexts()).isEmpty();
    assertThat(read.problems()).singleElement().asString().contains(odd.toString());
  }

  @Test
  @DisplayName("reports an empty file and a file without contexts")
  void reportsEmptyAndContextless() throws IOException {
    assertThat(KubeconfigReader.read(KubeconfigSource.ofFile(write("empty.yaml", ""))).problems())
        .singleElement().asString().contains("empty");
    assertThat(KubeconfigReader.read(KubeconfigSource.ofFile(write("noctx.yaml", "apiVersion: v1\nkind: Config\n"))).problems())
        .singleElement().asString().contains("defines no contexts");
  }

  @Test
  @DisplayName("a context whose cluster is not defined still lists, with no server")
  void undefinedCluster() throws IOException {
    Path file = write("dangling.yaml", "apiVersion: v1\nkind: Config\ncontexts:\n- name: d\n  context:\n    cluster: missing\n    user: nobody\n");
    ContextEntry entry = KubeconfigReader.read(KubeconfigSource.ofFile(file)).contexts().get(0);
    assertThat(entry.server()).isEmpty();
    assertThat(entry.authKind()).isEqualTo("none");
  }

  @Test
  @DisplayName("finds files as kubectl and fabric8 do: the kubeconfig property, then KUBECONFIG, then ~/.kube/config")
  void sourceFromEnvironment() {
    Path home = dir;
    String list = "/a/one" + File.pathSeparator + File.pathSeparator + "/b/two";
    assertThat(KubeconfigSource.fromEnvironment(k -> null, Map.of("KUBECONFIG", list)::get, home).files())
        .containsExactly(Path.of("/a/one"), Path.of("/b/two"));
    assertThat(KubeconfigSource.fromEnvironment(Map.of("kubeconfig", "/p/x")::get, Map.of("KUBECONFIG", list)::get, home).files())
        .containsExactly(Path.of("/p/x"));
    assertThat(KubeconfigSource.fromEnvironment(k -> null, k -> null, home).files())
        .containsExactly(home.resolve(".kube/config"));
  }
}
