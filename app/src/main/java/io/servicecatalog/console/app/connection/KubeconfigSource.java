package io.servicecatalog.console.app.connection;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where kubeconfig comes from, the way kubectl decides it: the files named by {@code KUBECONFIG} (or the
 * {@code kubeconfig} system property, which the fabric8 client honours first), merged in order; else
 * {@code ~/.kube/config}; or one file the user picked.
 *
 * @param files the files, in merge order
 * @param environment true when the files came from the environment (so the fabric8 client's own
 *     auto-configuration reads exactly the same files)
 */
public record KubeconfigSource(List<Path> files, boolean environment) {

  public KubeconfigSource {
    files = List.copyOf(files);
  }

  /** The files kubectl would read in this process's environment. */
  public static KubeconfigSource fromEnvironment() {
    return fromEnvironment(System::getProperty, System::getenv, Path.of(System.getProperty("user.home")));
  }

  static KubeconfigSource fromEnvironment(
      UnaryOperator<String> systemProperty, UnaryOperator<String> environment, Path home) {
    String list =
        Optional.ofNullable(systemProperty.apply("kubeconfig"))
            .filter(s -> !s.isBlank())
            .orElseGet(() -> environment.apply("KUBECONFIG"));
    List<Path> files = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          files.add(Path.of(entry.trim()));
        }
      }
    }
    if (files.isEmpty()) {
      files.add(home.resolve(".kube").resolve("config"));
    }
    return new KubeconfigSource(files, true);
  }

  /** One file chosen by the user. */
  public static KubeconfigSource ofFile(Path file) {
    return new KubeconfigSource(List.of(file), false);
  }

  /** The files as the user would write them, separated by the platform's path separator. */
  public String describe() {
    return String.join(File.pathSeparator, files.stream().map(Path::toString).toList());
  }
}
