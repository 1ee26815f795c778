package io.servicecatalog.console.sandbox;

/** The sandbox could not start; the message says what failed and what to check. */
public final class SandboxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SandboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
