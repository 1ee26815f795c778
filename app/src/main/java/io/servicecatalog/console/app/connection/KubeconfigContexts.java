package io.servicecatalog.console.app.connection;

import java.util.List;
import java.util.Optional;

/**
 * The contexts found in a {@link KubeconfigSource}, merged as kubectl merges them, with the problems met on
 * the way (a missing or broken file is reported, not fatal, as long as another file gave contexts).
 *
 * @param source where they were read from
 * @param contexts every context, first definition of a name winning
 * @param currentContext the first {@code current-context} set by any file, if any
 * @param problems sentences describing files that could not be read
 */
public record KubeconfigContexts(
    KubeconfigSource source, List<ContextEntry> contexts, Optional<String> currentContext, List<String> problems) {

  public KubeconfigContexts {
    contexts = List.copyOf(contexts);
    problems = List.copyOf(problems);
  }

  public Optional<ContextEntry> find(String name) {
    return contexts.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
