package io.servicecatalog.console.app.instances;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ActionErrors;
import io.servicecatalog.console.app.connection.ActionErrors.Action;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The actions of the instance detail pane: update (plan and parameters, with a review of the changes), touch to
 * retry, deprovision (offering to unbind first when bindings exist), abandon (behind an explained confirmation),
 * and bind (Ready instances, through a launcher the view supplies). What an action reported stays shown for that
 * instance across live redraws of the pane.
 */
public final class InstanceActionBar {

  /** How long "unbind, then deprovision" waits for the controller to remove the bindings. */
  static final Duration UNBIND_WAIT = Duration.ofMinutes(2);

  private final ViewContext context;
  private final InstanceActions actions;
  private final Map<String, String> feedback = new HashMap<>();
  private final Runnable redraw;
  private final Supplier<Window> owner;
  private Consumer<ServiceInstance> bind;

  /**
   * @param owner the window dialogs belong to (null while the view is not shown)
   * @param redraw redraws the detail pane (after feedback changed)
   */
  public InstanceActionBar(ViewContext context, Supplier<Window> owner, Runnable redraw) {
    this.context = context;
    this.owner = owner;
    this.actions = new InstanceActions(context.connection().client());
    this.redraw = redraw;
  }

  /** Who opens the bind wizard for a Ready instance; without one there is no Bind button. */
  public void setBindLauncher(Consumer<ServiceInstance> launcher) {
    this.bind = launcher;
  }

  /** The buttons (and the last feedback) for {@code instance}. */
  public Node node(ServiceInstance instance, Node... extra) {
    boolean deleting = instance.isMarkedForDeletion();
    FlowPane buttons = new FlowPane(8, 8);
    if (bind != null) {
      Button bindButton = new Button(I18n.t("instance.bind"), new FontIcon(Material2AL.LINK));
      bindButton.setId("instance-bind");
      bindButton.getStyleClass().add("accent");
      bindButton.setDisable(deleting || ResourceStatus.of(instance).phase() != Phase.READY);
      bindButton.setTooltip(new Tooltip(I18n.t("instance.bind.tooltip")));
      bindButton.setOnAction(e -> bind.accept(instance));
      buttons.getChildren().add(bindButton);
    }
    Button update = new Button(I18n.t("instance.update"), new FontIcon(Material2AL.EDIT));
    update.setId("instance-update");
    Optional<String> blocked = InstanceUpdate.blocked(instance);
    update.setDisable(blocked.isPresent());
    update.setTooltip(new Tooltip(blocked.orElse(I18n.t("instance.update.tooltip"))));
    update.setOnAction(e -> openUpdate(instance));
    Button touch = new Button(I18n.t("instance.touch"), new FontIcon(Material2MZ.REFRESH));
    touch.setId("instance-touch");
    touch.setDisable(deleting);
    touch.setTooltip(new Tooltip(I18n.t("instance.touch.tooltip")));
    touch.setOnAction(e -> touch(instance, touch));
    buttons.getChildren().addAll(update, touch);
    buttons.getChildren().addAll(extra);
    Button deprovision = new Button(I18n.t("instance.deprovision"), new FontIcon(Material2AL.DELETE));
    deprovision.setId("instance-deprovision");
    deprovision.getStyleClass().add("danger");
    deprovision.setDisable(deleting);
    deprovision.setOnAction(e -> confirmDeprovision(instance));
    Button abandon = new Button(I18n.t("instance.abandon"), new FontIcon(Material2AL.LINK_OFF));
    abandon.setId("instance-abandon");
    abandon.setTooltip(new Tooltip(I18n.t("instance.abandon.tooltip")));
    abandon.setOnAction(e -> confirmAbandon(instance));
    buttons.getChildren().addAll(deprovision, abandon);
    String said = feedback.get(Tables.key(instance));
    if (said == null) {
      return buttons;
    }
    Label note = new Label(said);
    note.setId("instance-feedback");
    note.setWrapText(true);
    note.getStyleClass().add("text-muted");
    return new VBox(8, buttons, note);
  }

  private void say(ServiceInstance instance, String text) {
    feedback.put(Tables.key(instance), text);
    redraw.run();
  }

  private Window owner() {
    return owner.get();
  }

  private void styled(javafx.scene.control.Dialog<?> dialog, Window owner) {
    if (owner != null) {
      dialog.initOwner(owner);
      if (owner.getScene() != null) {
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
      }
    }
  }

  private void touch(ServiceInstance instance, Button button) {
    button.setDisable(true);
    String name = instance.getMetadata().getName();
    context.background().supply(() -> actions.touch(instance)).whenCompleteAsync((count, error) -> {
      button.setDisable(false);
      say(instance, error == null ? I18n.t("instance.touched", name, count)
          : ActionErrors.sentence(error, Action.on("update", instance)));
    }, context.fx());
  }

  /** Opens the update dialog for {@code instance}. */
  public UpdateInstanceDialog openUpdate(ServiceInstance instance) {
    List<HasMetadata> classes = List.copyOf(context.store().list(instance.getSpec().refersToClusterClass()
        ? ServiceCatalogKind.CLUSTER_SERVICE_CLASS : ServiceCatalogKind.SERVICE_CLASS).items());
    List<HasMetadata> planItems = List.copyOf(context.store().list(instance.getSpec().refersToClusterClass()
        ? ServiceCatalogKind.CLUSTER_SERVICE_PLAN : ServiceCatalogKind.SERVICE_PLAN).items());
    ServiceClassResource serviceClass = InstanceCatalog.classOf(instance, classes).orElse(null);
    List<ServicePlanResource> plans = serviceClass == null ? List.of() : InstanceCatalog.plansOf(serviceClass, planItems);
    ServicePlanResource current = serviceClass == null ? null : InstanceCatalog.planOf(instance, serviceClass, planItems).orElse(null);
    InstanceUpdate.PlanRule rule = InstanceUpdate.planRule(serviceClass, plans);
    if (current == null && rule.allowed()) {
      rule = new InstanceUpdate.PlanRule(false, I18n.t("update.plan.noClass"));
    }
    Window owner = owner();
    UpdateInstanceDialog dialog = new UpdateInstanceDialog(context, actions, new InstanceUpdate(instance, current),
        plans, rule, null);
    styled(dialog, owner);
    dialog.setOnHidden(e -> {
      if (dialog.getResult() != null) {
        say(instance, I18n.t("instance.updated", instance.getMetadata().getName()));
      }
    });
    dialog.show();
    return dialog;
  }

  private void confirmDeprovision(ServiceInstance instance) {
    String name = instance.getMetadata().getName();
    List<ServiceBinding> bindings = InstanceCatalog.bindingsOf(instance,
        context.store().list(ServiceCatalogKind.SERVICE_BINDING).items());
    Alert confirm;
    if (bindings.isEmpty()) {
      confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("deprovision.message", name), ButtonType.CANCEL, ButtonType.OK);
      confirm.setHeaderText(I18n.t("deprovision.header", name));
      ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText(I18n.t("deprovision.confirm"));
    } else {
      String names = String.join(", ", bindings.stream().map(b -> b.getMetadata().getName()).toList());
      confirm = new Alert(Alert.AlertType.WARNING, I18n.t("deprovision.blocked.message", name, bindings.size(), names),
          ButtonType.CANCEL, ButtonType.OK);
      confirm.setHeaderText(I18n.t("deprovision.blocked.header", name, bindings.size()));
      Button ok = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
      ok.setText(I18n.t("deprovision.unbindAll", bindings.size()));
      ok.setId("deprovision-unbind-all");
    }
    confirm.setTitle(I18n.t("deprovision.title"));
    confirm.getDialogPane().setId("deprovision-confirm");
    confirm.getDialogPane().setPrefWidth(520);
    ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).getStyleClass().add("danger");
    styled(confirm, owner());
    confirm.setResultConverter(b -> b);
    confirm.setOnHidden(e -> {
      if (!ButtonType.OK.equals(confirm.getResult())) {
        return;
      }
      if (bindings.isEmpty()) {
        say(instance, I18n.t("deprovision.requested", name));
        run(instance, () -> actions.delete(instance), Action.on("delete", instance), I18n.t("deprovision.done", name));
      } else {
        say(instance, I18n.t("deprovision.unbinding", name, bindings.size()));
        run(instance, () -> actions.unbindAndDelete(instance, bindings, UNBIND_WAIT), Action.on("delete", instance),
            I18n.t("deprovision.done", name));
      }
    });
    confirm.show();
  }

  private void confirmAbandon(ServiceInstance instance) {
    String name = instance.getMetadata().getName();
    Alert confirm = new Alert(Alert.AlertType.WARNING, null, ButtonType.CANCEL, ButtonType.OK);
    confirm.setTitle(I18n.t("abandon.title"));
    confirm.setHeaderText(I18n.t("abandon.header", name));
    Label explain = new Label(I18n.t("abandon.message", name));
    explain.setWrapText(true);
    CheckBox understood = new CheckBox(I18n.t("abandon.understood"));
    understood.setId("abandon-understood");
    understood.setWrapText(true);
    VBox body = new VBox(12, explain, understood);
    body.setAlignment(Pos.TOP_LEFT);
    confirm.getDialogPane().setContent(body);
    confirm.getDialogPane().setId("abandon-confirm");
    confirm.getDialogPane().setPrefWidth(540);
    Button ok = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
    ok.setText(I18n.t("abandon.confirm"));
    ok.setId("abandon-ok");
    ok.getStyleClass().add("danger");
    ok.disableProperty().bind(understood.selectedProperty().not());
    ButtonBar.setButtonData(ok, ButtonBar.ButtonData.OK_DONE);
    styled(confirm, owner());
    confirm.setResultConverter(b -> b);
    confirm.setOnHidden(e -> {
      if (ButtonType.OK.equals(confirm.getResult()) && understood.isSelected()) {
        run(instance, () -> actions.abandon(instance), Action.on("update", instance), I18n.t("abandon.done", name));
      }
    });
    confirm.show();
  }

  private void run(ServiceInstance instance, Runnable work, Action action, String done) {
    context.background().run(work).whenCompleteAsync((v, error) ->
        say(instance, error == null ? done : ActionErrors.sentence(error, action)), context.fx());
  }
}
