package io.servicecatalog.console.model.naming;

import io.servicecatalog.console.model.Messages;

/**
 * The result of checking a name: whether it is valid and, if not, a sentence saying what is wrong and what to do;
 * a valid name may still carry a warning (e.g. an environment variable name a shell cannot read).
 *
 * @param valid whether the name may be used
 * @param message empty when valid; otherwise the problem in words a user can act on
 * @param warning empty when there is nothing to recommend; otherwise advice for a name that is valid
 */
public record NameCheck(boolean valid, String message, String warning) {

  private static final NameCheck OK = new NameCheck(true, "", "");

  public NameCheck {
    message = message == null ? "" : message;
    warning = warning == null ? "" : warning;
  }

  /** A result without a warning. */
  public NameCheck(boolean valid, String message) {
    this(valid, message, "");
  }

  /** Whether a valid name comes with advice. */
  public boolean hasWarning() {
    return !warning.isEmpty();
  }

  /** A valid result with the bundle text for {@code key} as its warning. */
  static NameCheck okWithWarning(String key, Object... args) {
    return new NameCheck(true, "", Messages.get(key, args));
  }

  /** A valid result. */
  public static NameCheck ok() {
    return OK;
  }

  /** An invalid result with the bundle text for {@code key}. */
  static NameCheck problem(String key, Object... args) {
    return new NameCheck(false, Messages.get(key, args));
  }

  /** How a character is shown inside a message: quoted, with spaces and controls spelled out. */
  static String show(char c) {
    if (c == ' ') {
      return Messages.get("char.space");
    }
    if (Character.isISOControl(c) || Character.isWhitespace(c)) {
      return String.format("U+%04X", (int) c);
    }
    return "\u201c" + c + "\u201d";
  }
}
