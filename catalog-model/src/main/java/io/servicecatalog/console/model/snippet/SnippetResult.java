package io.servicecatalog.console.model.snippet;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Optional;

/**
 * What {@link PodSnippets#generate(SnippetOptions)} made: the workload and its YAML when the choices are valid
 * (warnings may remain), or no workload and the errors that prevent one.
 *
 * @param workload the Pod or Deployment, or empty when there are errors
 * @param yaml its YAML, or empty when there are errors
 * @param problems errors and warnings, per field
 */
public record SnippetResult(Optional<HasMetadata> workload, String yaml, List<SnippetProblem> problems) {

  public SnippetResult {
    problems = List.copyOf(problems);
  }

  /** Whether YAML was produced. */
  public boolean ok() {
    return workload.isPresent();
  }

  /** The errors only. */
  public List<SnippetProblem> errors() {
    return problems.stream().filter(SnippetProblem::error).toList();
  }

  /** The problems about one field. */
  public List<SnippetProblem> about(String field) {
    return problems.stream().filter(p -> p.field().equals(field)).toList();
  }
}
