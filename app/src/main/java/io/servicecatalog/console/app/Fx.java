package io.servicecatalog.console.app;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Hands work to the FX thread. */
public final class Fx {

  /** Runs on the FX thread: now if already on it, else later. */
  public static final Executor EXECUTOR =
      runnable -> {
        if (Platform.isFxApplicationThread()) {
          runnable.run();
        } else {
          Platform.runLater(runnable);
        }
      };

  private Fx() {}
}
