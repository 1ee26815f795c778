package io.servicecatalog.console.model.status;

import io.servicecatalog.console.model.Messages;
import java.util.Locale;

/** Where a Service Catalog object stands, as the console shows it (one badge colour per phase). */
public enum Phase {
  /** Ready: the broker did what was asked (classes and plans: still offered). */
  READY,
  /** An operation is running or waiting for the controller: provisioning, binding, deleting, ... */
  IN_PROGRESS,
  /**
   * The last attempt failed but the controller keeps retrying (Ready=False with an error reason and no Failed
   * condition): for example a broker whose catalog cannot be fetched, an instance naming a class that does not exist,
   * a deprovision call the broker answers with 500. Often needs the user to fix something; it may also heal itself.
   */
  ERROR,
  /** A final failure (a True {@code Failed} condition): the controller will not retry this operation. */
  FAILED,
  /** Classes and plans the broker no longer offers ({@code status.removedFromBrokerCatalog}). */
  REMOVED,
  /** The status says nothing the console understands. */
  UNKNOWN;

  /** Short text for a badge, from the message bundle. */
  public String label() {
    return Messages.get("phase." + name().toLowerCase(Locale.ROOT));
  }
}
