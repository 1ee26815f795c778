package io.servicecatalog.console.model.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.servicecatalog.console.model.snippet.SnippetOptions.VolumeItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PodSnippetsTest {

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

  static String expected(String name) throws IOException {
    try (InputStream in = PodSnippetsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static SnippetResult ok(SnippetOptions options) {
    SnippetResult result = PodSnippets.generate(options);
    assertThat(result.errors()).as("errors").isEmpty();
    assertThat(result.ok()).isTrue();
    return result;
  }

  private static Container container(SnippetResult result) {
    return podSpec(result.workload().orElseThrow()).getContainers().get(0);
  }

  static PodSpec podSpec(HasMetadata workload) {
    return workload instanceof Pod pod ? pod.getSpec() : ((Deployment) workload).getSpec().getTemplate().getSpec();
  }

  private static SnippetOptions.Builder queue() {
    return SnippetOptions.builder("queue-binding").secretKeys(List.of("privateKeyData", "projectId", "role",
        "subscription", "topic", "url"));
  }

  @Nested
  @DisplayName("the Service Catalog documentation's examples")
  class DocExamples {

    @Test
    @DisplayName("a service-account key as /var/secrets/provider/key.json, the variable pointing at it, and TOPIC")
    void serviceAccountKeyAndTopic() throws IOException {
      SnippetOptions options = SnippetOptions.builder("provider-queue-credentials")
          .secretKeys(List.of("privateKeyData", "subscription", "topic"))
          .kind(WorkloadKind.DEPLOYMENT).name("user-app").containerName("user-app").image("user-app:1.0")
          .env("topic", "TOPIC")
          .literal("PROVIDER_APPLICATION_CREDENTIALS", "/var/secrets/provider/key.json")
          .volume(true, "/var/secrets/provider").volumeName("provider-cloud-key")
          .item("privateKeyData", "key.json")
          .build();
      SnippetResult result = ok(options);
      assertThat(result.yaml()).isEqualTo(expected("doc-example-deployment.yaml"));
      assertThat(result.problems()).isEmpty();
    }

    @Test
    @DisplayName("the sa-key Secret mounted whole, as in the docs, as a Pod")
    void wholeSecretAsPod() throws IOException {
      SnippetOptions options = SnippetOptions.builder("sa-key").secretKeys(List.of("key.json"))
          .name("user-app").namespace("default").containerName("user-app").image("user-app:1.0")
          .literal("PROVIDER_APPLICATION_CREDENTIALS", "/var/secrets/provider/key.json")
          .volume(true, "/var/secrets/provider").volumeName("provider-cloud-key")
          .build();
      assertThat(ok(options).yaml()).isEqualTo(expected("doc-example-pod.yaml"));
    }
  }

  @Test
  @DisplayName("per-key variables use secretKeyRef with the names derived from the keys")
  void perKeyEnv() {
    SnippetResult result = ok(queue().envForKeys(List.of("topic", "url", "projectId")).build());
    List<EnvVar> env = container(result).getEnv();
    assertThat(env).extracting(EnvVar::getName).containsExactly("TOPIC", "URL", "PROJECTID");
    assertThat(env).allSatisfy(e -> {
      assertThat(e.getValue()).isNull();
      assertThat(e.getValueFrom().getSecretKeyRef().getName()).isEqualTo("queue-binding");
    });
    assertThat(env).extracting(e -> e.getValueFrom().getSecretKeyRef().getKey()).containsExactly("topic", "url", "projectId");
    assertThat(container(result).getEnvFrom()).isEmpty();
    assertThat(podSpec(result.workload().orElseThrow()).getVolumes()).isEmpty();
  }

  @Test
  @DisplayName("envFrom takes the whole Secret, with the prefix only when one is given")
  void envFrom() {
    Container plain = container(ok(queue().envFrom(true, "").build()));
    assertThat(plain.getEnvFrom()).singleElement().satisfies(f -> {
      assertThat(f.getSecretRef().getName()).isEqualTo("queue-binding");
      assertThat(f.getPrefix()).isNull();
    });
    Container prefixed = container(ok(queue().envFrom(true, "QUEUE_").build()));
    assertThat(prefixed.getEnvFrom().get(0).getPrefix()).isEqualTo("QUEUE_");
    assertThat(prefixed.getEnv()).isEmpty();
  }

  @Test
  @DisplayName("an invalid prefix is an error; a valid but unportable one a warning")
  void prefixChecks() {
    SnippetResult bad = PodSnippets.generate(queue().envFrom(true, "1X").build());
    assertThat(bad.ok()).isFalse();
    assertThat(bad.about("envFrom.prefix")).singleElement().satisfies(p -> {
      assertThat(p.error()).isTrue();
      assertThat(p.message()).contains("cannot start with a digit");
    });
    SnippetResult dashed = ok(queue().envFrom(true, "Q-").build());
    assertThat(dashed.about("envFrom.prefix")).singleElement().satisfies(p -> assertThat(p.error()).isFalse());
  }

  @Test
  @DisplayName("envFrom reports, as warnings, the keys the kubelet would skip")
  void envFromSkippedKeys() {
    SnippetResult result = ok(SnippetOptions.builder("s").secretKeys(List.of("good", "9lives", "dash-key")).envFrom(true, "").build());
    assertThat(result.problems()).extracting(SnippetProblem::field).containsExactly("envFrom[9lives]", "envFrom[dash-key]");
    assertThat(result.problems()).noneMatch(SnippetProblem::error);
    assertThat(result.about("envFrom[dash-key]").get(0).message()).contains("dash_key would work everywhere");
    assertThat(result.about("envFrom[9lives]").get(0).message()).contains("skipped by envFrom").contains("9lives");
  }

  @Test
  @DisplayName("a volume mounts every key read-only by default, or the chosen keys as named files")
  void volume() {
    SnippetResult whole = ok(queue().volume(true, "/etc/queue").build());
    Container c = container(whole);
    assertThat(c.getVolumeMounts()).singleElement().satisfies(m -> {
      assertThat(m.getName()).isEqualTo("queue-binding-volume");
      assertThat(m.getMountPath()).isEqualTo("/etc/queue");
      assertThat(m.getReadOnly()).isTrue();
    });
    Volume v = podSpec(whole.workload().orElseThrow()).getVolumes().get(0);
    assertThat(v.getSecret().getSecretName()).isEqualTo("queue-binding");
    assertThat(v.getSecret().getItems()).isEmpty();

    SnippetResult some = ok(queue().volume(true, "/etc/queue").readOnly(false).volumeName("creds")
        .item("privateKeyData", "key.json").item("topic", "conf/topic").build());
    assertThat(container(some).getVolumeMounts().get(0).getReadOnly()).isNull();
    assertThat(podSpec(some.workload().orElseThrow()).getVolumes().get(0).getSecret().getItems())
        .extracting(KeyToPath::getKey, KeyToPath::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("privateKeyData", "key.json"),
            org.assertj.core.groups.Tuple.tuple("topic", "conf/topic"));
    assertThat(some.yaml()).doesNotContain("readOnly");
  }

  @ParameterizedTest(name = "mount path \"{0}\" is refused")
  @ValueSource(strings = {"", "var/secrets", "/", "//", "/var/../etc", "/a/..", "/a\nb"})
  @DisplayName("mount paths must be absolute, not /, without '..'")
  void badMountPaths(String path) {
    SnippetResult result = PodSnippets.generate(queue().volume(true, path).build());
    assertThat(result.ok()).isFalse();
    assertThat(result.about("volume.mountPath")).singleElement().satisfies(p -> assertThat(p.message()).isNotBlank());
  }

  @Test
  @DisplayName("items must name keys of the Secret, with relative paths without '..', each used once")
  void badItems() {
    SnippetResult result = PodSnippets.generate(queue().volume(true, "/etc/q")
        .item("nope", "x").item("topic", "/abs").item("url", "../up").item("role", "").item("projectId", "same")
        .item("subscription", "same").item("privateKeyData", "k").item("privateKeyData", "k2").build());
    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).extracting(SnippetProblem::field).containsExactly("items[nope]", "items[topic]",
        "items[url]", "items[role]", "items[subscription]", "items[privateKeyData]");
    assertThat(result.about("items[nope]").get(0).message()).contains("has no key 'nope'");
    assertThat(result.about("items[topic]").get(0).message()).contains("remove the leading /");
    assertThat(result.about("items[url]").get(0).message()).contains("'..'");
    assertThat(result.about("items[subscription]").get(0).message()).contains("key 'projectId' already goes");
  }

  @Test
  @DisplayName("container, volume, workload, Secret and namespace names follow DNS-1123; the image is required")
  void names() {
    SnippetResult result = PodSnippets.generate(queue().envFrom(true, "").volume(true, "/s").name("My App")
        .namespace("Team_A").containerName("web.1").volumeName("-v").image(" ").build());
    assertThat(result.errors()).extracting(SnippetProblem::field)
        .containsExactly("name", "namespace", "container", "image", "volume.name");
    assertThat(result.about("name").get(0).message()).contains("Uppercase letter");
    SnippetResult longName = PodSnippets.generate(queue().envFrom(true, "").name("a".repeat(64)).build());
    assertThat(longName.about("name").get(0).message()).contains("app label");
    SnippetResult badSecret = PodSnippets.generate(SnippetOptions.builder("Bad").envFrom(true, "").build());
    assertThat(badSecret.about("secretName")).hasSize(1);
    SnippetResult spaced = PodSnippets.generate(queue().envFrom(true, "").image("busy box").build());
    assertThat(spaced.about("image").get(0).message()).contains("spaces");
  }

  @Test
  @DisplayName("nothing taken from the Secret is an error that says what to choose")
  void noMode() {
    SnippetResult result = PodSnippets.generate(queue().literal("A", "b").build());
    assertThat(result.ok()).isFalse();
    assertThat(result.about("modes").get(0).message()).contains("envFrom").contains("volume");
    assertThat(result.yaml()).isEmpty();
  }

  @Test
  @DisplayName("keys that cannot become variable names are reported with the reason, never emitted")
  void invalidEnvKeys() {
    List<String> keys = List.of("db-url", "2fa-secret", "user.name", "topic");
    SnippetResult result = PodSnippets.generate(SnippetOptions.builder("s").secretKeys(keys).envForKeys(keys).build());
    assertThat(result.ok()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("env[2fa-secret]");
      assertThat(p.message()).contains("starts with a digit").contains("Give it a name yourself");
    });
    // Renaming the key's variable fixes it.
    SnippetOptions.Builder fixed = SnippetOptions.builder("s").secretKeys(keys).envForKeys(keys);
    List<SnippetOptions.KeyEnv> env = new ArrayList<>(fixed.build().keyEnv());
    env.set(1, new SnippetOptions.KeyEnv("2fa-secret", "TWO_FA_SECRET"));
    SnippetResult ok = ok(fixed.keyEnv(env).build());
    assertThat(container(ok).getEnv()).extracting(EnvVar::getName).containsExactly("DB_URL", "TWO_FA_SECRET", "USER_NAME", "TOPIC");
  }

  @Test
  @DisplayName("user-typed names are checked: invalid ones are errors with the reason, unportable ones warnings")
  void typedNames() {
    SnippetResult result = PodSnippets.generate(queue().env("topic", "MY TOPIC").env("url", "..X").build());
    assertThat(result.about("env[topic]").get(0).message()).contains("position 3");
    assertThat(result.about("env[url]").get(0).message()).contains("'..'");
    SnippetResult dotted = ok(queue().env("topic", "my.topic").build());
    assertThat(dotted.about("env[topic]")).singleElement().satisfies(p -> {
      assertThat(p.error()).isFalse();
      assertThat(p.message()).contains("my_topic");
    });
  }

  @Test
  @DisplayName("two keys that derive the same name, or a literal that repeats a name, are duplicates")
  void duplicates() {
    List<String> keys = List.of("db-url", "db_url", "DB.URL");
    SnippetResult derived = PodSnippets.generate(SnippetOptions.builder("s").secretKeys(keys).envForKeys(keys).build());
    assertThat(derived.errors()).extracting(SnippetProblem::field).containsExactly("env[db_url]", "env[DB.URL]");
    assertThat(derived.about("env[db_url]").get(0).message()).contains("same name as key 'db-url'");
    SnippetResult typed = PodSnippets.generate(queue().env("topic", "T").env("url", "T").literal("T", "x").build());
    assertThat(typed.errors()).extracting(SnippetProblem::field).containsExactly("env[url]", "literal[0]");
    assertThat(typed.about("literal[0]").get(0).message()).isEqualTo(
        "T is used twice: by the variable T and by the variable for key 'topic'. Give one of them a different name.");
  }

  @Test
  @DisplayName("a per-key variable for a key the Secret lacks, or an invalid key, is refused")
  void unknownKeys() {
    SnippetResult result = PodSnippets.generate(queue().env("password", "PASSWORD").env("a b", "AB").build());
    assertThat(result.about("env[password]").get(0).message()).contains("has no key 'password'");
    assertThat(result.about("env[a b]").get(0).message()).contains("position 2");
    assertThat(PodSnippets.checkKey("ok.key_1")).isEmpty();
    assertThat(PodSnippets.checkKey("..x")).isPresent();
    assertThat(PodSnippets.checkKey("")).isPresent();
  }

  @Test
  @DisplayName("literal values that YAML 1.1 (kubectl) would read as booleans, numbers, dates or nulls are quoted")
  void yaml11SafeValues() {
    List<String> values = List.of("yes", "No", "on", "OFF", "y", "N", "true", "null", "~", "0x1F", "0o17", "1_000", "1e3",
        "2001-12-14", ".inf", "+1", "-", "a:", "#x", "a #b", "multi\nline", "a\n", " lead", "trail ", "", "*a", "&a",
        "!t", "%p", "@x", "|", ">", "[1]", "{x}", "'q'", "\"d\"", "ünï", "/var/secrets/provider/key.json", "busybox:1.36");
    SnippetOptions.Builder b = queue().envFrom(true, "");
    for (int i = 0; i < values.size(); i++) {
      b.literal("V" + i, values.get(i));
    }
    SnippetResult result = ok(b.build());
    assertThat(PodSnippetsPropertyTest.yaml11Values(result.yaml())).containsExactlyElementsOf(values);
    assertThat(result.yaml()).contains("value: /var/secrets/provider/key.json\n").contains("value: busybox:1.36\n")
        .contains("value: \"yes\"\n").contains("value: \"0x1F\"\n");
  }

  @Test
  @DisplayName("literal variables need a name")
  void literalWithoutName() {
    SnippetResult result = PodSnippets.generate(queue().envFrom(true, "").literal("", "v").build());
    assertThat(result.about("literal[0]").get(0).message()).contains("Variable 1 has a value but no name");
  }

  @Test
  @DisplayName("a Deployment has one replica and selects its Pods by the app label")
  void deployment() {
    SnippetResult result = ok(queue().kind(WorkloadKind.DEPLOYMENT).name("web").namespace("demo").envFrom(true, "").build());
    Deployment d = (Deployment) result.workload().orElseThrow();
    assertThat(d.getApiVersion()).isEqualTo("apps/v1");
    assertThat(d.getMetadata().getNamespace()).isEqualTo("demo");
    assertThat(d.getSpec().getReplicas()).isEqualTo(1);
    assertThat(d.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("app", "web"));
    assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).isEqualTo(Map.of("app", "web"));
    assertThat(result.yaml()).contains("apiVersion: apps/v1\nkind: Deployment\n");
  }

  @Test
  @DisplayName("all modes at once: per-key variables, envFrom with prefix, literals and a volume of chosen keys")
  void everything() {
    SnippetResult result = ok(queue().envForKeys(List.of("topic")).literal("CREDS", "/s/key.json")
        .envFrom(true, "Q_").volume(true, "/s").item("privateKeyData", "key.json").build());
    Container c = container(result);
    assertThat(c.getEnv()).extracting(EnvVar::getName).containsExactly("TOPIC", "CREDS");
    assertThat(c.getEnvFrom()).hasSize(1);
    assertThat(c.getVolumeMounts()).hasSize(1);
    assertThat(PodSnippets.parse(result.yaml(), WorkloadKind.POD)).isEqualTo(result.workload().orElseThrow());
  }

  @Test
  @DisplayName("a Secret with 60 keys: every key becomes a variable, or a file, in the Secret's order")
  void sixtyKeys() {
    List<String> keys = IntStream.range(0, 60).mapToObj(i -> "key-" + i).toList();
    SnippetResult env = ok(SnippetOptions.builder("big").secretKeys(keys).envForKeys(keys).build());
    assertThat(container(env).getEnv()).hasSize(60)
        .extracting(EnvVar::getName).startsWith("KEY_0", "KEY_1").endsWith("KEY_59");
    SnippetOptions.Builder files = SnippetOptions.builder("big").secretKeys(keys).volume(true, "/big");
    keys.forEach(k -> files.item(k, "files/" + k + ".txt"));
    SnippetResult volume = ok(files.build());
    assertThat(podSpec(volume.workload().orElseThrow()).getVolumes().get(0).getSecret().getItems()).hasSize(60);
    assertThat(PodSnippets.parse(volume.yaml(), WorkloadKind.POD)).isEqualTo(volume.workload().orElseThrow());
  }

  @Test
  @DisplayName("options are immutable and toBuilder keeps every choice")
  void immutableOptions() {
    SnippetOptions options = queue().env("topic", "T").literal("A", "b").envFrom(true, "P_").volume(true, "/x")
        .readOnly(false).item("topic", "t").kind(WorkloadKind.DEPLOYMENT).namespace("ns").build();
    assertThat(options.toBuilder().build()).isEqualTo(options);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> options.items().add(new VolumeItem("a", "b")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(SnippetOptions.defaultVolumeName("x".repeat(80))).hasSize(63).endsWith("-volume");
    assertThat(SnippetOptions.defaultVolumeName("")).isEqualTo("secret-volume");
  }
}
