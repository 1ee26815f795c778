package io.servicecatalog.console.app.provision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.shell.DetailPane;
import io.servicecatalog.console.app.shell.Formats;
import io.servicecatalog.console.app.shell.ListPage;
import io.servicecatalog.console.app.shell.Place;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.app.wizard.DraftOffer;
import io.servicecatalog.console.app.wizard.Drafts;
import io.servicecatalog.console.app.wizard.FollowPane;
import io.servicecatalog.console.app.wizard.FollowStep;
import io.servicecatalog.console.app.wizard.ReviewStep;
import io.servicecatalog.console.app.wizard.Wizard;
import io.servicecatalog.console.app.wizard.WizardStep;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.v1beta1.CommonServicePlanSpec;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlanDisplay;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.ui.controls.ConditionBadge;
import io.servicecatalog.console.ui.controls.ConditionBadge.Tone;
import io.servicecatalog.console.ui.editor.CodeEditor;
import io.servicecatalog.console.ui.editor.EditorLanguage;
import io.servicecatalog.console.ui.schemaform.SchemaForm;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The provision wizard: service and plan, instance name/namespace/labels, parameters from the plan's schema,
 * review of the exact YAML, then create and follow the instance live. The wizard keeps every value through a
 * failed create; closing it stops nothing and deletes nothing.
 *
 * <p>Ids: {@code provision-wizard}; steps {@code plan}, {@code instance}, {@code parameters}, {@code review},
 * {@code progress}; controls {@code provision-service}, {@code provision-plan-<external name>},
 * {@code provision-name}, {@code provision-name-problem}, {@code provision-namespace},
 * {@code provision-namespace-hint}, {@code provision-labels}, {@code provision-labels-problem},
 * {@code provision-form}, {@code provision-use-secret}, {@code provision-raw}, {@code provision-raw-problem},
 * {@code provision-form-problems}, {@code provision-retry}, {@code provision-edit}, {@code provision-delete},
 * {@code provision-bind-now}, {@code provision-show-instance}.
 */
public final class ProvisionWizard {

  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

  /**
   * What the wizard hands back to whoever opened it.
   *
   * @param bindNow continues with a Ready, bindable instance ("Bind now")
   * @param showInstance shows an instance in the Instances view (after creating, or to edit it)
   */
  public record Callbacks(Consumer<ServiceInstance> bindNow, Consumer<ServiceInstance> showInstance) {

    /** The same callbacks, with "Bind now" doing {@code bind}. */
    public Callbacks withBindNow(Consumer<ServiceInstance> bind) {
      return new Callbacks(bind, showInstance);
    }
  }

  private final ViewContext context;
  private final Provisioner provisioner;
  private final Callbacks callbacks;
  private final ProvisionModel model;
  private final Wizard wizard = new Wizard("provision-wizard", I18n.t("provision.title"));
  private final ReadOnlyObjectWrapper<ServiceInstance> created = new ReadOnlyObjectWrapper<>(this, "created");
  private final Map<String, SchemaForm> forms = new HashMap<>();
  private final SimpleBooleanProperty parametersValid = new SimpleBooleanProperty(true);
  private final ListChangeListener<HasMetadata> instancesChanged;
  private Instant createdAt = Instant.now();
  private String rawText = "{}";
  /** Drafts of this wizard kind: one per cluster, offered whichever service the wizard opens for. */
  static final String DRAFT_KIND = "provision";
  private final Drafts drafts;
  private final VBox planBox = new VBox(12);
  private Runnable refreshPlans = () -> { };
  /** Parameters from a restored draft, put into the form of {@link #restoredPlan} when it is first built. */
  private ObjectNode restoredParameters;
  private String restoredPlan;

  /**
   * @param serviceClass the service to preselect, or null to let the user choose
   * @param plan the plan to preselect, or null for the class's default
   */
  public ProvisionWizard(ViewContext context, Provisioner provisioner, ServiceClassResource serviceClass,
      ServicePlanResource plan, Callbacks callbacks) {
    this.context = context;
    this.provisioner = provisioner;
    this.callbacks = callbacks;
    var store = context.store();
    this.model = new ProvisionModel(
        () -> concat(store.list(ServiceCatalogKind.CLUSTER_SERVICE_CLASS).items(),
            store.list(ServiceCatalogKind.SERVICE_CLASS).items()),
        () -> concat(store.list(ServiceCatalogKind.CLUSTER_SERVICE_PLAN).items(),
            store.list(ServiceCatalogKind.SERVICE_PLAN).items()),
        (ns, name) -> store.list(ServiceCatalogKind.SERVICE_INSTANCE).items().stream()
            .anyMatch(i -> name.equals(i.getMetadata().getName()) && ns.equals(i.getMetadata().getNamespace())));
    model.namespaceProperty().set(store.namespace().orElse(context.connection().namespace()));
    model.namespaces().setAll(model.namespaceProperty().get());
    model.serviceClassProperty().set(serviceClass);
    if (plan != null) {
      model.planProperty().set(plan);
    }
    wizard.addStep(planStep()).addStep(instanceStep()).addStep(parametersStep()).addStep(reviewStep())
        .addStep(progressStep());
    // A name taken meanwhile (by anyone) shows at once on the instance step.
    instancesChanged = c -> nameRecheck.run();
    store.list(ServiceCatalogKind.SERVICE_INSTANCE).items().addListener(instancesChanged);
    drafts = new Drafts(context.settings(), context.connection().target().displayName());
    wizard.setOnClosed(() -> {
      store.list(ServiceCatalogKind.SERVICE_INSTANCE).items().removeListener(instancesChanged);
      keepDraft();
    });
    wizard.committedProperty().addListener((o, was, now) -> {
      if (now) {
        drafts.clear(DRAFT_KIND, "");
      }
    });
    offerDraft();
    loadNamespaces();
  }

  /** Opens a wizard in its own window over {@code owner}, sized to fit it. */
  public static ProvisionWizard open(ViewContext context, Window owner, ServiceClassResource serviceClass,
      ServicePlanResource plan, Callbacks callbacks) {
    ProvisionWizard w = new ProvisionWizard(context, new Provisioner(context.connection().client()), serviceClass,
        plan, callbacks);
    double width = owner == null ? 960 : Math.min(960, Math.max(640, owner.getWidth() - 40));
    double height = owner == null ? 720 : Math.min(760, Math.max(480, owner.getHeight() - 40));
    w.wizard.show(owner, width, height);
    return w;
  }

  /**
   * Callbacks that show the instance in the Instances view, selected: for "Show in Instances" and "Edit";
   * "Bind now" does the same unless the caller supplies the bind wizard with {@link Callbacks#withBindNow}.
   */
  public static Callbacks navigating(ViewContext context) {
    Consumer<ServiceInstance> show = instance -> context.navigator().go(Place.INSTANCES, page -> {
      if (page instanceof ListPage<?> list) {
        list.select(instance);
      }
    });
    return new Callbacks(show, show);
  }

  /** The wizard's node and controls. */
  public Wizard wizard() {
    return wizard;
  }

  /** The values and checks behind the steps. */
  public ProvisionModel model() {
    return model;
  }

  /** The instance once created. */
  public ReadOnlyObjectProperty<ServiceInstance> createdProperty() {
    return created.getReadOnlyProperty();
  }

  /** The window, when opened with {@link #open}. */
  public Stage stage() {
    return wizard.stage();
  }

  // ---- drafts

  /** Closed before the create succeeded (on purpose or not): keeps what was entered, secret values left out. */
  private void keepDraft() {
    if (wizard.committedProperty().get()) {
      return;
    }
    ProvisionDraft draft = ProvisionDraft.of(model);
    if (draft.worthKeeping()) {
      drafts.save(DRAFT_KIND, "", draft);
    }
  }

  private void offerDraft() {
    drafts.load(DRAFT_KIND, "", ProvisionDraft.class).ifPresent(saved -> {
      ProvisionDraft draft = saved.draft();
      DraftOffer offer = new DraftOffer(draft.what(), saved.savedAt(), draft.secretsLeftOut(),
          () -> restore(draft), () -> drafts.clear(DRAFT_KIND, ""));
      planBox.getChildren().add(0, offer);
    });
  }

  private List<String> restore(ProvisionDraft draft) {
    List<String> missed = draft.restoreInto(model);
    if (Objects.equals(model.planProperty().get() == null ? null : model.planProperty().get().getMetadata().getName(),
        draft.planName()) && draft.parameters() != null) {
      restoredParameters = draft.parameters().deepCopy();
      restoredPlan = draft.planName();
      forms.remove(restoredPlan);
      rawText = draft.parameters().toPrettyString();
    }
    refreshPlans.run();
    return missed;
  }

  private void loadNamespaces() {
    context.background().supply(() -> new Object[] {provisioner.namespaces(), provisioner.mayCreateNamespace()})
        .thenAcceptAsync(result -> {
          @SuppressWarnings("unchecked")
          List<String> names = (List<String>) result[0];
          model.mayCreateNamespaceProperty().set((Boolean) result[1]);
          if (!names.isEmpty()) {
            model.namespaces().setAll(names);
          }
          nameRecheck.run();
        }, context.fx());
  }

  // ---- step 1: service and plan

  private WizardStep planStep() {
    VBox box = planBox;
    WizardStep step = new WizardStep("plan", I18n.t("provision.step.plan"), I18n.t("provision.step.plan.help"),
        () -> box);
    ComboBox<ServiceClassResource> services = new ComboBox<>();
    services.setId("provision-service");
    services.setMaxWidth(Double.MAX_VALUE);
    services.setConverter(new StringConverter<>() {
      @Override
      public String toString(ServiceClassResource c) {
        return c == null ? "" : I18n.t("provision.serviceChoice", c.getSpec().displayName(), c.brokerName());
      }

      @Override
      public ServiceClassResource fromString(String s) {
        return null;
      }
    });
    services.setPromptText(I18n.t("provision.chooseService"));
    services.setOnShowing(e -> services.getItems().setAll(model.classes()));
    services.getItems().setAll(model.classes());
    services.valueProperty().bindBidirectional(model.serviceClassProperty());
    Label serviceLabel = new Label(I18n.t("provision.service"));
    serviceLabel.getStyleClass().add("text-bold");
    serviceLabel.setLabelFor(services);
    Label planLabel = new Label(I18n.t("provision.plan"));
    planLabel.getStyleClass().add("text-bold");
    FlowPane cards = new FlowPane(12, 12);
    cards.setId("provision-plans");
    ToggleGroup group = new ToggleGroup();
    Runnable fill = () -> {
      cards.getChildren().clear();
      group.getToggles().clear();
      for (ServicePlanResource p : model.plansOf(model.serviceClassProperty().get())) {
        RadioButton choice = planCard(p, group);
        choice.setSelected(p.equals(model.planProperty().get()));
        choice.getParent().pseudoClassStateChanged(SELECTED, choice.isSelected());
        choice.selectedProperty().addListener((o, was, now) -> {
          if (now) {
            model.planProperty().set(p);
          }
        });
        cards.getChildren().add(choice.getParent());
      }
      if (cards.getChildren().isEmpty()) {
        Label none = new Label(I18n.t(model.serviceClassProperty().get() == null ? "provision.chooseServiceFirst"
            : "provision.noPlans"));
        none.getStyleClass().add("text-muted");
        cards.getChildren().add(none);
      }
    };
    model.serviceClassProperty().addListener((o, a, b) -> fill.run());
    fill.run();
    refreshPlans = fill;
    box.getChildren().addAll(serviceLabel, services, planLabel, cards);
    step.validProperty().bind(model.planProperty().isNotNull().and(model.serviceClassProperty().isNotNull()));
    return step;
  }

  /**
   * A plan as a card to choose: a radio button with the plan's name (keyboard: arrows move between plans), then
   * cost, description, bullets and badges; a click anywhere on the card chooses it.
   */
  private RadioButton planCard(ServicePlanResource plan, ToggleGroup group) {
    CommonServicePlanSpec spec = plan.getSpec();
    ServicePlanDisplay display = spec.display();
    RadioButton choice = new RadioButton(spec.displayName());
    choice.setMnemonicParsing(false);
    choice.setId("provision-plan-" + Objects.requireNonNullElse(spec.getExternalName(), plan.getMetadata().getName()));
    choice.getStyleClass().add("plan-name");
    choice.setWrapText(true);
    choice.setMinHeight(Region.USE_PREF_SIZE);
    choice.setToggleGroup(group);
    boolean free = Boolean.TRUE.equals(spec.getFree());
    Label cost = new Label(free ? I18n.t("plan.free") : display.costs().isEmpty() ? I18n.t("plan.paid")
        : String.join("\n", display.costs().stream().map(c -> Formats.cost(c, Locale.getDefault())).toList()));
    cost.getStyleClass().add("plan-cost");
    cost.setWrapText(true);
    VBox card = new VBox(6, choice, cost);
    if (spec.getDescription() != null && !spec.getDescription().isBlank()) {
      Label description = new Label(spec.getDescription());
      description.setWrapText(true);
      description.getStyleClass().add("text-muted");
      card.getChildren().add(description);
    }
    for (String bullet : display.bullets()) {
      Label line = new Label("\u2022 " + bullet);
      line.setWrapText(true);
      card.getChildren().add(line);
    }
    FlowPane badges = new FlowPane(6, 6,
        new ConditionBadge(I18n.t(free ? "plan.free" : "plan.paid"), free ? Tone.SUCCESS : Tone.ACCENT));
    if (spec.getInstanceCreateParameterSchema() != null && !spec.getInstanceCreateParameterSchema().isNull()) {
      badges.getChildren().add(new ConditionBadge(I18n.t("provision.hasParameters"), Tone.NEUTRAL));
    }
    card.getChildren().add(badges);
    card.getStyleClass().add("plan-choice");
    card.setPrefWidth(250);
    card.setMinWidth(200);
    card.setMaxWidth(280);
    card.setOnMouseClicked(e -> choice.setSelected(true));
    choice.selectedProperty().addListener((o, was, now) -> card.pseudoClassStateChanged(SELECTED, now));
    Tooltip.install(card, new Tooltip(spec.displayName()));
    return choice;
  }

  // ---- step 2: instance name, namespace, labels

  private Runnable nameRecheck = () -> {};

  private WizardStep instanceStep() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    WizardStep step = new WizardStep("instance", I18n.t("provision.step.instance"),
        I18n.t("provision.step.instance.help"), () -> grid);
    TextField name = new TextField();
    name.setId("provision-name");
    name.textProperty().bindBidirectional(model.nameProperty());
    Label nameProblem = DetailPane.problemLabel("provision-name-problem");
    ComboBox<String> namespace = new ComboBox<>();
    namespace.setId("provision-namespace");
    namespace.setMaxWidth(Double.MAX_VALUE);
    // The combo has its own items: replacing them (when the cluster's list arrives) clears a combo's value, and
    // that must not reach the model. Editable only when the user may create a namespace.
    boolean[] syncing = {false};
    Runnable toCombo = () -> {
      syncing[0] = true;
      try {
        if (!namespace.getItems().equals(model.namespaces())) {
          namespace.getItems().setAll(model.namespaces());
        }
        namespace.setEditable(model.mayCreateNamespaceProperty().get());
        namespace.setValue(model.namespaceProperty().get());
        if (namespace.isEditable() && !Objects.equals(namespace.getEditor().getText(), model.namespaceProperty().get())) {
          namespace.getEditor().setText(model.namespaceProperty().get());
        }
      } finally {
        syncing[0] = false;
      }
    };
    namespace.getEditor().textProperty().addListener((o, a, b) -> {
      if (!syncing[0] && namespace.isEditable() && !Objects.equals(model.namespaceProperty().get(), b)) {
        model.namespaceProperty().set(b == null ? "" : b.trim());
      }
    });
    namespace.valueProperty().addListener((o, a, b) -> {
      if (!syncing[0] && b != null && !Objects.equals(model.namespaceProperty().get(), b)) {
        model.namespaceProperty().set(b);
      }
    });
    model.namespaceProperty().addListener((o, a, b) -> {
      if (!syncing[0]) {
        toCombo.run();
      }
    });
    model.namespaces().addListener((ListChangeListener<String>) c -> toCombo.run());
    model.mayCreateNamespaceProperty().addListener((o, a, b) -> toCombo.run());
    toCombo.run();
    Label namespaceHint = DetailPane.problemLabel("provision-namespace-hint");
    TextField labels = new TextField();
    labels.setId("provision-labels");
    labels.setPromptText(I18n.t("provision.labels.prompt"));
    labels.textProperty().bindBidirectional(model.labelsProperty());
    Label labelsProblem = DetailPane.problemLabel("provision-labels-problem");
    Label labelsHelp = new Label(I18n.t("provision.labels.help"));
    labelsHelp.getStyleClass().add("text-muted");
    labelsHelp.setWrapText(true);

    int row = 0;
    grid.add(fieldLabel(I18n.t("provision.name"), name), 0, row);
    grid.add(name, 1, row++);
    grid.add(nameProblem, 1, row++);
    grid.add(fieldLabel(I18n.t("provision.namespace"), namespace), 0, row);
    grid.add(namespace, 1, row++);
    grid.add(namespaceHint, 1, row++);
    grid.add(fieldLabel(I18n.t("provision.labels"), labels), 0, row);
    grid.add(labels, 1, row++);
    grid.add(labelsProblem, 1, row++);
    grid.add(labelsHelp, 1, row);
    var grow = new javafx.scene.layout.ColumnConstraints();
    grow.setHgrow(Priority.ALWAYS);
    grow.setFillWidth(true);
    grid.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), grow);
    GridPane.setHgrow(name, Priority.ALWAYS);

    SimpleBooleanProperty valid = new SimpleBooleanProperty(false);
    nameRecheck = () -> {
      Optional<String> np = model.nameProblem();
      show(nameProblem, np.orElse(""), "problem");
      Optional<String> nsp = model.namespaceProblem();
      ServiceClassResource cls = model.serviceClassProperty().get();
      boolean fixed = cls != null && !ProvisionModel.isClusterScoped(cls);
      namespace.setDisable(fixed);
      show(namespaceHint, nsp.orElse(fixed ? I18n.t("provision.namespace.fixed", model.namespaceProperty().get())
          : model.createsNamespace() ? I18n.t("provision.namespace.new", model.namespaceProperty().get()) : ""),
          nsp.isPresent() ? "problem" : "text-muted");
      Optional<String> lp = model.labelsProblem();
      show(labelsProblem, lp.orElse(""), "problem");
      valid.set(np.isEmpty() && nsp.isEmpty() && lp.isEmpty());
    };
    ChangeListener<Object> recheck = (o, a, b) -> nameRecheck.run();
    model.nameProperty().addListener(recheck);
    model.namespaceProperty().addListener(recheck);
    model.labelsProperty().addListener(recheck);
    model.mayCreateNamespaceProperty().addListener(recheck);
    model.namespaces().addListener((ListChangeListener<String>) c -> nameRecheck.run());
    step.validProperty().bind(valid);
    step.setOnEnter(() -> {
      if (model.nameProperty().get().isEmpty()) {
        model.nameProperty().set(model.suggestName());
      }
      nameRecheck.run();
      name.requestFocus();
      name.selectAll();
    });
    return step;
  }

  // ---- step 3: parameters

  private WizardStep parametersStep() {
    VBox box = new VBox(10);
    WizardStep step = new WizardStep("parameters", I18n.t("provision.step.parameters"),
        I18n.t("provision.step.parameters.help"), () -> box);
    step.validProperty().bind(parametersValid);
    // The schema form scrolls itself; a second scroll pane around it would scroll the Secret choice away.
    step.setScrollable(false);
    step.setOnEnter(() -> showParameters(box));
    return step;
  }

  private void showParameters(VBox box) {
    ServicePlanResource plan = model.planProperty().get();
    if (model.createSchema() == null) {
      box.getChildren().setAll(rawEditor());
      return;
    }
    SchemaForm form = forms.computeIfAbsent(plan.getMetadata().getName(), k -> {
      SchemaForm f = new SchemaForm(model.createSchema());
      f.setId("provision-form");
      if (restoredParameters != null && k.equals(restoredPlan)) {
        f.setValue(restoredParameters.deepCopy());
      }
      return f;
    });
    model.parametersProperty().set(form.getValue());
    CheckBox useSecret = new CheckBox();
    useSecret.setId("provision-use-secret");
    useSecret.setWrapText(true);
    useSecret.setMinHeight(Region.USE_PREF_SIZE);
    useSecret.setMaxWidth(Double.MAX_VALUE);
    useSecret.selectedProperty().bindBidirectional(model.secretForSensitiveProperty());
    Label problems = new Label();
    problems.setId("provision-form-problems");
    problems.getStyleClass().add("problem");
    problems.setWrapText(true);
    Hyperlink reveal = new Hyperlink(I18n.t("provision.form.reveal"));
    reveal.setId("provision-show-problems");
    reveal.setOnAction(e -> form.revealErrors());
    HBox problemRow = new HBox(8, problems, reveal);
    problemRow.setAlignment(Pos.CENTER_LEFT);
    Runnable update = () -> {
      model.parametersProperty().set(form.getValue());
      List<String> sensitive = model.sensitiveKeys();
      useSecret.setText(I18n.t("provision.useSecret", String.join(", ", sensitive), model.secretName()));
      useSecret.setVisible(!sensitive.isEmpty());
      useSecret.setManaged(!sensitive.isEmpty());
      boolean valid = form.isValid();
      parametersValid.set(valid);
      int count = form.getErrors().size();
      problems.setText(valid ? "" : I18n.t("provision.form.problems", count));
      problemRow.setVisible(!valid);
      problemRow.setManaged(!valid);
    };
    // Replaced each time the step is shown, so only the form on screen drives the step.
    form.getProperties().put("provision-update", update);
    form.valueProperty().addListener((o, a, b) -> runUpdate(form));
    form.validProperty().addListener((o, a, b) -> runUpdate(form));
    update.run();
    // What keeps Next disabled, and the Secret choice, above the form: a long form hides its end.
    VBox.setVgrow(form, Priority.ALWAYS);
    box.getChildren().setAll(problemRow, useSecret, form);
  }

  private static void runUpdate(SchemaForm form) {
    if (form.getProperties().get("provision-update") instanceof Runnable r && form.getScene() != null) {
      r.run();
    }
  }

  private Node rawEditor() {
    Label help = new Label(I18n.t("provision.raw.help"));
    help.setWrapText(true);
    help.getStyleClass().add("text-muted");
    CodeEditor editor = new CodeEditor(EditorLanguage.JSON, rawText);
    editor.setId("provision-raw");
    editor.setPrefHeight(220);
    VBox.setVgrow(editor, Priority.ALWAYS);
    Label problem = DetailPane.problemLabel("provision-raw-problem");
    CheckBox useSecret = new CheckBox();
    useSecret.setId("provision-use-secret");
    useSecret.setWrapText(true);
    useSecret.setMinHeight(Region.USE_PREF_SIZE);
    useSecret.setMaxWidth(Double.MAX_VALUE);
    useSecret.selectedProperty().bindBidirectional(model.secretForSensitiveProperty());
    Runnable check = () -> {
      rawText = editor.getText();
      try {
        ObjectNode value = ProvisionModel.parseRawParameters(rawText);
        model.parametersProperty().set(value);
        show(problem, "", "problem");
        parametersValid.set(true);
      } catch (IllegalArgumentException e) {
        show(problem, e.getMessage(), "problem");
        parametersValid.set(false);
      }
      List<String> sensitive = parametersValid.get() ? model.sensitiveKeys() : List.of();
      useSecret.setText(I18n.t("provision.useSecret", String.join(", ", sensitive), model.secretName()));
      useSecret.setVisible(!sensitive.isEmpty());
      useSecret.setManaged(!sensitive.isEmpty());
    };
    editor.textProperty().addListener((o, a, b) -> check.run());
    check.run();
    return new VBox(8, help, editor, problem, useSecret);
  }

  // ---- step 4: review and create

  private WizardStep reviewStep() {
    ReviewStep review = new ReviewStep("review", I18n.t("provision.step.review"), I18n.t("provision.step.review.help"),
        model::objects, context.background(), context.fx());
    review.setCommit(I18n.t("provision.create"), this::create);
    return review;
  }

  private CompletableFuture<?> create() {
    // Built on the FX thread from the model; the background only talks to the API server.
    Optional<String> newNamespace = model.createsNamespace() ? Optional.of(model.namespaceProperty().get())
        : Optional.empty();
    Optional<Secret> secret = model.secret();
    ServiceInstance instance = model.instance();
    Instant started = Instant.now();
    return context.background().supply(() -> provisioner.create(newNamespace, secret, instance))
        .thenAcceptAsync(done -> {
          createdAt = started;
          created.set(done);
        }, context.fx());
  }

  // ---- step 5: follow

  private WizardStep progressStep() {
    FollowStep step = new FollowStep("progress", I18n.t("provision.step.progress"),
        I18n.t("provision.step.progress.help"), context.store(), ServiceCatalogKind.SERVICE_INSTANCE,
        () -> new FollowStep.Target(model.namespaceProperty().get(), model.nameProperty().get(), createdAt));
    step.addAction(new FollowPane.Action("provision-retry", I18n.t("provision.retry"), FollowPane.WHEN_FAILED,
        o -> act("update", () -> provisioner.touch((ServiceInstance) o))));
    step.addAction(new FollowPane.Action("provision-edit", I18n.t("provision.edit"), FollowPane.WHEN_FAILED,
        o -> callbacks.showInstance().accept((ServiceInstance) o)));
    step.addAction(new FollowPane.Action("provision-delete", I18n.t("provision.delete"), FollowPane.WHEN_FAILED,
        o -> confirmDelete((ServiceInstance) o)));
    Button bindNow = new Button(I18n.t("provision.bindNow"), new FontIcon(Material2AL.LINK));
    bindNow.setId("provision-bind-now");
    bindNow.getStyleClass().add("accent");
    bindNow.setVisible(false);
    bindNow.setManaged(false);
    Button showInstance = new Button(I18n.t("provision.showInstance"));
    showInstance.setId("provision-show-instance");
    step.paneProperty().addListener((o, a, pane) -> {
      if (pane == null) {
        return;
      }
      BooleanBinding ready = Bindings.createBooleanBinding(() -> pane.statusProperty().get() != null
          && pane.statusProperty().get().phase() == Phase.READY && model.bindable(), pane.statusProperty());
      bindNow.visibleProperty().bind(ready);
      bindNow.managedProperty().bind(ready);
      bindNow.setOnAction(e -> {
        if (pane.objectProperty().get() instanceof ServiceInstance i) {
          // The provision wizard's work is done; binding continues in its own window instead of on top of this one.
          wizard.close();
          callbacks.bindNow().accept(i);
        }
      });
      showInstance.setOnAction(e -> callbacks.showInstance().accept(
          pane.objectProperty().get() instanceof ServiceInstance i ? i : created.get()));
    });
    step.getActions().setAll(showInstance, bindNow);
    return step;
  }

  private void act(String verb, java.util.function.Supplier<?> work) {
    wizard.showProblem(null);
    context.background().supply(work).whenCompleteAsync((ok, error) -> {
      if (error != null) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        wizard.showProblem(io.servicecatalog.console.app.connection.ActionErrors.describe(cause,
            io.servicecatalog.console.app.connection.ActionErrors.Action.on(verb, ServiceCatalogKind.SERVICE_INSTANCE,
                model.namespaceProperty().get(), model.nameProperty().get())));
      }
    }, context.fx());
  }

  private void confirmDelete(ServiceInstance instance) {
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("provision.delete.confirm",
        instance.getMetadata().getName(), instance.getMetadata().getNamespace()), ButtonType.CANCEL, ButtonType.OK);
    confirm.setHeaderText(null);
    confirm.setTitle(I18n.t("provision.delete"));
    confirm.getDialogPane().setId("provision-delete-confirm");
    if (wizard.getScene() != null) {
      confirm.initOwner(wizard.getScene().getWindow());
    }
    confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> act("delete", () -> {
      provisioner.delete(instance);
      return instance;
    }));
  }

  // ---- helpers

  private static Label fieldLabel(String text, Node field) {
    Label label = new Label(text);
    label.setLabelFor(field);
    label.getStyleClass().add("text-bold");
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  private static void show(Label label, String text, String style) {
    label.setText(text);
    label.getStyleClass().removeAll("problem", "text-muted");
    label.getStyleClass().add(style);
    boolean visible = !text.isEmpty();
    label.setVisible(visible);
    label.setManaged(visible);
  }

  private static List<HasMetadata> concat(List<? extends HasMetadata> a, List<? extends HasMetadata> b) {
    List<HasMetadata> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
