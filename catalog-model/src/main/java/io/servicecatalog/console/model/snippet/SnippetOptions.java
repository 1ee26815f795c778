package io.servicecatalog.console.model.snippet;

import io.servicecatalog.console.model.naming.EnvVarNames;
import io.servicecatalog.console.model.naming.KubernetesNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the user chose for the Pod snippet of one binding Secret: the workload (kind, name, namespace, container and
 * image), and any combination of per-key environment variables, literal environment variables, {@code envFrom} with an
 * optional prefix, and the Secret as a volume (all keys, or chosen keys as named files). Immutable; make one with
 * {@link #builder(String)} and change it with {@link #toBuilder()}. Nothing is checked here:
 * {@link PodSnippets#validate(SnippetOptions)} says what is wrong.
 *
 * @param kind Pod or Deployment
 * @param name the workload's name, also its {@code app} label
 * @param namespace the namespace, or empty to leave it out (the Secret's namespace is where the Pod must run)
 * @param secretName the binding's Secret
 * @param secretKeys the Secret's keys, as far as they are known
 * @param containerName the container's name
 * @param image the container image
 * @param keyEnv per-key variables ({@code valueFrom.secretKeyRef}), in order
 * @param literalEnv variables with literal values (for example a path into the mounted volume), after the per-key ones
 * @param envFrom whether the whole Secret becomes variables through {@code envFrom}
 * @param envFromPrefix the {@code envFrom} prefix, or empty
 * @param volume whether the Secret is mounted as a volume
 * @param volumeName the volume's name
 * @param mountPath where the volume is mounted (absolute)
 * @param readOnly whether the mount is read-only
 * @param items keys to mount as files with their relative paths; empty mounts every key under its own name
 */
public record SnippetOptions(
    WorkloadKind kind,
    String name,
    String namespace,
    String secretName,
    List<String> secretKeys,
    String containerName,
    String image,
    List<KeyEnv> keyEnv,
    List<LiteralEnv> literalEnv,
    boolean envFrom,
    String envFromPrefix,
    boolean volume,
    String volumeName,
    String mountPath,
    boolean readOnly,
    List<VolumeItem> items) {

  /** Name used for the workload and its container until the user picks one. */
  public static final String DEFAULT_NAME = "app";
  /** Image used until the user picks one. */
  public static final String DEFAULT_IMAGE = "busybox:1.36";
  /** Mount path used until the user picks one: one directory per Secret. */
  public static final String DEFAULT_MOUNT_ROOT = "/var/secrets/";

  /**
   * One Secret key as an environment variable.
   *
   * @param key the Secret key
   * @param name the variable's name; empty when no valid name could be derived and the user has not given one
   */
  public record KeyEnv(String key, String name) {
    public KeyEnv {
      key = Objects.requireNonNullElse(key, "");
      name = Objects.requireNonNullElse(name, "");
    }
  }

  /**
   * An environment variable with a literal value (not a secret: such values are shown and saved as typed).
   *
   * @param name the variable's name
   * @param value its value
   */
  public record LiteralEnv(String name, String value) {
    public LiteralEnv {
      name = Objects.requireNonNullElse(name, "");
      value = Objects.requireNonNullElse(value, "");
    }
  }

  /**
   * One Secret key mounted as a file.
   *
   * @param key the Secret key
   * @param path the file's path relative to the mount path
   */
  public record VolumeItem(String key, String path) {
    public VolumeItem {
      key = Objects.requireNonNullElse(key, "");
      path = Objects.requireNonNullElse(path, "");
    }
  }

  public SnippetOptions {
    kind = Objects.requireNonNullElse(kind, WorkloadKind.POD);
    name = Objects.requireNonNullElse(name, "");
    namespace = Objects.requireNonNullElse(namespace, "");
    secretName = Objects.requireNonNullElse(secretName, "");
    secretKeys = List.copyOf(secretKeys);
    containerName = Objects.requireNonNullElse(containerName, "");
    image = Objects.requireNonNullElse(image, "");
    keyEnv = List.copyOf(keyEnv);
    literalEnv = List.copyOf(literalEnv);
    envFromPrefix = Objects.requireNonNullElse(envFromPrefix, "");
    volumeName = Objects.requireNonNullElse(volumeName, "");
    mountPath = Objects.requireNonNullElse(mountPath, "");
    items = List.copyOf(items);
  }

  /** Options for {@code secretName} with the defaults: a Pod named {@code app}, nothing chosen yet. */
  public static Builder builder(String secretName) {
    return new Builder(secretName);
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(secretName);
    b.kind = kind;
    b.name = name;
    b.namespace = namespace;
    b.secretKeys = new ArrayList<>(secretKeys);
    b.containerName = containerName;
    b.image = image;
    b.keyEnv = new ArrayList<>(keyEnv);
    b.literalEnv = new ArrayList<>(literalEnv);
    b.envFrom = envFrom;
    b.envFromPrefix = envFromPrefix;
    b.volume = volume;
    b.volumeName = volumeName;
    b.mountPath = mountPath;
    b.readOnly = readOnly;
    b.items = new ArrayList<>(items);
    return b;
  }

  /** The default volume name for a Secret: its name with {@code -volume}, cut to a valid label. */
  public static String defaultVolumeName(String secretName) {
    String base = KubernetesNames.toLabel(secretName);
    if (base.length() > KubernetesNames.LABEL_MAX_LENGTH - "-volume".length()) {
      base = base.substring(0, KubernetesNames.LABEL_MAX_LENGTH - "-volume".length()).replaceAll("-+$", "");
    }
    return base.isEmpty() ? "secret-volume" : base + "-volume";
  }

  /** Builds {@link SnippetOptions}. */
  public static final class Builder {
    private WorkloadKind kind = WorkloadKind.POD;
    private String name = DEFAULT_NAME;
    private String namespace = "";
    private final String secretName;
    private List<String> secretKeys = new ArrayList<>();
    private String containerName = DEFAULT_NAME;
    private String image = DEFAULT_IMAGE;
    private List<KeyEnv> keyEnv = new ArrayList<>();
    private List<LiteralEnv> literalEnv = new ArrayList<>();
    private boolean envFrom;
    private String envFromPrefix = "";
    private boolean volume;
    private String volumeName;
    private String mountPath;
    private boolean readOnly = true;
    private List<VolumeItem> items = new ArrayList<>();

    private Builder(String secretName) {
      this.secretName = Objects.requireNonNullElse(secretName, "");
      this.volumeName = defaultVolumeName(this.secretName);
      this.mountPath = DEFAULT_MOUNT_ROOT + (this.secretName.isEmpty() ? "binding" : this.secretName);
    }

    public Builder kind(WorkloadKind value) {
      kind = value;
      return this;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder namespace(String value) {
      namespace = value;
      return this;
    }

    /** The Secret's keys, as far as they are known. */
    public Builder secretKeys(Collection<String> value) {
      secretKeys = new ArrayList<>(value);
      return this;
    }

    public Builder containerName(String value) {
      containerName = value;
      return this;
    }

    public Builder image(String value) {
      image = value;
      return this;
    }

    /** Adds one per-key variable with the name given. */
    public Builder env(String key, String envName) {
      keyEnv.add(new KeyEnv(key, envName));
      return this;
    }

    /** Replaces the per-key variables. */
    public Builder keyEnv(Collection<KeyEnv> value) {
      keyEnv = new ArrayList<>(value);
      return this;
    }

    /**
     * Replaces the per-key variables with one for each of {@code keys}, named by {@link EnvVarNames#fromSecretKeys};
     * a key that gets no name (or the same name as an earlier key) keeps an empty name, which validation reports with
     * the reason.
     */
    public Builder envForKeys(Collection<String> keys) {
      keyEnv = new ArrayList<>();
      for (EnvVarNames.Mapping mapping : EnvVarNames.fromSecretKeys(keys)) {
        keyEnv.add(new KeyEnv(mapping.key(), mapping.envName().orElse("")));
      }
      return this;
    }

    /** Adds a variable with a literal value. */
    public Builder literal(String envName, String value) {
      literalEnv.add(new LiteralEnv(envName, value));
      return this;
    }

    /** Replaces the literal variables. */
    public Builder literalEnv(Collection<LiteralEnv> value) {
      literalEnv = new ArrayList<>(value);
      return this;
    }

    /** Whether the whole Secret becomes variables ({@code envFrom}), with an optional prefix. */
    public Builder envFrom(boolean enabled, String prefix) {
      envFrom = enabled;
      envFromPrefix = prefix;
      return this;
    }

    /** Whether the Secret is mounted as a volume, and where. */
    public Builder volume(boolean enabled, String path) {
      volume = enabled;
      mountPath = path;
      return this;
    }

    public Builder volumeName(String value) {
      volumeName = value;
      return this;
    }

    public Builder readOnly(boolean value) {
      readOnly = value;
      return this;
    }

    /** Adds a key to mount as a file at {@code path} (relative to the mount path). */
    public Builder item(String key, String path) {
      items.add(new VolumeItem(key, path));
      return this;
    }

    /** Replaces the items; empty mounts every key. */
    public Builder items(Collection<VolumeItem> value) {
      items = new ArrayList<>(value);
      return this;
    }

    public SnippetOptions build() {
      return new SnippetOptions(kind, name, namespace, secretName, secretKeys, containerName, image, keyEnv, literalEnv,
          envFrom, envFromPrefix, volume, volumeName, mountPath, readOnly, items);
    }
  }
}
