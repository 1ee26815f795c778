package io.servicecatalog.console.app;

/**
 * The app's one domain exception: it carries what happened and what the user can do about it, both as
 * sentences ready to show. The cause keeps the technical detail for the log and the "details" area.
 */
public class ConsoleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String title;
  private final String action;

  public ConsoleException(String title, String message, String action, Throwable cause) {
    super(message, cause);
    this.title = title;
    this.action = action;
  }

  /** A short headline, e.g. "Cannot reach the API server". */
  public String title() {
    return title;
  }

  /** What happened, in a sentence or two. */
  public String message() {
    return getMessage();
  }

  /** What the user can do next. */
  public String action() {
    return action;
  }
}
