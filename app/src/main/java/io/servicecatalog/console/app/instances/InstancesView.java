package io.servicecatalog.console.app.instances;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.bind.BindWizard;
import io.servicecatalog.console.app.bindings.BindingsView;
import io.servicecatalog.console.app.provision.ProvisionWizard;
import io.servicecatalog.console.app.shell.DetailPane;
import io.servicecatalog.console.app.shell.Formats;
import io.servicecatalog.console.app.shell.ListPage;
import io.servicecatalog.console.app.shell.Place;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.app.store.CatalogStore;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ParametersFromSource;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.ui.controls.ConditionBadge;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Service instances in a live table (namespace, class and plan by display name, status with its message,
 * age) with the selected instance in full: conditions, parameters (values that come from Secrets shown as
 * {@code <redacted>}), dashboard link, and its bindings.
 */
public final class InstancesView extends ListPage<ServiceInstance> {

  static final String REDACTED = "<redacted>";
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final InstanceActionBar actions;
  private Consumer<ServiceBinding> onBindingReady = b -> { };

  public InstancesView(ViewContext context) {
    super(context, ServiceCatalogKind.SERVICE_INSTANCE, "instances", I18n.t("nav.instances"));
    this.actions = new InstanceActionBar(context, () -> getScene() == null ? null : getScene().getWindow(), this::redraw);
    actions.setBindLauncher(this::openBind);
    // The bindings listed in the detail pane, and the deprovision check, follow the live bindings.
    context.store().list(ServiceCatalogKind.SERVICE_BINDING).items().addListener(
        (javafx.collections.ListChangeListener<HasMetadata>) c -> redraw());
    getStyleClass().add("instances-view");
    table.getColumns().setAll(List.of(
        Tables.text(I18n.t("col.name"), 170, i -> i.getMetadata().getName()),
        Tables.namespace(I18n.t("col.namespace"), 110),
        Tables.text(I18n.t("col.class"), 150, i -> className(context.store(), i)),
        Tables.text(I18n.t("col.plan"), 100, i -> planName(context.store(), i)),
        Tables.<ServiceInstance>status(I18n.t("col.status"), 260),
        Tables.<ServiceInstance>age(I18n.t("col.age"))));
    Tables.minWidths(table, 110, 80, 110, 80, 120, 56);
    showNamespaceColumn();
    Button create = new Button(I18n.t("instances.new"), new FontIcon(Material2AL.ADD));
    create.setId("instances-new");
    create.getStyleClass().add("accent");
    create.setMinWidth(Button.USE_PREF_SIZE);
    create.setOnAction(e -> ProvisionWizard.open(context, getScene().getWindow(), null, null,
        ProvisionWizard.navigating(context).withBindNow(this::openBind)));
    addHeaderActions(create);
    redraw();
    // The class and plan columns, and the search text, show the class's and plan's display names.
    for (ServiceCatalogKind kind : List.of(ServiceCatalogKind.CLUSTER_SERVICE_CLASS, ServiceCatalogKind.SERVICE_CLASS,
        ServiceCatalogKind.CLUSTER_SERVICE_PLAN, ServiceCatalogKind.SERVICE_PLAN)) {
      context.store().list(kind).items().addListener((javafx.beans.InvalidationListener) o -> othersChanged());
    }
  }

  @Override
  protected String searchText(ServiceInstance i) {
    return String.join(" ", i.getMetadata().getName(), Objects.requireNonNullElse(i.getMetadata().getNamespace(), ""),
        className(context.store(), i), planName(context.store(), i), ResourceStatus.of(i).svcatStatus());
  }

  /** The class's display name, from the store when it holds the class, else the name the instance used. */
  public static String className(CatalogStore store, ServiceInstance instance) {
    ServiceInstanceSpec spec = instance.getSpec();
    if (spec == null) {
      return "";
    }
    boolean cluster = spec.refersToClusterClass();
    String ref = cluster ? (spec.getClusterServiceClassRef() == null ? spec.getClusterServiceClassName() : spec.getClusterServiceClassRef().getName())
        : (spec.getServiceClassRef() == null ? spec.getServiceClassName() : spec.getServiceClassRef().getName());
    if (ref != null) {
      // An indexed lookup: a table of thousands of instances resolves a class per row, and search per keystroke.
      var found = store.list(cluster ? ServiceCatalogKind.CLUSTER_SERVICE_CLASS : ServiceCatalogKind.SERVICE_CLASS)
          .find(cluster ? null : instance.getMetadata().getNamespace(), ref);
      if (found.isPresent()) {
        return ((ServiceClassResource) found.get()).getSpec().displayName();
      }
    }
    String external = cluster ? spec.getClusterServiceClassExternalName() : spec.getServiceClassExternalName();
    if (external != null) {
      return external;
    }
    if (instance.getStatus() != null && instance.getStatus().getUserSpecifiedClassName() != null) {
      return instance.getStatus().getUserSpecifiedClassName().replaceFirst("^[A-Za-z]+/", "");
    }
    return Objects.requireNonNullElse(ref, "");
  }

  /** The plan's display name, resolved like {@link #className}. */
  public static String planName(CatalogStore store, ServiceInstance instance) {
    ServiceInstanceSpec spec = instance.getSpec();
    if (spec == null) {
      return "";
    }
    boolean cluster = spec.refersToClusterClass();
    String ref = cluster ? (spec.getClusterServicePlanRef() == null ? spec.getClusterServicePlanName() : spec.getClusterServicePlanRef().getName())
        : (spec.getServicePlanRef() == null ? spec.getServicePlanName() : spec.getServicePlanRef().getName());
    if (ref != null) {
      var found = store.list(cluster ? ServiceCatalogKind.CLUSTER_SERVICE_PLAN : ServiceCatalogKind.SERVICE_PLAN)
          .find(cluster ? null : instance.getMetadata().getNamespace(), ref);
      if (found.isPresent()) {
        return ((ServicePlanResource) found.get()).getSpec().displayName();
      }
    }
    String external = cluster ? spec.getClusterServicePlanExternalName() : spec.getServicePlanExternalName();
    if (external != null) {
      return external;
    }
    if (instance.getStatus() != null && instance.getStatus().getUserSpecifiedPlanName() != null) {
      return instance.getStatus().getUserSpecifiedPlanName();
    }
    return Objects.requireNonNullElse(ref, "");
  }

  /**
   * Called (on the FX thread) when a binding made with the bind wizard is Ready: the place to offer the next step,
   * such as a Pod snippet from its Secret.
   */
  public void setOnBindingReady(Consumer<ServiceBinding> onReady) {
    this.onBindingReady = onReady == null ? b -> { } : onReady;
  }

  /** Opens the bind wizard for {@code instance}. */
  public BindWizard openBind(ServiceInstance instance) {
    return BindWizard.open(context, instance, getScene() == null ? null : getScene().getWindow(), b -> onBindingReady.accept(b));
  }

  /** The detail pane's actions (update, touch, deprovision, abandon, bind). */
  public InstanceActionBar actions() {
    return actions;
  }

  @Override
  protected Node detail(ServiceInstance instance) {
    ResourceStatus status = ResourceStatus.of(instance);
    Label name = new Label(instance.getMetadata().getName());
    name.setId("instance-name");
    name.getStyleClass().add("title-3");
    name.setTextOverrun(OverrunStyle.ELLIPSIS);
    name.setTooltip(new Tooltip(instance.getMetadata().getName()));
    name.setMinWidth(0);
    ConditionBadge badge = new ConditionBadge(status.label(), Formats.tone(status.phase()));
    badge.setId("instance-status");
    HBox title = new HBox(10, name, badge);
    title.setAlignment(Pos.CENTER_LEFT);
    Label message = new Label(status.message());
    message.setId("instance-message");
    message.setWrapText(true);

    GridPane facts = DetailPane.facts();
    DetailPane.fact(facts, I18n.t("col.namespace"), instance.getMetadata().getNamespace(), "instance-namespace");
    DetailPane.fact(facts, I18n.t("col.class"), className(context.store(), instance), "instance-class");
    DetailPane.fact(facts, I18n.t("col.plan"), planName(context.store(), instance), "instance-plan");
    String dashboard = instance.getStatus() == null ? null : instance.getStatus().getDashboardURL();
    if (dashboard != null && !dashboard.isBlank()) {
      Hyperlink link = new Hyperlink(dashboard, new FontIcon(Material2MZ.OPEN_IN_NEW));
      link.setId("instance-dashboard");
      link.setOnAction(e -> context.openUrl().accept(dashboard));
      link.setMinWidth(0);
      link.setTextOverrun(OverrunStyle.ELLIPSIS);
      DetailPane.fact(facts, I18n.t("instance.dashboard"), link);
    }
    DetailPane.fact(facts, I18n.t("instance.externalId"), instance.getSpec() == null ? null : instance.getSpec().getExternalID(), "instance-external-id");

    Button yaml = new Button(I18n.t("yaml.button"), new FontIcon(Material2AL.CODE));
    yaml.setId("instance-yaml");
    yaml.setOnAction(e -> context.showYaml().accept(instance));

    VBox box = new VBox(12, title, message, actions.node(instance, yaml), DetailPane.heading(I18n.t("detail.facts")), facts,
        DetailPane.heading(I18n.t("detail.conditions")),
        DetailPane.conditions(instance.getStatus() == null ? null : instance.getStatus().getConditions(), "instance-conditions"),
        DetailPane.heading(I18n.t("instance.parameters")), parameters(instance),
        DetailPane.heading(I18n.t("instance.bindings")), bindings(instance));
    return box;
  }

  private Node parameters(ServiceInstance instance) {
    TextArea text = new TextArea(parametersText(instance.getSpec()));
    text.setId("instance-parameters");
    text.setEditable(false);
    text.getStyleClass().add("code");
    text.setPrefRowCount(Math.max(2, Math.min(12, (int) text.getText().lines().count())));
    return text;
  }

  /**
   * The parameters as the user gave them, with each {@code parametersFrom} Secret listed and its values
   * shown as {@code <redacted>}: the console does not read those Secrets to show parameters.
   */
  static String parametersText(ServiceInstanceSpec spec) {
    var tree = JSON.createObjectNode();
    if (spec != null && spec.getParameters() != null && spec.getParameters().isObject()) {
      tree.setAll((com.fasterxml.jackson.databind.node.ObjectNode) spec.getParameters().deepCopy());
    }
    List<String> sources = new ArrayList<>();
    if (spec != null && spec.getParametersFrom() != null) {
      for (ParametersFromSource from : spec.getParametersFrom()) {
        if (from.getSecretKeyRef() != null) {
          sources.add(I18n.t("instance.parametersFrom", from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey(), REDACTED));
        }
      }
    }
    if (tree.isEmpty() && sources.isEmpty()) {
      return I18n.t("instance.noParameters");
    }
    StringBuilder out = new StringBuilder();
    if (!tree.isEmpty()) {
      out.append(pretty(tree));
    }
    for (String source : sources) {
      out.append(out.isEmpty() ? "" : "\n").append(source);
    }
    return out.toString();
  }

  private static String pretty(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return node.toString();
    }
  }

  private Node bindings(ServiceInstance instance) {
    VBox list = new VBox(6);
    list.setId("instance-bindings");
    for (HasMetadata item : context.store().list(ServiceCatalogKind.SERVICE_BINDING).items()) {
      if (item instanceof ServiceBinding binding && binding.getSpec() != null && binding.getSpec().getInstanceRef() != null
          && instance.getMetadata().getName().equals(binding.getSpec().getInstanceRef().getName())
          && Objects.equals(instance.getMetadata().getNamespace(), binding.getMetadata().getNamespace())) {
        ResourceStatus s = ResourceStatus.of(binding);
        Hyperlink link = new Hyperlink(binding.getMetadata().getName());
        link.setOnAction(e -> context.navigator().go(Place.BINDINGS, page -> ((BindingsView) page).select(binding)));
        // Unbinding runs in the Bindings view, which confirms and shows its progress.
        Hyperlink unbind = new Hyperlink(I18n.t("unbind.button"));
        unbind.setId("instance-unbind-" + binding.getMetadata().getName());
        unbind.setOnAction(e -> context.navigator().go(Place.BINDINGS, page -> ((BindingsView) page).unbind(binding)));
        HBox row = new HBox(8, new ConditionBadge(s.label(), Formats.tone(s.phase())), link, unbind);
        row.setAlignment(Pos.CENTER_LEFT);
        list.getChildren().add(row);
      }
    }
    if (list.getChildren().isEmpty()) {
      Label none = new Label(I18n.t("instance.noBindings"));
      none.getStyleClass().add("text-muted");
      list.getChildren().add(none);
    }
    return list;
  }
}
