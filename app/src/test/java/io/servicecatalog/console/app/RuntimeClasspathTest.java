package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Starts the sandbox in a separate JVM on the app's real run-time class path (written by the build), the way the
 * README's run command and the installers run it. The tests' own class path is wider and would hide a missing
 * run-time dependency.
 */
class RuntimeClasspathTest {

  @Test
  @DisplayName("the sandbox starts, with its embedded controller, on the app's run-time class path alone")
  void sandboxStartsOnRuntimeClasspath() throws Exception {
    Path listed = Path.of("target", "runtime-classpath.txt");
    assertThat(listed).exists();
    String classpath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + Files.readString(listed).trim();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-cp", classpath,
            "io.servicecatalog.console.sandbox.SandboxMain"))
        .redirectErrorStream(true)
        .start();
    try {
      CompletableFuture<String> started = CompletableFuture.supplyAsync(() -> readUntilStarted(process));
      String output = started.get(120, TimeUnit.SECONDS);
      assertThat(output).contains("Sandbox started").contains("Kubernetes API: http://127.0.0.1:")
          .doesNotContain("NoClassDefFoundError").doesNotContain("ClassNotFoundException");
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Everything the child printed up to the line that says the sandbox is up (or until it exits). */
  private static String readUntilStarted(Process process) {
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        output.append(line).append('\n');
        if (line.contains("Kubernetes API: ")) {
          break;
        }
      }
    } catch (IOException e) {
      output.append(e);
    }
    return output.toString();
  }
}
