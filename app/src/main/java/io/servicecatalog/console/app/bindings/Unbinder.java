package io.servicecatalog.console.app.bindings;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ActionErrors;
import io.servicecatalog.console.app.connection.ActionErrors.Action;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unbinds one ServiceBinding: asks for confirmation naming the binding and its Secret, deletes the binding, then
 * follows the live store until the controller has unbound it and removed it, and a watch on the Secret until that is
 * gone too. Progress and failures are sentences in {@link #progress()}, updated on the FX thread.
 */
public final class Unbinder {

  private static final Logger LOG = LoggerFactory.getLogger(Unbinder.class);
  /** How long to wait for the Secret once the binding is gone: the controller removes it before the binding. */
  static final Duration SECRET_WAIT = Duration.ofSeconds(60);

  /** Where an unbind stands. */
  public enum Step {
    /** The delete request is on its way. */
    DELETING,
    /** The binding still exists: the controller is unbinding it at the broker. */
    WAITING_FOR_BINDING,
    /** The binding is gone; its Secret is not yet. */
    WAITING_FOR_SECRET,
    /** The binding and its Secret are gone. */
    DONE,
    /** Something failed; the message says what and what to do. */
    FAILED
  }

  /**
   * One report.
   *
   * @param step where the unbind stands
   * @param message the sentence to show
   */
  public record Progress(Step step, String message) {
    /** Whether nothing more will happen. */
    public boolean finished() {
      return step == Step.DONE || step == Step.FAILED;
    }
  }

  private final ViewContext context;
  private final ServiceBinding binding;
  private final String namespace;
  private final String name;
  private final String secret;
  private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>();
  private final CompletableFuture<Progress> done = new CompletableFuture<>();
  private ListChangeListener<HasMetadata> storeListener;

  public Unbinder(ViewContext context, ServiceBinding binding) {
    this.context = context;
    this.binding = binding;
    this.namespace = binding.getMetadata().getNamespace();
    this.name = binding.getMetadata().getName();
    this.secret = BindingsView.secretName(binding);
  }

  /** The latest report (FX thread). */
  public ReadOnlyObjectProperty<Progress> progress() {
    return progress.getReadOnlyProperty();
  }

  /** Completes with the last report once the unbind has finished or failed. */
  public CompletableFuture<Progress> finished() {
    return done;
  }

  /** Asks the user to confirm (FX thread); true when they chose Unbind. */
  public boolean confirm(Window owner) {
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("unbind.message", name, namespace, secret),
        ButtonType.CANCEL, ButtonType.OK);
    confirm.setTitle(I18n.t("unbind.title"));
    confirm.setHeaderText(I18n.t("unbind.header", name, secret));
    confirm.getDialogPane().setId("unbind-confirm");
    confirm.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    if (owner != null) {
      confirm.initOwner(owner);
    }
    Button ok = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
    ok.setText(I18n.t("unbind.confirm"));
    ok.setId("unbind-ok");
    ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
    ok.setDefaultButton(false);
    return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
  }

  /** Deletes the binding and follows it until it and its Secret are gone (call on the FX thread). */
  public CompletableFuture<Progress> start() {
    report(Step.DELETING, I18n.t("unbind.deleting", name));
    context.background()
        .supply(() -> context.connection().client().resources(ServiceBinding.class).inNamespace(namespace)
            .withName(name).delete())
        .whenCompleteAsync((details, error) -> {
          if (error != null) {
            fail(error);
          } else {
            followBinding();
          }
        }, context.fx());
    return done;
  }

  private void followBinding() {
    ObservableList<HasMetadata> items = context.store().list(ServiceCatalogKind.SERVICE_BINDING).items();
    storeListener = c -> checkBinding(items);
    items.addListener(storeListener);
    checkBinding(items);
  }

  private void checkBinding(ObservableList<HasMetadata> items) {
    if (progress.get().step() != Step.DELETING && progress.get().step() != Step.WAITING_FOR_BINDING) {
      return;
    }
    String key = Tables.key(binding);
    Optional<HasMetadata> current = items.stream().filter(o -> Tables.key(o).equals(key)).findFirst();
    if (current.isPresent()) {
      String status = ResourceStatus.of(current.get()).message();
      report(Step.WAITING_FOR_BINDING, status.isBlank() ? I18n.t("unbind.waiting", name)
          : I18n.t("unbind.waitingStatus", name, status));
      return;
    }
    items.removeListener(storeListener);
    followSecret();
  }

  private void followSecret() {
    report(Step.WAITING_FOR_SECRET, I18n.t("unbind.waitingSecret", name, secret));
    CompletableFuture<List<Secret>> gone = context.connection().client().secrets().inNamespace(namespace)
        .withName(secret).informOnCondition(List::isEmpty);
    gone.orTimeout(SECRET_WAIT.toSeconds(), TimeUnit.SECONDS).whenCompleteAsync((list, error) -> {
      if (error == null) {
        report(Step.DONE, I18n.t("unbind.done", name, secret));
        return;
      }
      gone.cancel(true);
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (cause instanceof TimeoutException) {
        report(Step.FAILED, I18n.t("unbind.secretStays", name, secret, SECRET_WAIT.toSeconds()));
      } else if (cause instanceof KubernetesClientException k && k.getCode() == HttpURLConnection.HTTP_FORBIDDEN) {
        report(Step.FAILED, I18n.t("unbind.secretUnknown", name, secret));
      } else {
        LOG.warn("Watching Secret {}/{} after unbinding failed", namespace, secret, cause);
        report(Step.FAILED, I18n.t("unbind.secretWatchFailed", name, secret, ConnectionErrors.rootMessage(cause)));
      }
    }, context.fx());
  }

  private void fail(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    LOG.warn("Deleting ServiceBinding {}/{} failed", namespace, name, cause);
    report(Step.FAILED, describe(cause));
  }

  private String describe(Throwable cause) {
    return describe(cause, namespace, name);
  }

  /** A failed delete of the binding as sentences: what was refused, where, and what to do (the RBAC rule on 403). */
  static String describe(Throwable cause, String namespace, String name) {
    return ActionErrors.sentence(cause, Action.on("delete", ServiceCatalogKind.SERVICE_BINDING, namespace, name));
  }

  private void report(Step step, String message) {
    Progress next = new Progress(step, message);
    progress.set(next);
    if (next.finished()) {
      done.complete(next);
    }
  }
}
