package io.servicecatalog.console.model.snippet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.model.Messages;
import io.servicecatalog.console.model.naming.EnvVarNames;
import io.servicecatalog.console.model.naming.KubernetesNames;
import io.servicecatalog.console.model.naming.NameCheck;
import io.servicecatalog.console.model.snippet.SnippetOptions.KeyEnv;
import io.servicecatalog.console.model.snippet.SnippetOptions.LiteralEnv;
import io.servicecatalog.console.model.snippet.SnippetOptions.VolumeItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@link SnippetOptions} into a fabric8 Pod or {@code apps/v1} Deployment and its YAML. Choices the API server
 * would reject (or that would keep the Pod from starting, such as a key the Secret does not have) are reported per
 * field instead of producing YAML; what the server accepts but a user should know (keys {@code envFrom} skips,
 * names a shell cannot read) comes as warnings next to the YAML.
 */
public final class PodSnippets {

  /** The label that ties a Deployment to its Pods. */
  public static final String APP_LABEL = "app";

  /** fabric8's serialisation, for reading YAML back into its model classes. */
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  /**
   * Jackson YAML over the fabric8 model's own annotations (field order, empty fields left out), with quotes only where
   * a YAML 1.1 reader such as kubectl could take a string for something else ({@link SafeQuoting}).
   */
  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .stringQuotingChecker(new SafeQuoting()).build())
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .build();
  /** Longest Secret key ({@code IsConfigMapKey}). */
  private static final int KEY_MAX_LENGTH = 253;

  private PodSnippets() {
  }

  /** Checks the choices: errors the API server would reject, and warnings. */
  public static List<SnippetProblem> validate(SnippetOptions o) {
    List<SnippetProblem> problems = new ArrayList<>();
    name(problems, "name", KubernetesNames.checkSubdomain(o.name()));
    if (KubernetesNames.checkSubdomain(o.name()).valid() && o.name().length() > KubernetesNames.LABEL_MAX_LENGTH) {
      problems.add(error("name", Messages.get("snippet.name.label", o.name().length(), KubernetesNames.LABEL_MAX_LENGTH)));
    }
    if (!o.namespace().isEmpty()) {
      name(problems, "namespace", KubernetesNames.checkLabel(o.namespace()));
    }
    name(problems, "secretName", KubernetesNames.checkSubdomain(o.secretName()));
    name(problems, "container", KubernetesNames.checkLabel(o.containerName()));
    if (o.image().isBlank()) {
      problems.add(error("image", Messages.get("snippet.image.empty")));
    } else if (!o.image().equals(o.image().strip()) || o.image().chars().anyMatch(Character::isWhitespace)) {
      problems.add(error("image", Messages.get("snippet.image.space")));
    }
    if (o.keyEnv().isEmpty() && !o.envFrom() && !o.volume()) {
      problems.add(error("modes", Messages.get("snippet.modes.none")));
    }
    Set<String> keys = new HashSet<>(o.secretKeys());
    Map<String, String> envNames = new HashMap<>();
    Map<String, EnvVarNames.Mapping> derived = new HashMap<>();
    for (EnvVarNames.Mapping mapping : EnvVarNames.fromSecretKeys(o.keyEnv().stream().map(KeyEnv::key).toList())) {
      derived.putIfAbsent(mapping.key(), mapping);
    }
    for (KeyEnv env : o.keyEnv()) {
      String field = SnippetProblem.envField(env.key());
      if (!key(problems, field, env.key(), keys)) {
        continue;
      }
      if (env.name().isEmpty()) {
        EnvVarNames.Mapping mapping = derived.get(env.key());
        problems.add(error(field, mapping.valid() ? Messages.get("snippet.env.noName", env.key()) : mapping.message()));
        continue;
      }
      envName(problems, field, env.name(), Messages.get("snippet.env.ofKey", env.key()), envNames);
    }
    for (int i = 0; i < o.literalEnv().size(); i++) {
      LiteralEnv env = o.literalEnv().get(i);
      String field = SnippetProblem.literalField(i);
      if (env.name().isEmpty()) {
        problems.add(error(field, Messages.get("snippet.literal.noName", i + 1)));
        continue;
      }
      envName(problems, field, env.name(), Messages.get("snippet.env.literal", env.name()), envNames);
    }
    if (o.envFrom()) {
      NameCheck prefix = EnvVarNames.checkPrefix(o.envFromPrefix());
      name(problems, "envFrom.prefix", prefix);
      if (prefix.valid()) {
        for (EnvVarNames.Mapping mapping : EnvVarNames.forEnvFrom(o.envFromPrefix(), o.secretKeys())) {
          if (!mapping.message().isEmpty()) {
            problems.add(new SnippetProblem(SnippetProblem.envFromField(mapping.key()), false, mapping.message()));
          }
        }
      }
    }
    if (o.volume()) {
      volume(problems, o, keys);
    }
    return problems;
  }

  /** The workload and its YAML, or the errors that prevent them. */
  public static SnippetResult generate(SnippetOptions options) {
    List<SnippetProblem> problems = validate(options);
    if (problems.stream().anyMatch(SnippetProblem::error)) {
      return new SnippetResult(Optional.empty(), "", problems);
    }
    HasMetadata workload = workload(options);
    return new SnippetResult(Optional.of(workload), yaml(workload), problems);
  }

  /** A workload as YAML, ready for {@code kubectl apply -f}. */
  public static String yaml(HasMetadata workload) {
    try {
      return YAML.writeValueAsString(workload);
    } catch (JsonProcessingException e) {
      // The model objects are plain beans; failing to write one is a bug, not something a user can act on.
      throw new IllegalStateException("Cannot write " + workload.getKind() + " as YAML", e);
    }
  }

  /** Reads YAML produced by {@link #yaml} for a workload of {@code kind} back into its fabric8 model class. */
  public static HasMetadata parse(String yaml, WorkloadKind kind) {
    Class<? extends HasMetadata> type = kind == WorkloadKind.POD ? Pod.class : Deployment.class;
    return SERIALIZATION.unmarshal(yaml, type);
  }

  /** Builds the workload without checking; callers go through {@link #generate}. */
  private static HasMetadata workload(SnippetOptions o) {
    Map<String, String> labels = Map.of(APP_LABEL, o.name());
    ObjectMetaBuilder meta = new ObjectMetaBuilder().withName(o.name()).withLabels(labels);
    if (!o.namespace().isEmpty()) {
      meta.withNamespace(o.namespace());
    }
    PodSpec spec = podSpec(o);
    if (o.kind() == WorkloadKind.POD) {
      return new PodBuilder().withMetadata(meta.build()).withSpec(spec).build();
    }
    ObjectMeta templateMeta = new ObjectMetaBuilder().withLabels(labels).build();
    return new DeploymentBuilder()
        .withMetadata(meta.build())
        .withNewSpec()
          .withReplicas(1)
          .withNewSelector().withMatchLabels(labels).endSelector()
          .withNewTemplate().withMetadata(templateMeta).withSpec(spec).endTemplate()
        .endSpec()
        .build();
  }

  private static PodSpec podSpec(SnippetOptions o) {
    List<EnvVar> env = new ArrayList<>();
    for (KeyEnv e : o.keyEnv()) {
      env.add(new EnvVarBuilder().withName(e.name())
          .withNewValueFrom().withNewSecretKeyRef().withName(o.secretName()).withKey(e.key()).endSecretKeyRef().endValueFrom()
          .build());
    }
    for (LiteralEnv e : o.literalEnv()) {
      env.add(new EnvVarBuilder().withName(e.name()).withValue(e.value()).build());
    }
    ContainerBuilder container = new ContainerBuilder().withName(o.containerName()).withImage(o.image()).withEnv(env);
    if (o.envFrom()) {
      EnvFromSourceBuilder from = new EnvFromSourceBuilder().withNewSecretRef().withName(o.secretName()).endSecretRef();
      if (!o.envFromPrefix().isEmpty()) {
        from.withPrefix(o.envFromPrefix());
      }
      container.withEnvFrom(List.<EnvFromSource>of(from.build()));
    }
    PodSpecBuilder spec = new PodSpecBuilder();
    if (o.volume()) {
      VolumeMountBuilder mount = new VolumeMountBuilder().withName(o.volumeName()).withMountPath(o.mountPath());
      if (o.readOnly()) {
        mount.withReadOnly(true);
      }
      container.withVolumeMounts(mount.build());
      List<KeyToPath> items = o.items().stream().map(i -> new KeyToPath(i.key(), null, i.path())).toList();
      spec.withVolumes(new VolumeBuilder().withName(o.volumeName())
          .withNewSecret().withSecretName(o.secretName()).withItems(items).endSecret().build());
    }
    Container built = container.build();
    return spec.withContainers(built).build();
  }

  private static void volume(List<SnippetProblem> problems, SnippetOptions o, Set<String> keys) {
    name(problems, "volume.name", KubernetesNames.checkLabel(o.volumeName()));
    String path = o.mountPath();
    if (path.isEmpty()) {
      problems.add(error("volume.mountPath", Messages.get("snippet.mount.empty")));
    } else if (!path.startsWith("/")) {
      problems.add(error("volume.mountPath", Messages.get("snippet.mount.relative", path)));
    } else if (path.chars().allMatch(c -> c == '/')) {
      problems.add(error("volume.mountPath", Messages.get("snippet.mount.root")));
    } else if (hasBackstep(path)) {
      problems.add(error("volume.mountPath", Messages.get("snippet.path.backstep", path)));
    } else if (path.chars().anyMatch(c -> Character.isISOControl(c))) {
      problems.add(error("volume.mountPath", Messages.get("snippet.path.control", path)));
    }
    Map<String, String> keyByPath = new HashMap<>();
    Set<String> itemKeys = new HashSet<>();
    for (VolumeItem item : o.items()) {
      String field = SnippetProblem.itemField(item.key());
      if (!key(problems, field, item.key(), keys)) {
        continue;
      }
      if (!itemKeys.add(item.key())) {
        problems.add(error(field, Messages.get("snippet.item.twice", item.key())));
        continue;
      }
      String p = item.path();
      if (p.isEmpty()) {
        problems.add(error(field, Messages.get("snippet.item.empty", item.key())));
      } else if (p.startsWith("/")) {
        problems.add(error(field, Messages.get("snippet.item.absolute", p)));
      } else if (hasBackstep(p)) {
        problems.add(error(field, Messages.get("snippet.path.backstep", p)));
      } else if (p.chars().anyMatch(c -> Character.isISOControl(c))) {
        problems.add(error(field, Messages.get("snippet.path.control", p)));
      } else {
        String earlier = keyByPath.putIfAbsent(p, item.key());
        if (earlier != null) {
          problems.add(error(field, Messages.get("snippet.item.samePath", item.key(), p, earlier)));
        }
      }
    }
  }

  /** Whether a path has a {@code ..} element, which Kubernetes rejects ({@code ValidatePathNoBacksteps}). */
  private static boolean hasBackstep(String path) {
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks a key used by a per-key variable or an item: a valid Secret key ({@code IsConfigMapKey}) that the Secret
   * has. Returns whether the entry can be checked further.
   */
  private static boolean key(List<SnippetProblem> problems, String field, String key, Set<String> keys) {
    String problem = keyProblem(key);
    if (problem != null) {
      problems.add(error(field, problem));
      return false;
    }
    if (!keys.contains(key)) {
      problems.add(error(field, Messages.get("snippet.key.unknown", key)));
      return false;
    }
    return true;
  }

  /** Why {@code key} cannot be a Secret key, or null when it can ({@code [-._a-zA-Z0-9]+}, not '.', '..' first). */
  static String keyProblem(String key) {
    if (key.isEmpty()) {
      return Messages.get("snippet.key.empty");
    }
    if (key.length() > KEY_MAX_LENGTH) {
      return Messages.get("snippet.key.tooLong", key.length(), KEY_MAX_LENGTH);
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_';
      if (!ok) {
        return Messages.get("snippet.key.badChar", key, String.valueOf(c), i + 1);
      }
    }
    if (key.equals(".") || key.startsWith("..")) {
      return Messages.get("snippet.key.dots", key);
    }
    return null;
  }

  /** Checks a Secret key typed by the user; empty when it is valid, else why not. */
  public static Optional<String> checkKey(String key) {
    return Optional.ofNullable(keyProblem(key == null ? "" : key));
  }

  private static void envName(List<SnippetProblem> problems, String field, String envName, String what,
      Map<String, String> seen) {
    NameCheck check = EnvVarNames.checkName(envName);
    name(problems, field, check);
    if (!check.valid()) {
      return;
    }
    String earlier = seen.putIfAbsent(envName, what);
    if (earlier != null) {
      problems.add(error(field, Messages.get("snippet.env.duplicate", envName, what, earlier)));
    }
  }

  private static void name(List<SnippetProblem> problems, String field, NameCheck check) {
    if (!check.valid()) {
      problems.add(error(field, check.message()));
    } else if (check.hasWarning()) {
      problems.add(new SnippetProblem(field, false, check.warning()));
    }
  }

  private static SnippetProblem error(String field, String message) {
    return new SnippetProblem(field, true, message);
  }
}
