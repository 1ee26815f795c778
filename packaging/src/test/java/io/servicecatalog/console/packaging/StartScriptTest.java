package io.servicecatalog.console.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/linux/start.sh}, as the Linux packages ship it ({@code lib/app/start.sh}): it must start the runtime's
 * java with what jpackage's launcher would pass, from the launcher's {@code .cfg}, and hand over to the launcher when
 * it cannot. The runtime's java and the launcher are stand-ins here that write down the arguments they got.
 */
@EnabledOnOs(OS.LINUX) // the script ships in the Linux packages only
class StartScriptTest {

  private static final String LAUNCHER = "service-catalog-console";

  @TempDir
  Path temp;

  private Path install;
  private Path app;
  private Path calls;

  @BeforeEach
  void installLikeJpackage() throws IOException {
    install = temp.resolve("opt").resolve(LAUNCHER);
    app = Files.createDirectories(install.resolve("lib/app"));
    calls = temp.resolve("calls.txt");
    String script = Files.readString(Path.of("src/linux/start.sh")).replace("@LAUNCHER@", LAUNCHER);
    executable(app.resolve("start.sh"), script);
    executable(install.resolve("lib/runtime/bin/java"), recorder("java"));
    executable(install.resolve("bin").resolve(LAUNCHER), recorder("launcher"));
    Files.writeString(app.resolve(LAUNCHER + ".cfg"), String.join("\n",
        "[Application]",
        "app.classpath=$APPDIR/app-0.1.0.jar",
        "app.mainclass=io.servicecatalog.console.app.Launcher",
        "app.classpath=$APPDIR/atlantafx-base-2.0.1.jar",
        "",
        "[JavaOptions]",
        "java-options=-Djpackage.app-version=0.1.0",
        "java-options=-Xmx1g",
        "java-options=-XX:+UseG1GC",
        "java-options=-Dconsole.home=$APPDIR",
        ""));
  }

  @Test
  void startsTheRuntimesJavaWithTheLaunchersOptionsClassPathAndMainClass() throws Exception {
    run(app.resolve("start.sh"), "--sandbox", "two words");

    assertThat(Files.readAllLines(calls)).containsExactly(
        "java",
        "-Djpackage.app-version=0.1.0",
        "-Xmx1g",
        "-XX:+UseG1GC",
        "-Dconsole.home=" + app,
        "-Djpackage.app-path=" + install.resolve("bin").resolve(LAUNCHER),
        "-cp",
        app.resolve("app-0.1.0.jar") + ":" + app.resolve("atlantafx-base-2.0.1.jar"),
        "io.servicecatalog.console.app.Launcher",
        "--sandbox",
        "two words");
  }

  @Test
  void findsTheInstallThroughALinkAsTheCommandInUsrBinIs() throws Exception {
    Path command = Files.createSymbolicLink(Files.createDirectories(temp.resolve("usr/bin")).resolve(LAUNCHER),
        app.resolve("start.sh"));

    run(command);

    assertThat(Files.readAllLines(calls)).first().isEqualTo("java");
    assertThat(Files.readAllLines(calls)).contains("io.servicecatalog.console.app.Launcher",
        app.resolve("app-0.1.0.jar") + ":" + app.resolve("atlantafx-base-2.0.1.jar"));
  }

  @Test
  void handsOverToJpackagesLauncherWithoutTheCfg() throws Exception {
    Files.delete(app.resolve(LAUNCHER + ".cfg"));

    run(app.resolve("start.sh"), "--sandbox");

    assertThat(Files.readAllLines(calls)).containsExactly("launcher", "--sandbox");
  }

  @Test
  void handsOverToJpackagesLauncherWhenTheCfgNamesNoMainClass() throws Exception {
    Path cfg = app.resolve(LAUNCHER + ".cfg");
    Files.writeString(cfg, Files.readString(cfg).replace("app.mainclass=", "# app.mainclass="));

    run(app.resolve("start.sh"));

    assertThat(Files.readAllLines(calls)).containsExactly("launcher");
  }

  /** A stand-in program: writes its name and then each argument on a line of {@link #calls}. */
  private String recorder(String name) {
    return "#!/bin/sh\n{ echo " + name + "; for a in \"$@\"; do printf '%s\\n' \"$a\"; done; } > '" + calls + "'\n";
  }

  private static void executable(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private void run(Path command, String... args) throws Exception {
    List<String> line = new ArrayList<>(List.of(command.toString()));
    line.addAll(List.of(args));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the script ends").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
  }
}
