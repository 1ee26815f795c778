package io.servicecatalog.console.app;

import io.servicecatalog.console.sandbox.SandboxOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command line asks for: open the sandbox at start ({@code --sandbox}), optionally with the large
 * generated catalog ({@code --sandbox-large} or {@code --sandbox-large=SERVICES}) that shows how the console
 * copes with thousands of services. Arguments it does not know are collected, not fatal, so a launcher that
 * adds its own (macOS's {@code -psn_...}) still starts the window.
 *
 * @param sandbox whether to connect to the sandbox right away
 * @param largeServices services in the generated catalog; 0 for the normal sample catalog
 * @param ignored arguments that were not understood
 */
public record LaunchOptions(boolean sandbox, int largeServices, List<String> ignored) {

  /** Services in {@code --sandbox-large} without a number: the scale the performance budgets are set for. */
  public static final int DEFAULT_LARGE_SERVICES = 2_000;

  /** Plans per generated service (2,000 services × 10 = 20,000 plans). */
  public static final int LARGE_PLANS_PER_SERVICE = 10;

  /** Every n-th generated service carries parameter schemas. */
  public static final int LARGE_SCHEMA_EVERY = 10;

  private static final String SANDBOX = "--sandbox";
  private static final String SANDBOX_LARGE = "--sandbox-large";

  public LaunchOptions {
    ignored = List.copyOf(ignored);
  }

  /** Reads the raw arguments as given to {@code main}. */
  public static LaunchOptions parse(List<String> args) {
    boolean sandbox = false;
    int large = 0;
    List<String> ignored = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(SANDBOX)) {
        sandbox = true;
      } else if (arg.equals(SANDBOX_LARGE)) {
        sandbox = true;
        large = DEFAULT_LARGE_SERVICES;
      } else if (arg.startsWith(SANDBOX_LARGE + "=")) {
        Integer services = positive(arg.substring(SANDBOX_LARGE.length() + 1));
        if (services == null) {
          ignored.add(arg);
        } else {
          sandbox = true;
          large = services;
        }
      } else if (!arg.isBlank()) {
        ignored.add(arg);
      }
    }
    return new LaunchOptions(sandbox, large, ignored);
  }

  /** The sandbox's options for this launch. */
  public SandboxOptions sandboxOptions() {
    if (largeServices == 0) {
      return SandboxOptions.defaults();
    }
    return SandboxOptions.builder()
        .largeCatalog(largeServices, LARGE_PLANS_PER_SERVICE, LARGE_SCHEMA_EVERY)
        .build();
  }

  private static Integer positive(String text) {
    try {
      int value = Integer.parseInt(text.trim());
      return value > 0 && value <= 100_000 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
