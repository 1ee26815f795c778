package io.servicecatalog.console.sandbox;

/**
 * Something the sandbox starts once its API server and brokers are up and its seed objects exist, such as the
 * embedded catalog controller. Components start in list order and are closed in reverse order.
 */
@FunctionalInterface
public interface SandboxComponent {

  /**
   * Starts the component against a running sandbox.
   *
   * @param sandbox the sandbox; use {@link Sandbox#config()} to reach its API
   * @return what stops the component again
   * @throws Exception if the component cannot start; the sandbox then stops and reports it
   */
  AutoCloseable start(Sandbox sandbox) throws Exception;
}
