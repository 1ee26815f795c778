package io.servicecatalog.console.app.bind;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.SecretClipboard;
import io.servicecatalog.console.app.bindings.PodSnippetDialog;
import io.servicecatalog.console.app.bindings.SecretAccess;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.app.instances.InstanceCatalog;
import io.servicecatalog.console.app.shell.DetailPane;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.app.wizard.FollowPane;
import io.servicecatalog.console.app.wizard.FollowStep;
import io.servicecatalog.console.app.wizard.DraftOffer;
import io.servicecatalog.console.app.wizard.Drafts;
import io.servicecatalog.console.app.wizard.ReviewStep;
import io.servicecatalog.console.app.wizard.Wizard;
import io.servicecatalog.console.app.wizard.WizardStep;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.naming.NameCheck;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.ui.controls.MaskedValue;
import io.servicecatalog.console.ui.schemaform.SchemaForm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The bind wizard, opened from a Ready instance: binding and Secret names (checked as typed, and the Secret against
 * the cluster), parameters from the plan's binding schema, Secret transforms with a preview of the resulting keys,
 * the YAML to create, then the binding followed to Ready or Failed. On Ready it shows the Secret's keys, masked,
 * and hands the binding to {@code onReady} (where the caller offers the next step, such as a Pod snippet).
 */
public final class BindWizard {

  private final ViewContext context;
  private final BindModel model;
  private final Consumer<ServiceBinding> onReady;
  private final Wizard wizard;
  private final VBox rows = new VBox(8);
  private final VBox preview = new VBox(4);
  private final Set<String> secretsAsked = new HashSet<>();
  private Instant createdAt = Instant.now();
  private boolean readyHandled;
  private final SecretClipboard clipboard;
  /** Drafts of this wizard kind: one per cluster and instance. */
  static final String DRAFT_KIND = "bind";
  private final Drafts drafts;
  private final String draftScope;
  private final String suggestedName;
  private final VBox offerBox = new VBox();
  /** Parameters from a restored draft, put into the form when it is built. */
  private com.fasterxml.jackson.databind.node.ObjectNode restoredParameters;

  private BindWizard(ViewContext context, BindModel model, Consumer<ServiceBinding> onReady) {
    this.context = context;
    this.model = model;
    this.onReady = onReady == null ? b -> { } : onReady;
    this.clipboard = new SecretClipboard(context.settings(), context.background().timers(), context.fx());
    String instance = model.instance().getMetadata().getName();
    wizard = new Wizard("bind-wizard", I18n.t("bind.title", instance), context.fx());

    WizardStep names = new WizardStep("names", I18n.t("bind.step.names"), I18n.t("bind.step.names.explain", instance),
        this::namesContent);
    WizardStep parameters = new WizardStep("parameters", I18n.t("bind.step.parameters"),
        I18n.t("bind.step.parameters.explain"), this::parametersContent);
    parameters.validProperty().bind(model.parametersValid);
    WizardStep transforms = new WizardStep("transforms", I18n.t("bind.step.transforms"),
        I18n.t("bind.step.transforms.explain"), this::transformsContent);
    transforms.validProperty().bind(Bindings.createBooleanBinding(
        () -> model.transformProblems().stream().allMatch(String::isEmpty), model.transforms));
    transforms.setOnEnter(this::loadKnownKeys);
    ReviewStep review = new ReviewStep("review", I18n.t("bind.step.review"), I18n.t("bind.step.review.explain"),
        model::objects, context.background(), context.fx());
    review.setCommit(I18n.t("bind.create"), this::create);
    FollowStep follow = new FollowStep("follow", I18n.t("bind.step.follow"), I18n.t("bind.step.follow.explain"),
        context.store(), ServiceCatalogKind.SERVICE_BINDING,
        () -> new FollowStep.Target(model.namespace(), model.name.get(), createdAt));
    follow.paneProperty().addListener((o, a, pane) -> {
      if (pane != null) {
        pane.statusProperty().addListener((o2, b, status) -> onStatus(pane, status));
        onStatus(pane, pane.statusProperty().get());
      }
    });
    wizard.addStep(names).addStep(parameters).addStep(transforms).addStep(review).addStep(follow);
    names.validProperty().bind(Bindings.createBooleanBinding(
        () -> model.checkName().valid() && model.checkSecretName().valid(), model.name, model.secretName, model.secretExists));
    suggestedName = model.name.get();
    drafts = new Drafts(context.settings(), context.connection().target().displayName());
    draftScope = model.namespace() + "/" + instance;
    wizard.setOnClosed(this::keepDraft);
    wizard.committedProperty().addListener((o, was, now) -> {
      if (now) {
        drafts.clear(DRAFT_KIND, draftScope);
      }
    });
    drafts.load(DRAFT_KIND, draftScope, BindDraft.class).ifPresent(saved -> offerBox.getChildren().setAll(
        new DraftOffer(saved.draft().what(), saved.savedAt(), saved.draft().secretsLeftOut(),
            () -> restore(saved.draft()), () -> drafts.clear(DRAFT_KIND, draftScope))));
  }

  /** Closed before the create succeeded: keeps what was entered for this instance, secret values left out. */
  private void keepDraft() {
    if (wizard.committedProperty().get()) {
      return;
    }
    BindDraft draft = BindDraft.of(model);
    if (draft.worthKeeping(suggestedName)) {
      drafts.save(DRAFT_KIND, draftScope, draft);
    }
  }

  private List<String> restore(BindDraft draft) {
    List<String> missed = draft.restoreInto(model);
    if (model.parameterSchema() != null && draft.parameters() != null && !draft.parameters().isEmpty()) {
      restoredParameters = draft.parametersOrEmpty();
    }
    return missed;
  }

  /**
   * Opens the wizard for {@code instance} in its own window over {@code owner}.
   *
   * @param onReady called once, on the FX thread, when the binding is Ready (with the binding as the store has it)
   */
  public static BindWizard open(ViewContext context, ServiceInstance instance, Window owner, Consumer<ServiceBinding> onReady) {
    BindWizard wizard = new BindWizard(context, model(context, instance), onReady);
    // Fits a small screen (a 1024x640 laptop) and is no larger than needed on a big one.
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    wizard.wizard.show(owner, Math.min(860, screen.getWidth() - 40), Math.min(680, screen.getHeight() - 40));
    return wizard;
  }

  /** A model for {@code instance}, with its plan and the namespace's bindings from the live store. */
  public static BindModel model(ViewContext context, ServiceInstance instance) {
    boolean cluster = instance.getSpec().refersToClusterClass();
    List<HasMetadata> classes = List.copyOf(context.store().list(cluster ? ServiceCatalogKind.CLUSTER_SERVICE_CLASS
        : ServiceCatalogKind.SERVICE_CLASS).items());
    List<HasMetadata> plans = List.copyOf(context.store().list(cluster ? ServiceCatalogKind.CLUSTER_SERVICE_PLAN
        : ServiceCatalogKind.SERVICE_PLAN).items());
    ServiceClassResource serviceClass = InstanceCatalog.classOf(instance, classes).orElse(null);
    ServicePlanResource plan = serviceClass == null ? null : InstanceCatalog.planOf(instance, serviceClass, plans).orElse(null);
    return new BindModel(instance, plan, context.store().list(ServiceCatalogKind.SERVICE_BINDING).items());
  }

  public Wizard wizard() {
    return wizard;
  }

  public BindModel model() {
    return model;
  }

  private KubernetesClient client() {
    return context.connection().client();
  }

  // ---- step 1: names ----

  private Node namesContent() {
    TextField name = new TextField();
    name.setId("bind-name");
    name.textProperty().bindBidirectional(model.name);
    TextField secret = new TextField();
    secret.setId("bind-secret-name");
    secret.setText(model.secretName.get());
    model.secretName.addListener((o, a, now) -> {
      if (!Objects.equals(secret.getText(), now)) {
        secret.setText(now);
      }
    });
    secret.textProperty().addListener((o, a, now) -> {
      if (!Objects.equals(model.secretName.get(), now)) {
        model.secretNameEdited();
        model.secretName.set(now);
      }
    });
    Label nameProblem = problemLabel("bind-name-problem");
    Label secretProblem = problemLabel("bind-secret-problem");
    Runnable check = () -> {
      show(nameProblem, model.checkName());
      show(secretProblem, model.checkSecretName());
    };
    PauseTransition pause = new PauseTransition(Duration.millis(300));
    pause.setOnFinished(e -> checkSecretExists(model.secretName.get(), check));
    model.name.addListener((o, a, b) -> check.run());
    model.secretName.addListener((o, a, b) -> {
      model.secretExists.set(false);
      check.run();
      pause.playFromStart();
    });
    check.run();
    checkSecretExists(model.secretName.get(), check);
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setFillWidth(true);
    grid.getColumnConstraints().setAll(labels, fields);
    grid.addRow(0, new Label(I18n.t("bind.name")), name);
    grid.add(nameProblem, 1, 1);
    grid.addRow(2, new Label(I18n.t("bind.secretName")), secret);
    grid.add(secretProblem, 1, 3);
    Label hint = new Label(I18n.t("bind.secretName.hint"));
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");
    grid.add(hint, 1, 4);
    return new VBox(12, offerBox, grid);
  }

  private static Label problemLabel(String id) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().add("problem");
    return label;
  }

  private static void show(Label label, NameCheck check) {
    label.setText(check.valid() ? "" : check.message());
    label.setVisible(!check.valid());
    label.setManaged(!check.valid());
  }

  /** Asks the cluster whether a Secret of that name exists (the controller refuses to write one it does not own). */
  private void checkSecretExists(String name, Runnable then) {
    if (!model.checkSecretName().valid()) {
      return;
    }
    String namespace = model.namespace();
    context.background().supply(() -> {
      try {
        return client().secrets().inNamespace(namespace).withName(name).get() != null;
      } catch (KubernetesClientException e) {
        // Not allowed to look: the controller will say so if the name is taken.
        return false;
      }
    }).whenCompleteAsync((exists, error) -> {
      if (error == null && name.equals(model.secretName.get())) {
        model.secretExists.set(exists);
        then.run();
      }
    }, context.fx());
  }

  // ---- step 2: parameters ----

  private Node parametersContent() {
    if (model.parameterSchema() == null) {
      Label none = new Label(I18n.t("bind.parameters.none"));
      none.setId("bind-parameters-none");
      none.setWrapText(true);
      none.getStyleClass().add("text-muted");
      return none;
    }
    SchemaForm form = new SchemaForm(model.parameterSchema());
    form.setId("bind-form");
    if (restoredParameters != null) {
      form.setValue(restoredParameters);
    }
    Runnable publish = () -> model.setParameters(form.getValue(), form.getModel());
    form.valueProperty().addListener((o, a, b) -> publish.run());
    form.modelProperty().addListener((o, a, b) -> publish.run());
    model.parametersValid.bind(form.validProperty());
    publish.run();
    return form;
  }

  // ---- step 3: transforms ----

  private Node transformsContent() {
    Button add = new Button(I18n.t("bind.transform.add"), new FontIcon(Material2AL.ADD));
    add.setId("bind-transform-add");
    add.setOnAction(e -> model.transforms.add(new BindModel.TransformRow()));
    model.transforms.addListener((ListChangeListener<BindModel.TransformRow>) c -> {
      boolean structural = false;
      while (c.next()) {
        structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
      }
      if (structural) {
        renderRows();
      } else {
        refreshProblems();
      }
      renderPreview();
    });
    rows.setId("bind-transforms");
    preview.setId("bind-preview");
    Label previewHeading = DetailPane.heading(I18n.t("bind.preview"));
    renderRows();
    renderPreview();
    return new VBox(12, rows, add, previewHeading, preview);
  }

  private void renderRows() {
    rows.getChildren().clear();
    if (model.transforms.isEmpty()) {
      Label none = new Label(I18n.t("bind.transform.none"));
      none.getStyleClass().add("text-muted");
      none.setWrapText(true);
      rows.getChildren().add(none);
      return;
    }
    for (int i = 0; i < model.transforms.size(); i++) {
      rows.getChildren().add(row(i, model.transforms.get(i)));
    }
    refreshProblems();
  }

  private Node row(int i, BindModel.TransformRow row) {
    ComboBox<BindModel.TransformKind> kind = new ComboBox<>();
    kind.setId("bind-transform-kind-" + i);
    kind.getItems().setAll(BindModel.TransformKind.values());
    kind.setConverter(new StringConverter<>() {
      @Override
      public String toString(BindModel.TransformKind k) {
        return k == null ? "" : I18n.t("bind.transform.kind." + k.name().toLowerCase(java.util.Locale.ROOT));
      }

      @Override
      public BindModel.TransformKind fromString(String s) {
        return null;
      }
    });
    kind.valueProperty().bindBidirectional(row.kind);
    kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    TextField first = new TextField();
    first.setId("bind-transform-first-" + i);
    first.textProperty().bindBidirectional(row.first);
    TextField second = new TextField();
    second.setId("bind-transform-second-" + i);
    second.textProperty().bindBidirectional(row.second);
    Runnable prompts = () -> {
      String k = row.kind.get().name().toLowerCase(java.util.Locale.ROOT);
      first.setPromptText(I18n.t("bind.transform.first." + k));
      second.setPromptText(I18n.t("bind.transform.second." + k));
      boolean two = row.kind.get() != BindModel.TransformKind.ADD_FROM_SECRET && row.kind.get() != BindModel.TransformKind.REMOVE;
      second.setVisible(two);
      second.setManaged(two);
    };
    row.kind.addListener((o, a, b) -> prompts.run());
    prompts.run();
    Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
    remove.setId("bind-transform-remove-" + i);
    remove.setTooltip(new javafx.scene.control.Tooltip(I18n.t("bind.transform.remove")));
    remove.setOnAction(e -> model.transforms.remove(row));
    HBox.setHgrow(first, Priority.ALWAYS);
    HBox.setHgrow(second, Priority.ALWAYS);
    first.setMinWidth(80);
    second.setMinWidth(80);
    HBox line = new HBox(8, kind, first, second, remove);
    line.setAlignment(Pos.CENTER_LEFT);
    Label problem = problemLabel("bind-transform-problem-" + i);
    return new VBox(4, line, problem);
  }

  private void refreshProblems() {
    List<String> problems = model.transformProblems();
    for (int i = 0; i < problems.size(); i++) {
      Node found = rows.lookup("#bind-transform-problem-" + i);
      if (found instanceof Label label) {
        label.setText(problems.get(i));
        label.setVisible(!problems.get(i).isEmpty());
        label.setManaged(!problems.get(i).isEmpty());
      }
    }
  }

  private void renderPreview() {
    preview.getChildren().clear();
    var keys = model.preview();
    if (keys.isEmpty()) {
      Label unknown = new Label(I18n.t("bind.preview.unknown"));
      unknown.setId("bind-preview-unknown");
      unknown.setWrapText(true);
      unknown.getStyleClass().add("text-muted");
      preview.getChildren().add(unknown);
      return;
    }
    GridPane grid = DetailPane.facts();
    for (BindModel.PreviewKey key : keys.get()) {
      Label k = new Label(key.key());
      k.getStyleClass().add("code-label");
      k.setId("bind-preview-key-" + key.key());
      Label origin = new Label(key.origin());
      origin.getStyleClass().add("text-muted");
      grid.addRow(grid.getRowCount(), k, origin);
    }
    preview.getChildren().add(grid);
    askUnknownSecrets();
  }

  /**
   * Learns the broker's credential keys from a Ready binding of the same instance that has no transforms (its
   * Secret's keys are exactly the credential keys); only key names are read.
   */
  private void loadKnownKeys() {
    if (model.credentialKeys().isPresent()) {
      renderPreview();
      return;
    }
    List<ServiceBinding> siblings = InstanceCatalog.bindingsOf(model.instance(),
        context.store().list(ServiceCatalogKind.SERVICE_BINDING).items()).stream()
        .filter(b -> ResourceStatus.of(b).phase() == Phase.READY
            && (b.getSpec().getSecretTransforms() == null || b.getSpec().getSecretTransforms().isEmpty()))
        .toList();
    if (siblings.isEmpty()) {
      return;
    }
    ServiceBinding sibling = siblings.get(0);
    String secretName = sibling.getSpec().getSecretName() == null ? sibling.getMetadata().getName() : sibling.getSpec().getSecretName();
    context.background().supply(() -> secretKeys(model.namespace(), secretName)).whenCompleteAsync((keys, error) -> {
      if (error == null && keys != null) {
        model.setCredentialKeys(keys);
        renderPreview();
      }
    }, context.fx());
  }

  private void askUnknownSecrets() {
    for (BindModel.TransformRow row : model.transforms) {
      String name = row.first.get().trim();
      if (row.kind.get() == BindModel.TransformKind.ADD_FROM_SECRET && !name.isEmpty() && secretsAsked.add(name)) {
        context.background().supply(() -> secretKeys(model.namespace(), name)).whenCompleteAsync((keys, error) -> {
          if (error == null && keys != null) {
            model.setSecretKeys(name, keys);
            renderPreview();
          }
        }, context.fx());
      }
    }
  }

  /** The keys of a Secret, or null when it is missing or may not be read. */
  private List<String> secretKeys(String namespace, String name) {
    try {
      Secret secret = client().secrets().inNamespace(namespace).withName(name).get();
      if (secret == null) {
        return null;
      }
      List<String> keys = new ArrayList<>();
      if (secret.getData() != null) {
        keys.addAll(secret.getData().keySet());
      }
      if (secret.getStringData() != null) {
        secret.getStringData().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
      }
      return keys;
    } catch (KubernetesClientException e) {
      return null;
    }
  }

  // ---- step 4: create ----

  private CompletableFuture<?> create() {
    List<HasMetadata> objects = model.objects();
    String namespace = model.namespace();
    String name = model.name.get();
    return context.background().supply(() -> {
      HasMetadata current = null;
      try {
        for (HasMetadata object : objects) {
          current = object;
          client().resource(object).create();
        }
        createdAt = Instant.now();
        return null;
      } catch (RuntimeException e) {
        HasMetadata failed = Objects.requireNonNullElse(current, objects.get(objects.size() - 1));
        var refused = io.servicecatalog.console.app.connection.ActionErrors.Action.on("create", failed);
        throw io.servicecatalog.console.app.connection.ActionErrors.describeKeepingInput(e,
            new io.servicecatalog.console.app.connection.ActionErrors.Action("create", refused.group(), refused.plural(),
                namespace, refused.name()));
      }
    }).thenApply(v -> name);
  }

  // ---- step 5: follow, then the keys ----

  private void onStatus(FollowPane pane, ResourceStatus status) {
    if (readyHandled || status == null || status.phase() != Phase.READY || !(pane.objectProperty().get() instanceof ServiceBinding binding)) {
      return;
    }
    readyHandled = true;
    VBox keys = new VBox(8);
    keys.setId("bind-keys");
    keys.getChildren().add(DetailPane.heading(I18n.t("binding.credentials")));
    pane.getChildren().add(keys);
    String namespace = binding.getMetadata().getNamespace();
    String secretName = binding.getSpec().getSecretName() == null ? binding.getMetadata().getName() : binding.getSpec().getSecretName();
    Map<String, String> messages = Map.of(
        "forbidden", I18n.t("secret.forbidden", namespace, secretName),
        "missing", I18n.t("secret.missing", namespace, secretName));
    SecretAccess access = new SecretAccess(client());
    context.background().supply(() -> access.read(namespace, secretName, messages)).whenCompleteAsync((view, error) -> {
      if (error != null || !view.problem().isEmpty()) {
        Label problem = new Label(error != null ? I18n.t("secret.failed", ConnectionErrors.rootMessage(error)) : view.problem());
        problem.setId("bind-keys-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("text-muted");
        keys.getChildren().add(problem);
      } else {
        Label note = new Label(I18n.t("bind.keys.note", secretName, view.keys().size()));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        GridPane grid = DetailPane.facts();
        for (Map.Entry<String, String> entry : view.keys().entrySet()) {
          MaskedValue value = new MaskedValue("bind-secret-" + entry.getKey(), I18n.t("secret.reveal"), I18n.t("secret.copy"));
          value.setValue(entry.getValue());
          value.setRevealAllowed(view.mayReveal());
          value.setCopyHandler(clipboard::copy);
          Label key = new Label(entry.getKey());
          key.getStyleClass().add("code-label");
          key.setMinWidth(Label.USE_PREF_SIZE);
          grid.addRow(grid.getRowCount(), key, value);
        }
        keys.getChildren().addAll(note, grid);
      }
      // The last step of binding: how an application uses the Secret.
      Button snippet = new Button(I18n.t("snippet.button"), new FontIcon(Material2AL.DESCRIPTION));
      snippet.setId("bind-pod-snippet");
      snippet.getStyleClass().add("accent");
      snippet.setOnAction(e -> PodSnippetDialog.show(wizard.stage(), context, binding));
      Label snippetNote = new Label(I18n.t("bind.snippet.note"));
      snippetNote.setWrapText(true);
      snippetNote.getStyleClass().add("text-muted");
      keys.getChildren().addAll(snippetNote, snippet);
      onReady.accept(binding);
    }, context.fx());
  }

  @Override
  public String toString() {
    return "BindWizard[" + model + "]";
  }
}
