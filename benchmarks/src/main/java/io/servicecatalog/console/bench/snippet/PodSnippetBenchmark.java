package io.servicecatalog.console.bench.snippet;

import io.servicecatalog.console.model.snippet.PodSnippets;
import io.servicecatalog.console.model.snippet.SnippetOptions;
import io.servicecatalog.console.model.snippet.SnippetProblem;
import io.servicecatalog.console.model.snippet.SnippetResult;
import io.servicecatalog.console.model.snippet.WorkloadKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Pod snippet's cost per change (the pane regenerates on every keystroke; budget: validation, fabric8 objects and
 * YAML in under 5 ms), with every mode at once over a Secret of {@code keys} keys. Run:
 * {@code java -cp <classpath> org.openjdk.jmh.Main PodSnippetBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PodSnippetBenchmark {

  @Param({"6", "60"})
  public int keys;

  private SnippetOptions options;

  @Setup
  public void setUp() {
    List<String> names = IntStream.range(0, keys).mapToObj(i -> "credential-key." + i).toList();
    SnippetOptions.Builder builder = SnippetOptions.builder("queue-binding").namespace("demo")
        .kind(WorkloadKind.DEPLOYMENT).name("user-app").image("registry.example.com/user-app:1.0")
        .secretKeys(names).envForKeys(names)
        .literal("PROVIDER_APPLICATION_CREDENTIALS", "/var/secrets/provider/key.json")
        .envFrom(true, "QUEUE_")
        .volume(true, "/var/secrets/provider");
    names.forEach(k -> builder.item(k, "files/" + k + ".json"));
    options = builder.build();
    SnippetResult check = PodSnippets.generate(options);
    if (!check.ok()) {
      throw new IllegalStateException("The benchmark's options are invalid: "
          + check.errors().stream().map(SnippetProblem::message).toList());
    }
  }

  /** What one keystroke in the pane costs outside JavaFX: validate, build the Deployment, render YAML. */
  @Benchmark
  public String generateYaml() {
    return PodSnippets.generate(options).yaml();
  }

  /** The checks alone. */
  @Benchmark
  public List<SnippetProblem> validate() {
    return PodSnippets.validate(options);
  }
}
