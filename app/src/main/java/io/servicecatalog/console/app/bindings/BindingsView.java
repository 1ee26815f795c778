package io.servicecatalog.console.app.bindings;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.SecretClipboard;
import io.servicecatalog.console.app.instances.InstancesView;
import io.servicecatalog.console.app.shell.DetailPane;
import io.servicecatalog.console.app.shell.Formats;
import io.servicecatalog.console.app.shell.ListPage;
import io.servicecatalog.console.app.shell.Place;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.ui.controls.ConditionBadge;
import io.servicecatalog.console.ui.controls.MaskedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import io.servicecatalog.console.model.status.Phase;
import javafx.scene.layout.FlowPane;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Service bindings in a live table (namespace, instance, Secret, status, age) with the selected binding in
 * full: conditions, its instance, and its Secret's keys with values masked, revealed per key or all at once
 * only when the API server says the user may get the Secret, and copied to the clipboard on request.
 */
public final class BindingsView extends ListPage<ServiceBinding> {

  private final SecretAccess secrets;
  private final SecretClipboard clipboard;
  /** The Secret view last read per binding key, so live updates do not re-read it or re-mask revealed values. */
  private final Map<String, Node> secretPanes = new HashMap<>();
  private final UnbindStatus unbindStatus = new UnbindStatus();

  public BindingsView(ViewContext context) {
    super(context, ServiceCatalogKind.SERVICE_BINDING, "bindings", I18n.t("nav.bindings"));
    getStyleClass().add("bindings-view");
    this.secrets = new SecretAccess(context.connection().client());
    this.clipboard = new SecretClipboard(context.settings(), context.background().timers(), context.fx());
    table.getColumns().setAll(List.of(
        Tables.text(I18n.t("col.name"), 170, b -> b.getMetadata().getName()),
        Tables.namespace(I18n.t("col.namespace"), 110),
        Tables.text(I18n.t("col.instance"), 150, BindingsView::instanceName),
        Tables.text(I18n.t("col.secret"), 150, BindingsView::secretName),
        Tables.<ServiceBinding>status(I18n.t("col.status"), 260),
        Tables.<ServiceBinding>age(I18n.t("col.age"))));
    Tables.minWidths(table, 110, 80, 110, 110, 120, 56);
    showNamespaceColumn();
    setBottom(unbindStatus);
    redraw();
  }

  /**
   * Asks to confirm, then unbinds {@code binding} and shows the progress at the bottom of the view until the binding
   * and its Secret are gone.
   *
   * @return the unbind, or empty when the user cancelled
   */
  public Optional<Unbinder> unbind(ServiceBinding binding) {
    Unbinder unbinder = new Unbinder(context, binding);
    if (!unbinder.confirm(getScene() == null ? null : getScene().getWindow())) {
      return Optional.empty();
    }
    unbindStatus.follow(unbinder);
    unbinder.start();
    return Optional.of(unbinder);
  }

  static String instanceName(ServiceBinding b) {
    return b.getSpec() == null || b.getSpec().getInstanceRef() == null ? "" : b.getSpec().getInstanceRef().getName();
  }

  /** The Secret's name: spec.secretName, or the binding's name as the controller defaults it. */
  static String secretName(ServiceBinding b) {
    return b.getSpec() == null || b.getSpec().getSecretName() == null ? b.getMetadata().getName() : b.getSpec().getSecretName();
  }

  @Override
  protected String searchText(ServiceBinding b) {
    return String.join(" ", b.getMetadata().getName(), Objects.requireNonNullElse(b.getMetadata().getNamespace(), ""),
        instanceName(b), secretName(b), ResourceStatus.of(b).svcatStatus());
  }

  @Override
  protected Node detail(ServiceBinding binding) {
    ResourceStatus status = ResourceStatus.of(binding);
    Label name = new Label(binding.getMetadata().getName());
    name.setId("binding-name");
    name.getStyleClass().add("title-3");
    name.setTextOverrun(OverrunStyle.ELLIPSIS);
    name.setTooltip(new Tooltip(binding.getMetadata().getName()));
    name.setMinWidth(0);
    ConditionBadge badge = new ConditionBadge(status.label(), Formats.tone(status.phase()));
    badge.setId("binding-status");
    HBox title = new HBox(10, name, badge);
    title.setAlignment(Pos.CENTER_LEFT);
    Label message = new Label(status.message());
    message.setId("binding-message");
    message.setWrapText(true);

    GridPane facts = DetailPane.facts();
    DetailPane.fact(facts, I18n.t("col.namespace"), binding.getMetadata().getNamespace(), "binding-namespace");
    ServiceInstance instance = instance(binding);
    if (instance != null) {
      ResourceStatus s = ResourceStatus.of(instance);
      Hyperlink link = new Hyperlink(instance.getMetadata().getName());
      link.setId("binding-instance");
      link.setOnAction(e -> context.navigator().go(Place.INSTANCES, page -> ((InstancesView) page).select(instance)));
      Label service = new Label(InstancesView.className(context.store(), instance) + " \u00b7 " + InstancesView.planName(context.store(), instance));
      service.getStyleClass().add("text-muted");
      HBox row = new HBox(8, new ConditionBadge(s.label(), Formats.tone(s.phase())), link, service);
      row.setAlignment(Pos.CENTER_LEFT);
      DetailPane.fact(facts, I18n.t("col.instance"), row);
    } else {
      DetailPane.fact(facts, I18n.t("col.instance"), I18n.t("binding.noInstance", instanceName(binding)), "binding-instance");
    }
    DetailPane.fact(facts, I18n.t("col.secret"), secretName(binding), "binding-secret");

    Button yaml = new Button(I18n.t("yaml.button"), new FontIcon(Material2AL.CODE));
    yaml.setId("binding-yaml");
    yaml.setOnAction(e -> context.showYaml().accept(binding));
    Button snippet = new Button(I18n.t("snippet.button"), new FontIcon(Material2AL.DESCRIPTION));
    snippet.setId("binding-snippet");
    // Only a Ready binding has its Secret; before that there is nothing for a Pod to read.
    snippet.setDisable(status.phase() != Phase.READY);
    snippet.setOnAction(e -> PodSnippetDialog.show(getScene() == null ? null : getScene().getWindow(), context, binding));
    Button unbind = new Button(I18n.t("unbind.button"), new FontIcon(Material2AL.LINK_OFF));
    unbind.setId("binding-unbind");
    unbind.getStyleClass().add("danger");
    unbind.setDisable(binding.getMetadata().getDeletionTimestamp() != null);
    unbind.setOnAction(e -> unbind(binding));
    FlowPane actions = new FlowPane(8, 8, snippet, yaml, unbind);
    return new VBox(12, title, message, actions, DetailPane.heading(I18n.t("detail.facts")), facts,
        DetailPane.heading(I18n.t("binding.credentials")), secretPane(binding),
        DetailPane.heading(I18n.t("detail.conditions")),
        DetailPane.conditions(binding.getStatus() == null ? null : binding.getStatus().getConditions(), "binding-conditions"));
  }

  private ServiceInstance instance(ServiceBinding binding) {
    String name = instanceName(binding);
    for (HasMetadata item : context.store().list(ServiceCatalogKind.SERVICE_INSTANCE).items()) {
      if (item instanceof ServiceInstance i && name.equals(i.getMetadata().getName())
          && Objects.equals(i.getMetadata().getNamespace(), binding.getMetadata().getNamespace())) {
        return i;
      }
    }
    return null;
  }

  private Node secretPane(ServiceBinding binding) {
    String key = Tables.key(binding) + "#" + secretName(binding);
    return secretPanes.computeIfAbsent(key, k -> loadSecret(binding));
  }

  /** Reads the Secret off the FX thread and fills the pane when it arrives. */
  private Node loadSecret(ServiceBinding binding) {
    VBox pane = new VBox(8);
    pane.setId("binding-secret-pane");
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    pane.getChildren().add(spinner);
    String namespace = binding.getMetadata().getNamespace();
    String name = secretName(binding);
    Map<String, String> messages = Map.of(
        "forbidden", I18n.t("secret.forbidden", namespace, name),
        "missing", I18n.t("secret.missing", namespace, name));
    context.background().supply(() -> secrets.read(namespace, name, messages)).whenCompleteAsync((view, error) -> {
      pane.getChildren().clear();
      if (error != null || !view.problem().isEmpty()) {
        Label problem = new Label(error != null ? I18n.t("secret.failed", io.servicecatalog.console.app.connection.ConnectionErrors.rootMessage(error))
            : view.problem());
        problem.setId("binding-secret-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("text-muted");
        pane.getChildren().add(problem);
        return;
      }
      List<MaskedValue> values = new ArrayList<>();
      GridPane grid = DetailPane.facts();
      for (Map.Entry<String, String> entry : view.keys().entrySet()) {
        MaskedValue value = new MaskedValue("secret-" + entry.getKey(), I18n.t("secret.reveal"), I18n.t("secret.copy"));
        value.setValue(entry.getValue());
        value.setRevealAllowed(view.mayReveal());
        value.setCopyHandler(clipboard::copy);
        values.add(value);
        Label keyLabel = new Label(entry.getKey());
        keyLabel.getStyleClass().add("code-label");
        keyLabel.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(keyLabel, 0, grid.getRowCount());
        grid.add(value, 1, grid.getRowCount() - 1);
      }
      Button all = new Button(I18n.t("secret.revealAll"));
      all.setId("secret-reveal-all");
      all.setDisable(!view.mayReveal() || values.isEmpty());
      all.setOnAction(e -> {
        boolean show = values.stream().anyMatch(v -> !v.isRevealed());
        values.forEach(v -> v.setRevealed(show));
        all.setText(I18n.t(show ? "secret.hideAll" : "secret.revealAll"));
      });
      Label note = new Label(view.mayReveal() ? I18n.t("secret.count", values.size())
          : I18n.t("secret.noPermission", namespace, name));
      note.setId("secret-note");
      note.setWrapText(true);
      note.getStyleClass().add("text-muted");
      HBox head = new HBox(12, all, note);
      head.setAlignment(Pos.CENTER_LEFT);
      pane.getChildren().addAll(head, grid);
    }, context.fx());
    return pane;
  }
}
