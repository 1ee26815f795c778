package io.servicecatalog.console.app.bindings;

import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Pod snippet in its own window: reads the binding Secret's key names (with {@link SecretKeys#read}, off the FX
 * thread) and then shows a {@link PodSnippetPane}.
 */
public final class PodSnippetDialog {

  private PodSnippetDialog() {
  }

  /** Opens the snippet for {@code binding}'s Secret; the returned future completes with the pane once keys are read. */
  public static CompletableFuture<PodSnippetPane> show(Window owner, ViewContext context, ServiceBinding binding) {
    SecretAccess access = new SecretAccess(context.connection().client());
    return show(owner, binding.getMetadata().getNamespace(), BindingsView.secretName(binding), access,
        context.background(), context.fx());
  }

  /** Opens the snippet for the Secret {@code namespace}/{@code secretName}. */
  public static CompletableFuture<PodSnippetPane> show(Window owner, String namespace, String secretName,
      SecretAccess access, BackgroundExecutor background, Executor fx) {
    Stage stage = new Stage();
    stage.setTitle(I18n.t("snippet.window", namespace, secretName));
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.NONE);
    }
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setMaxSize(32, 32);
    StackPane root = new StackPane(spinner);
    root.setId("snippet-window");
    Scene scene = new Scene(root, 1040, 680);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    stage.setScene(scene);
    stage.show();
    return background.supply(() -> SecretKeys.read(access, namespace, secretName))
        .exceptionally(error -> SecretKeys.unknown(I18n.t("secret.failed", ConnectionErrors.rootMessage(error))))
        .thenApplyAsync(keys -> {
          PodSnippetPane pane = new PodSnippetPane(namespace, secretName, keys, background, fx);
          root.getChildren().setAll(pane);
          return pane;
        }, fx)
        .whenCompleteAsync((pane, error) -> {
          if (error != null) {
            root.getChildren().setAll(new Label(I18n.t("snippet.failed", ConnectionErrors.rootMessage(error))));
          }
        }, fx);
  }
}
