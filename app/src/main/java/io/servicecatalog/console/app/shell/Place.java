package io.servicecatalog.console.app.shell;

/** The main views the navigation offers, in its order. */
public enum Place {
  MARKETPLACE("marketplace"),
  BROKERS("brokers"),
  INSTANCES("instances"),
  BINDINGS("bindings");

  private final String id;

  Place(String id) {
    this.id = id;
  }

  /** The stable id part: {@code nav-<id>} for the navigation button. */
  public String id() {
    return id;
  }
}
