package io.servicecatalog.console.app.store;

/**
 * How far a kind's list has got, for the table's placeholder.
 *
 * @param phase where it is
 * @param message what to tell the user (empty when loaded)
 */
public record LoadState(Phase phase, String message) {

  /** The phases of a kind's list. */
  public enum Phase {
    LOADING,
    LOADED,
    FORBIDDEN,
    FAILED
  }

  public static LoadState loading() {
    return new LoadState(Phase.LOADING, "");
  }

  public static LoadState loaded() {
    return new LoadState(Phase.LOADED, "");
  }
}
