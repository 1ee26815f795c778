package io.servicecatalog.console.model.snippet;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.servicecatalog.console.model.naming.EnvVarNames;
import io.servicecatalog.console.model.naming.KubernetesNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Random choices over every option: valid ones give YAML that reads back equal; invalid ones give no YAML. */
class PodSnippetsPropertyTest {

  private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
  private static final String[] VALUES = {"/var/secrets/x/key.json", "true", "123", "yes", "null", "a: b", "- x",
      "multi\nline", "'quoted'", "\"double\"", "#hash", "", " lead", "ünïcødé", "{x}", "[1]", "~", "0x1F", "1e3",
      "on", "N", "Off", "1_000", "2001-12-14", "a\n", "trail ", ".inf", "0o17", "+1", "-", "@x", "a:", "!tag", "&a", "*a",
      "%p", "|", ">", "https://example.com/a?b=c", "busybox:1.36", "/var/secrets/provider/key.json", "a\tb", "\u00a0"};

  static Stream<Arguments> seeds() {
    long base = 20261123L;
    return LongStream.range(0, 200).mapToObj(i -> Arguments.of(base + i));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("random options: YAML parses back with fabric8 into an equal object, or errors and no YAML")
  void roundTrips(long seed) {
    Random random = new Random(seed);
    SnippetOptions options = randomOptions(random);
    SnippetResult result = PodSnippets.generate(options);
    if (!result.ok()) {
      assertThat(result.errors()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).isNotBlank());
      assertThat(result.yaml()).isEmpty();
      return;
    }
    HasMetadata workload = result.workload().orElseThrow();
    HasMetadata parsed = PodSnippets.parse(result.yaml(), options.kind());
    assertThat(parsed).isEqualTo(workload);
    PodSpec spec = PodSnippetsTest.podSpec(parsed);
    Container container = spec.getContainers().get(0);
    // Every emitted name is one the API server accepts; every key one the Secret has.
    assertThat(container.getEnv()).allSatisfy(e -> assertThat(EnvVarNames.checkName(e.getName()).valid()).isTrue());
    assertThat(container.getEnv()).extracting(EnvVar::getName).doesNotHaveDuplicates();
    assertThat(container.getEnv()).filteredOn(e -> e.getValueFrom() != null)
        .allSatisfy(e -> assertThat(options.secretKeys()).contains(e.getValueFrom().getSecretKeyRef().getKey()));
    assertThat(KubernetesNames.checkLabel(container.getName()).valid()).isTrue();
    assertThat(container.getVolumeMounts()).allSatisfy(m -> {
      assertThat(m.getMountPath()).startsWith("/").doesNotContain("/../");
      assertThat(KubernetesNames.checkLabel(m.getName()).valid()).isTrue();
    });
    assertThat(spec.getVolumes()).allSatisfy(v -> assertThat(v.getSecret().getItems())
        .allSatisfy(i -> assertThat(i.getPath()).doesNotStartWith("/").isNotEmpty()));
    // Literal values survive YAML's special words and characters as strings.
    assertThat(container.getEnv()).filteredOn(e -> e.getValueFrom() == null).extracting(EnvVar::getValue)
        .containsExactlyElementsOf(options.literalEnv().stream().map(SnippetOptions.LiteralEnv::value)
            .toList());
    // A YAML 1.1 reader (what kubectl uses) sees every literal value as the same string, not a boolean, number or date.
    assertThat(yaml11Values(result.yaml())).containsExactlyElementsOf(
        options.literalEnv().stream().map(SnippetOptions.LiteralEnv::value).toList());
    // Nothing in the YAML is unknown to the Kubernetes model.
    assertThat(result.yaml()).doesNotContain("additionalProperties");
  }

  /** The literal {@code env[].value}s as SnakeYAML's YAML 1.1 resolver reads them (types kept, not coerced). */
  @SuppressWarnings("unchecked")
  static List<Object> yaml11Values(String yaml) {
    Map<String, Object> root = new Yaml().load(yaml);
    Map<String, Object> spec = (Map<String, Object>) root.get("spec");
    if ("Deployment".equals(root.get("kind"))) {
      spec = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
    }
    Map<String, Object> container = ((List<Map<String, Object>>) spec.get("containers")).get(0);
    List<Map<String, Object>> env = (List<Map<String, Object>>) container.getOrDefault("env", List.of());
    return env.stream().filter(e -> e.containsKey("value")).map(e -> e.get("value")).toList();
  }

  static SnippetOptions randomOptions(Random r) {
    int keyCount = r.nextInt(5) == 0 ? 40 + r.nextInt(30) : r.nextInt(8);
    Set<String> keySet = new LinkedHashSet<>();
    while (keySet.size() < keyCount) {
      keySet.add(r.nextInt(6) == 0 ? randomString(r, KEY_CHARS, 1 + r.nextInt(12)) : "key" + keySet.size());
    }
    List<String> keys = new ArrayList<>(keySet);
    SnippetOptions.Builder b = SnippetOptions.builder(r.nextInt(15) == 0 ? "Bad_Secret" : "binding-" + r.nextInt(100))
        .secretKeys(keys)
        .kind(r.nextBoolean() ? WorkloadKind.POD : WorkloadKind.DEPLOYMENT)
        .name(r.nextInt(15) == 0 ? "bad name" : "app-" + r.nextInt(10))
        .namespace(r.nextBoolean() ? "" : "ns-" + r.nextInt(3))
        .containerName(r.nextInt(15) == 0 ? "Bad" : "c" + r.nextInt(3))
        .image(r.nextInt(15) == 0 ? "" : "registry.example.com/app:" + r.nextInt(9));
    if (r.nextBoolean() && !keys.isEmpty()) {
      List<String> chosen = keys.stream().filter(k -> r.nextInt(3) > 0).toList();
      b.envForKeys(chosen);
      if (r.nextInt(4) == 0) {
        b.env(keys.get(r.nextInt(keys.size())), randomString(r, KEY_CHARS + " :", 1 + r.nextInt(8)));
      }
    }
    int literals = r.nextInt(3);
    for (int i = 0; i < literals; i++) {
      b.literal("LIT_" + i + (r.nextInt(10) == 0 ? " X" : ""), VALUES[r.nextInt(VALUES.length)]);
    }
    if (r.nextBoolean()) {
      b.envFrom(true, r.nextBoolean() ? "" : randomString(r, KEY_CHARS, 1 + r.nextInt(5)));
    }
    if (r.nextBoolean()) {
      String[] paths = {"/var/secrets/app", "/etc/creds", "relative", "/", "/a/../b", "/x y"};
      b.volume(true, paths[r.nextInt(paths.length)]).readOnly(r.nextBoolean());
      for (String key : keys) {
        if (r.nextInt(4) == 0) {
          b.item(key, r.nextInt(12) == 0 ? "../" + key : "files/" + key);
        }
      }
    }
    return b.build();
  }

  private static String randomString(Random r, String alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
