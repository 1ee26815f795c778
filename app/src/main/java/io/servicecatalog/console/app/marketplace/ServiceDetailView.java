package io.servicecatalog.console.app.marketplace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.bind.BindWizard;
import io.servicecatalog.console.app.provision.ProvisionWizard;
import io.servicecatalog.console.ui.editor.CodeEditor;
import io.servicecatalog.console.ui.editor.EditorLanguage;
import io.servicecatalog.console.ui.schemaform.SchemaForm;
import io.servicecatalog.console.app.shell.Formats;
import io.servicecatalog.console.app.shell.Place;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.CommonServicePlanSpec;
import io.servicecatalog.console.model.v1beta1.ServiceClassDisplay;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServiceInstanceSpec;
import io.servicecatalog.console.model.v1beta1.ServicePlanDisplay;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.ui.controls.ConditionBadge;
import io.servicecatalog.console.ui.controls.ConditionBadge.Tone;
import io.servicecatalog.console.ui.controls.Controls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One service in full: description, links, every plan as a card (costs, bullets, free, bindable,
 * updatable, the raw parameter schemas), and the instances made from it. Follows live updates and keeps
 * its scroll position.
 */
public final class ServiceDetailView extends ScrollPane {

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final ViewContext context;
  private final MarketplaceModel model;
  private final IconCache icons;
  private final String key;
  private final Runnable onBack;
  private final ListChangeListener<Object> listener = c -> refresh();
  private ServiceEntry shown;

  ServiceDetailView(ViewContext context, MarketplaceModel model, IconCache icons, String key, Runnable onBack) {
    this.context = context;
    this.model = model;
    this.icons = icons;
    this.key = key;
    this.onBack = onBack;
    setId("service-detail");
    getStyleClass().addAll("service-detail", "edge-to-edge");
    setFitToWidth(true);
    model.all().addListener(listener);
    context.store().list(ServiceCatalogKind.SERVICE_INSTANCE).items().addListener(listener);
    refresh();
  }

  /** Stops following updates. */
  void close() {
    model.all().removeListener(listener);
    context.store().list(ServiceCatalogKind.SERVICE_INSTANCE).items().removeListener(listener);
  }

  private void refresh() {
    Optional<ServiceEntry> entry = model.find(key);
    double scroll = getVvalue();
    if (entry.isEmpty()) {
      Label gone = new Label(I18n.t("detail.gone"));
      gone.setId("detail-gone");
      VBox box = new VBox(12, backButton(), gone);
      box.setPadding(new Insets(20));
      setContent(box);
      return;
    }
    if (entry.get().equals(shown) && getContent() != null) {
      // Only the instances changed.
      VBox root = (VBox) getContent();
      root.getChildren().set(root.getChildren().size() - 1, instances(entry.get()));
      return;
    }
    shown = entry.get();
    VBox root = new VBox(20, backButton(), header(shown), plans(shown), instances(shown));
    root.setPadding(new Insets(16, 24, 24, 24));
    root.getStyleClass().add("detail-body");
    setContent(root);
    setVvalue(scroll);
  }

  private Button backButton() {
    Button back = new Button(I18n.t("detail.back"), new FontIcon(Material2AL.ARROW_BACK));
    back.setId("detail-back");
    back.getStyleClass().add("flat");
    back.setOnAction(e -> onBack.run());
    return back;
  }

  private Node header(ServiceEntry entry) {
    ServiceClassDisplay display = entry.serviceClass().getSpec().display();
    StackPane icon = new StackPane(IconCache.fallback(entry.tags(), entry.externalName()));
    icon.getStyleClass().add("detail-icon");
    icon.setMinSize(64, 64);
    icon.setMaxSize(64, 64);
    entry.imageUrl().ifPresent(url -> icons.image(url).thenAcceptAsync(
        image -> image.ifPresent(img -> icon.getChildren().setAll(IconCache.view(img, 52))), context.fx()));
    Label title = new Label(entry.displayName());
    title.setId("detail-title");
    title.getStyleClass().add("title-1");
    title.setTextOverrun(OverrunStyle.ELLIPSIS);
    title.setTooltip(new Tooltip(entry.displayName()));
    title.setMinWidth(0);
    Label facts = new Label(String.join("  \u00b7  ", nonEmpty(entry.provider(),
        I18n.t("detail.name", entry.externalName()), I18n.t("marketplace.viaBroker", entry.broker()))));
    facts.getStyleClass().add("text-muted");
    facts.setMinWidth(0);
    HBox badges = new HBox(6);
    badges.getChildren().add(new ConditionBadge(I18n.t(entry.clusterScoped() ? "scope.cluster" : "scope.namespace"), Tone.NEUTRAL));
    if (entry.bindable()) {
      badges.getChildren().add(new ConditionBadge(I18n.t("plan.bindable"), Tone.ACCENT));
    }
    if (entry.removed()) {
      ConditionBadge removed = new ConditionBadge(I18n.t("marketplace.badge.removed"), Tone.WARNING);
      removed.setId("detail-removed");
      badges.getChildren().add(removed);
    }
    for (String tag : entry.tags()) {
      Label chip = new Label(tag);
      chip.getStyleClass().add(Controls.CHIP);
      badges.getChildren().add(chip);
    }
    FlowPane badgeFlow = new FlowPane(6, 6);
    badgeFlow.getChildren().setAll(badges.getChildren());
    VBox names = new VBox(4, title, facts, badgeFlow);
    names.setMinWidth(0);
    HBox.setHgrow(names, Priority.ALWAYS);
    HBox top = new HBox(16, icon, names);
    top.setAlignment(Pos.CENTER_LEFT);

    Label description = new Label(display.longDescription().orElse(entry.description()));
    description.setId("detail-description");
    description.setWrapText(true);
    description.setMaxWidth(900);
    HBox links = new HBox(16);
    display.documentationUrl().ifPresent(url -> links.getChildren().add(link("detail-docs", I18n.t("detail.docs"), url)));
    display.supportUrl().ifPresent(url -> links.getChildren().add(link("detail-support", I18n.t("detail.support"), url)));
    VBox box = new VBox(12, top, description);
    if (!links.getChildren().isEmpty()) {
      box.getChildren().add(links);
    }
    if (entry.removed()) {
      Label warning = new Label(I18n.t("detail.removed"));
      warning.setWrapText(true);
      warning.getStyleClass().add("problem");
      box.getChildren().add(warning);
    }
    return box;
  }

  private Hyperlink link(String id, String text, String url) {
    Hyperlink link = new Hyperlink(text, new FontIcon(Material2MZ.OPEN_IN_NEW));
    link.setId(id);
    link.setTooltip(new Tooltip(url));
    link.setOnAction(e -> context.openUrl().accept(url));
    return link;
  }

  private Node plans(ServiceEntry entry) {
    Label heading = new Label(I18n.t("detail.plans", entry.plans().size()));
    heading.getStyleClass().add("title-3");
    FlowPane cards = new FlowPane(12, 12);
    cards.setId("detail-plans");
    List<ServicePlanResource> plans = new ArrayList<>(entry.plans());
    plans.sort(Comparator.comparing((ServicePlanResource p) -> p.isRemovedFromBrokerCatalog())
        .thenComparing(p -> p.getSpec().displayName(), Comparator.nullsLast(Comparator.naturalOrder())));
    boolean planUpdatable = Boolean.TRUE.equals(entry.serviceClass().getSpec().getPlanUpdatable());
    for (ServicePlanResource plan : plans) {
      cards.getChildren().add(planCard(entry, plan, planUpdatable));
    }
    if (plans.isEmpty()) {
      Label none = new Label(I18n.t("detail.noPlans"));
      none.getStyleClass().add("text-muted");
      cards.getChildren().add(none);
    }
    return new VBox(10, heading, cards);
  }

  private Node planCard(ServiceEntry entry, ServicePlanResource plan, boolean planUpdatable) {
    CommonServicePlanSpec spec = plan.getSpec();
    ServicePlanDisplay display = spec.display();
    String id = Objects.requireNonNullElse(spec.getExternalName(), plan.getMetadata().getName());
    Label name = new Label(spec.displayName());
    name.getStyleClass().add("plan-name");
    name.setTextOverrun(OverrunStyle.ELLIPSIS);
    name.setTooltip(new Tooltip(spec.displayName()));
    name.setMinWidth(0);
    Label description = new Label(Objects.requireNonNullElse(spec.getDescription(), ""));
    description.setWrapText(true);
    description.getStyleClass().add("text-muted");
    boolean free = Boolean.TRUE.equals(spec.getFree());
    Label cost = new Label(free ? I18n.t("plan.free")
        : display.costs().isEmpty() ? I18n.t("plan.paid")
        : String.join("\n", display.costs().stream().map(c -> Formats.cost(c, Locale.getDefault())).toList()));
    cost.setId("plan-cost-" + id);
    cost.getStyleClass().add("plan-cost");
    cost.setWrapText(true);
    VBox card = new VBox(8, name, cost, description);
    card.setId("plan-" + id);
    card.getStyleClass().add("plan-card");
    card.setPrefWidth(300);
    card.setMinWidth(240);
    card.setMaxWidth(340);
    if (!display.bullets().isEmpty()) {
      VBox bullets = new VBox(2);
      for (String bullet : display.bullets()) {
        Label line = new Label("\u2022 " + bullet);
        line.setWrapText(true);
        bullets.getChildren().add(line);
      }
      card.getChildren().add(bullets);
    }
    FlowPane badges = new FlowPane(6, 6);
    badges.getChildren().add(new ConditionBadge(I18n.t(free ? "plan.free" : "plan.paid"), free ? Tone.SUCCESS : Tone.ACCENT));
    boolean bindable = spec.getBindable() != null ? spec.getBindable() : Boolean.TRUE.equals(entry.serviceClass().getSpec().getBindable());
    badges.getChildren().add(new ConditionBadge(I18n.t(bindable ? "plan.bindable" : "plan.notBindable"), bindable ? Tone.ACCENT : Tone.NEUTRAL));
    if (planUpdatable) {
      badges.getChildren().add(new ConditionBadge(I18n.t("plan.updatable"), Tone.NEUTRAL));
    }
    if (plan.isRemovedFromBrokerCatalog()) {
      badges.getChildren().add(new ConditionBadge(I18n.t("marketplace.badge.removed"), Tone.WARNING));
    }
    card.getChildren().add(badges);
    Node schemas = schemas(id, spec);
    if (schemas != null) {
      card.getChildren().add(schemas);
    }
    Region grow = new Region();
    VBox.setVgrow(grow, Priority.ALWAYS);
    Button provision = new Button(I18n.t("plan.provision"));
    provision.setId("provision-" + id);
    provision.getStyleClass().add("accent");
    provision.setMaxWidth(Double.MAX_VALUE);
    provision.setDisable(plan.isRemovedFromBrokerCatalog());
    provision.setOnAction(e -> ProvisionWizard.open(context, getScene() == null ? null : getScene().getWindow(),
        entry.serviceClass(), plan, ProvisionWizard.navigating(context).withBindNow(instance ->
            BindWizard.open(context, instance, getScene() == null ? null : getScene().getWindow(), binding -> { }))));
    card.getChildren().addAll(grow, provision);
    return card;
  }

  private static Node schemas(String id, CommonServicePlanSpec spec) {
    List<String[]> titles = new ArrayList<>();
    List<JsonNode> schemas = new ArrayList<>();
    addSchema(titles, schemas, I18n.t("schema.create"), spec.getInstanceCreateParameterSchema());
    addSchema(titles, schemas, I18n.t("schema.update"), spec.getInstanceUpdateParameterSchema());
    addSchema(titles, schemas, I18n.t("schema.bind"), spec.getServiceBindingCreateParameterSchema());
    if (schemas.isEmpty()) {
      return null;
    }
    VBox content = new VBox(8);
    TitledPane pane = new TitledPane(I18n.t("schema.title", schemas.size()), content);
    pane.setId("schemas-" + id);
    pane.setExpanded(false);
    pane.setAnimated(false);
    // Forms are built when first opened: a catalog can have many plans, most never looked at.
    pane.expandedProperty().addListener((obs, was, open) -> {
      if (open && content.getChildren().isEmpty()) {
        for (int i = 0; i < schemas.size(); i++) {
          content.getChildren().add(schemaPreview(id + "-" + i, titles.get(i)[0], schemas.get(i)));
        }
      }
    });
    return pane;
  }

  private static void addSchema(List<String[]> titles, List<JsonNode> schemas, String title, JsonNode schema) {
    if (schema == null || schema.isNull() || schema.isMissingNode()) {
      return;
    }
    titles.add(new String[] {title});
    schemas.add(schema);
  }

  /** A schema as the user will meet it: a read-only preview of its form, and the raw schema folded below. */
  private static Node schemaPreview(String id, String title, JsonNode schema) {
    Label label = new Label(title);
    label.getStyleClass().add("text-bold");
    SchemaForm form = new SchemaForm(schema);
    form.setId("schema-preview-" + id);
    // A preview: what the form asks for, not a place to type (the wizard is where values are entered).
    form.setMouseTransparent(true);
    form.setFocusTraversable(false);
    CodeEditor raw = new CodeEditor(EditorLanguage.JSON, pretty(schema));
    raw.setEditable(false);
    raw.setId("schema-raw-" + id);
    raw.setPrefHeight(Math.min(320, 18 * (raw.getText().lines().count() + 2)));
    TitledPane rawPane = new TitledPane(I18n.t("schema.raw"), raw);
    rawPane.setExpanded(false);
    rawPane.setAnimated(false);
    return new VBox(6, label, form, rawPane);
  }

  static String pretty(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return node.toString();
    }
  }

  private Node instances(ServiceEntry entry) {
    List<ServiceInstance> using = new ArrayList<>();
    for (HasMetadata item : context.store().list(ServiceCatalogKind.SERVICE_INSTANCE).items()) {
      if (item instanceof ServiceInstance instance && refersTo(instance.getSpec(), entry)) {
        using.add(instance);
      }
    }
    Label heading = new Label(I18n.t("detail.instances", using.size()));
    heading.getStyleClass().add("title-3");
    VBox list = new VBox(6);
    list.setId("detail-instances");
    for (ServiceInstance instance : using) {
      ResourceStatus status = ResourceStatus.of(instance);
      Hyperlink name = new Hyperlink(instance.getMetadata().getNamespace() + "/" + instance.getMetadata().getName());
      name.setOnAction(e -> context.navigator().go(Place.INSTANCES,
          page -> ((io.servicecatalog.console.app.instances.InstancesView) page).select(instance)));
      ConditionBadge badge = new ConditionBadge(status.label(), Formats.tone(status.phase()));
      HBox row = new HBox(10, badge, name);
      row.setAlignment(Pos.CENTER_LEFT);
      list.getChildren().add(row);
    }
    if (using.isEmpty()) {
      Label none = new Label(I18n.t("detail.noInstances"));
      none.getStyleClass().add("text-muted");
      list.getChildren().add(none);
    }
    return new VBox(10, heading, list);
  }

  static boolean refersTo(ServiceInstanceSpec spec, ServiceEntry entry) {
    if (spec == null) {
      return false;
    }
    String name = entry.serviceClass().getMetadata().getName();
    if (entry.clusterScoped()) {
      return spec.getClusterServiceClassRef() != null && name.equals(spec.getClusterServiceClassRef().getName())
          || name.equals(spec.getClusterServiceClassName())
          || entry.externalName().equals(spec.getClusterServiceClassExternalName());
    }
    return spec.getServiceClassRef() != null && name.equals(spec.getServiceClassRef().getName())
        || name.equals(spec.getServiceClassName()) || entry.externalName().equals(spec.getServiceClassExternalName());
  }

  private static List<String> nonEmpty(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        out.add(p);
      }
    }
    return out;
  }
}
