package io.servicecatalog.console.model.status;

import io.servicecatalog.console.model.Messages;
import java.util.Locale;

/** The operation a status is about: the one running, or the one that failed when that can be told. */
public enum Operation {
  PROVISIONING,
  UPDATING,
  DEPROVISIONING,
  BINDING,
  UNBINDING,
  /** The controller is cleaning up after an ambiguous broker failure (a deprovision or unbind nobody asked for). */
  ORPHAN_MITIGATION,
  /** The object has a deletion timestamp and no more specific operation is known. */
  DELETING,
  /** A broker whose catalog has not been fetched yet (or fails to be fetched). */
  FETCHING_CATALOG;

  /** Short text, e.g. "Provisioning", from the message bundle. */
  public String label() {
    return Messages.get("operation." + name().toLowerCase(Locale.ROOT));
  }
}
