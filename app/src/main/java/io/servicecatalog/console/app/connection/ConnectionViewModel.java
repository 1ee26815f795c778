package io.servicecatalog.console.app.connection;

import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.settings.Settings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection chooser's state and commands: which kubeconfig is read, its contexts, the chosen one, and
 * connecting to it off the FX thread. Remembers the last file and context.
 */
public final class ConnectionViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionViewModel.class);

  private final BackgroundExecutor background;
  private final Executor fx;
  private final Settings settings;
  private final ClusterConnector connector;
  private final Supplier<KubeconfigSource> environment;
  private final Supplier<? extends ConnectionTarget> sandbox;
  private final Consumer<ClusterConnection> onConnected;

  private final ObservableList<ContextEntry> contexts = FXCollections.observableArrayList();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ObjectProperty<ContextEntry> selected = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<KubeconfigSource> source = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper currentContext = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ConsoleException> error = new ReadOnlyObjectWrapper<>();

  public ConnectionViewModel(
      BackgroundExecutor background,
      Executor fx,
      Settings settings,
      ClusterConnector connector,
      Supplier<KubeconfigSource> environment,
      Supplier<? extends ConnectionTarget> sandbox,
      Consumer<ClusterConnection> onConnected) {
    this.background = background;
    this.fx = fx;
    this.settings = settings;
    this.connector = connector;
    this.environment = environment;
    this.sandbox = sandbox;
    this.onConnected = onConnected;
  }

  /** Reads the kubeconfig the user used last time (a picked file), else the environment's. */
  public CompletableFuture<Void> loadInitial() {
    Optional<Path> last = settings.get(Settings.LAST_KUBECONFIG).map(Path::of);
    return load(last.map(KubeconfigSource::ofFile).orElseGet(environment));
  }

  /** Reads the environment's kubeconfig (KUBECONFIG or ~/.kube/config). */
  public CompletableFuture<Void> useEnvironment() {
    settings.remove(Settings.LAST_KUBECONFIG);
    return load(environment.get());
  }

  /** Reads a file the user picked. */
  public CompletableFuture<Void> openFile(Path file) {
    settings.put(Settings.LAST_KUBECONFIG, file.toAbsolutePath().toString());
    return load(KubeconfigSource.ofFile(file));
  }

  /** Reads the current source again (after the user edited the file). */
  public CompletableFuture<Void> reload() {
    return load(source.get() == null ? environment.get() : source.get());
  }

  private CompletableFuture<Void> load(KubeconfigSource from) {
    loading.set(true);
    return background
        .supply(() -> KubeconfigReader.read(from))
        .handleAsync(
            (read, failure) -> {
              loading.set(false);
              if (failure == null) {
                show(read);
              } else {
                // The reader reports bad files itself; anything else is a defect, shown rather than swallowed.
                LOG.error("Reading kubeconfig {} failed", from.describe(), failure);
                source.set(from);
                contexts.clear();
                problems.setAll(I18n.t("kubeconfig.problem.unexpected", from.describe(), ConnectionErrors.rootMessage(failure)));
              }
              return null;
            },
            fx);
  }

  private void show(KubeconfigContexts read) {
    source.set(read.source());
    contexts.setAll(read.contexts());
    problems.setAll(read.problems());
    currentContext.set(read.currentContext().orElse(""));
    Optional<String> remembered = settings.get(Settings.LAST_CONTEXT);
    ContextEntry choice =
        remembered
            .flatMap(read::find)
            .or(() -> read.currentContext().flatMap(read::find))
            .orElse(read.contexts().isEmpty() ? null : read.contexts().get(0));
    selected.set(choice);
  }

  /** Connects to the selected context; the result goes to the {@code onConnected} callback. */
  public CompletableFuture<Void> connect() {
    ContextEntry context = selected.get();
    if (context == null || busy.get()) {
      return CompletableFuture.completedFuture(null);
    }
    return connect(new KubeconfigTarget(source.get(), context));
  }

  /** Starts the embedded sandbox and connects to it. */
  public CompletableFuture<Void> connectSandbox() {
    return connect(sandbox.get());
  }

  /** Connects to any target (a context, or the sandbox). */
  public CompletableFuture<Void> connect(ConnectionTarget target) {
    if (busy.get()) {
      return CompletableFuture.completedFuture(null);
    }
    busy.set(true);
    error.set(null);
    progress.set(I18n.t("connect.progress", target.displayName()));
    if (target instanceof KubeconfigTarget kube) {
      settings.put(Settings.LAST_CONTEXT, kube.context().name());
    }
    return background
        .supply(() -> connector.connect(target))
        .handleAsync(
            (connection, failure) -> {
              busy.set(false);
              progress.set("");
              if (failure != null) {
                ConsoleException described =
                    ConnectionErrors.describe(unwrap(failure), target.displayName(), "");
                LOG.warn("Connecting to {} failed: {}", target.displayName(), described.message(), failure);
                error.set(described);
              } else {
                onConnected.accept(connection);
              }
              return null;
            },
            fx);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof java.util.concurrent.CompletionException
            || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  public ObservableList<ContextEntry> contexts() {
    return contexts;
  }

  public ObservableList<String> problems() {
    return problems;
  }

  public ObjectProperty<ContextEntry> selectedProperty() {
    return selected;
  }

  public ReadOnlyObjectProperty<KubeconfigSource> sourceProperty() {
    return source.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty currentContextProperty() {
    return currentContext.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** True while kubeconfig files are being read. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ConsoleException> errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** True when Connect can be pressed. */
  public BooleanBinding canConnect() {
    return Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get(), selected, busy);
  }
}
