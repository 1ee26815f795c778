package io.servicecatalog.console.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Renders a stack trace as text for the folded "technical details" areas of error dialogs and panes. */
public final class StackTraces {

  private StackTraces() {}

  public static String of(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
