package io.servicecatalog.console.app.shell;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.connection.ClusterConnection;
import io.servicecatalog.console.app.settings.Settings;
import io.servicecatalog.console.app.store.CatalogStore;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What a main view needs from the shell: the connection (client), the live store, the executors, settings,
 * and the shell's services (open a link in the browser, show an object's YAML, go to another view).
 *
 * @param connection the open connection
 * @param store the live catalog
 * @param background the app's worker pool
 * @param fx the FX-thread executor
 * @param settings what the console remembers
 * @param openUrl opens an address in the user's browser
 * @param showYaml shows an object's YAML
 * @param navigator switches between the main views
 */
public record ViewContext(
    ClusterConnection connection,
    CatalogStore store,
    BackgroundExecutor background,
    Executor fx,
    Settings settings,
    Consumer<String> openUrl,
    Consumer<HasMetadata> showYaml,
    Navigator navigator) {

  /** Switches between the main views. */
  public interface Navigator {
    /** Shows {@code place}; {@code then} runs on the view once shown (for example to open a detail). */
    void go(Place place, Consumer<Page> then);
  }
}
