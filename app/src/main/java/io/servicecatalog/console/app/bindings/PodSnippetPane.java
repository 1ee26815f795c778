package io.servicecatalog.console.app.bindings;

import atlantafx.base.theme.Styles;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.app.shell.DetailPane;
import io.servicecatalog.console.model.naming.EnvVarNames;
import io.servicecatalog.console.model.snippet.PodSnippets;
import io.servicecatalog.console.model.snippet.SnippetOptions;
import io.servicecatalog.console.model.snippet.SnippetProblem;
import io.servicecatalog.console.model.snippet.SnippetResult;
import io.servicecatalog.console.model.snippet.WorkloadKind;
import io.servicecatalog.console.ui.editor.CodeEditor;
import io.servicecatalog.console.ui.editor.EditorLanguage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pod YAML for a binding's Secret, live as the user chooses: variables per key (names derived from the keys and
 * editable, invalid ones flagged with the reason), variables with literal values, all keys through {@code envFrom}
 * with an optional prefix, and the Secret as a volume (all keys, or chosen keys as named files); container, image,
 * and Pod or Deployment. The YAML comes from {@link PodSnippets}; choices the API server would reject are shown next
 * to their fields instead of YAML. When the Secret's keys cannot be read, the user adds key names and the pane says
 * why.
 */
public final class PodSnippetPane extends BorderPane {

  private static final Logger LOG = LoggerFactory.getLogger(PodSnippetPane.class);

  private final String namespace;
  private final String secretName;
  private final SecretKeys secretKeys;
  private final BackgroundExecutor background;
  private final Executor fx;

  private final List<String> keys = new ArrayList<>();
  private final Map<String, KeyRow> rows = new LinkedHashMap<>();
  private final List<LiteralRow> literals = new ArrayList<>();
  private final Map<String, Label> fieldProblems = new HashMap<>();

  private final RadioButton pod = new RadioButton(I18n.t("snippet.kind.pod"));
  private final RadioButton deployment = new RadioButton(I18n.t("snippet.kind.deployment"));
  private final TextField name = field("snippet-name", SnippetOptions.DEFAULT_NAME);
  private final TextField container = field("snippet-container", SnippetOptions.DEFAULT_NAME);
  private final TextField image = field("snippet-image", SnippetOptions.DEFAULT_IMAGE);
  private final CheckBox envMode = new CheckBox(I18n.t("snippet.mode.env"));
  private final CheckBox envFromMode = new CheckBox(I18n.t("snippet.mode.envFrom"));
  private final TextField prefix = field("snippet-prefix", "");
  private final CheckBox volumeMode = new CheckBox(I18n.t("snippet.mode.volume"));
  private final TextField mountPath;
  private final TextField volumeName;
  private final CheckBox readOnly = new CheckBox(I18n.t("snippet.readOnly"));
  private final CheckBox itemsOnly = new CheckBox(I18n.t("snippet.itemsOnly"));
  private final GridPane envGrid = grid();
  private final GridPane itemGrid = grid();
  private final VBox literalBox = new VBox(6);
  private final TextField newKey = field("snippet-key-new", "");
  private final Label newKeyProblem = DetailPane.problemLabel("snippet-key-new-problem");
  private final VBox generalProblems = new VBox(4);
  private final CodeEditor editor = new CodeEditor(EditorLanguage.YAML, "");
  private final Label noYaml = new Label(I18n.t("snippet.noYaml"));
  private final Label status = new Label();
  private final Button copy = new Button(I18n.t("snippet.copy"), new FontIcon(Material2AL.CONTENT_COPY));
  private final Button save = new Button(I18n.t("snippet.save"), new FontIcon(Material2MZ.SAVE_ALT));

  private SnippetResult result;
  private boolean building = true;

  /**
   * A pane for the Secret {@code secretName} in {@code namespace}.
   *
   * @param namespace the Secret's namespace (the workload's too: Pods can only use Secrets of their own namespace)
   * @param secretName the binding's Secret
   * @param secretKeys its key names, or unknown with the reason
   * @param background where files are written
   * @param fx the FX-thread executor
   */
  public PodSnippetPane(String namespace, String secretName, SecretKeys secretKeys, BackgroundExecutor background,
      Executor fx) {
    this.namespace = namespace;
    this.secretName = secretName;
    this.secretKeys = secretKeys;
    this.background = background;
    this.fx = fx;
    SnippetOptions defaults = SnippetOptions.builder(secretName).build();
    mountPath = field("snippet-mount-path", defaults.mountPath());
    volumeName = field("snippet-volume-name", defaults.volumeName());
    setId("snippet-pane");
    getStyleClass().add("snippet-pane");
    keys.addAll(secretKeys.names());

    ToggleGroup kind = new ToggleGroup();
    pod.setToggleGroup(kind);
    pod.setId("snippet-kind-pod");
    deployment.setToggleGroup(kind);
    deployment.setId("snippet-kind-deployment");
    pod.setSelected(true);
    envMode.setId("snippet-mode-env");
    envFromMode.setId("snippet-mode-envfrom");
    volumeMode.setId("snippet-mode-volume");
    readOnly.setId("snippet-read-only");
    readOnly.setSelected(true);
    itemsOnly.setId("snippet-items-only");
    // Without the keys, variables per key would be empty: envFrom works without knowing them.
    envMode.setSelected(!keys.isEmpty());
    envFromMode.setSelected(keys.isEmpty());

    setTop(header());
    setCenter(body());
    setBottom(footer());
    for (String key : keys) {
      addRow(key);
    }
    for (ObservableValue<?> value : List.of(kind.selectedToggleProperty(), name.textProperty(),
        container.textProperty(), image.textProperty(), envMode.selectedProperty(), envFromMode.selectedProperty(),
        prefix.textProperty(), volumeMode.selectedProperty(), mountPath.textProperty(), volumeName.textProperty(),
        readOnly.selectedProperty(), itemsOnly.selectedProperty())) {
      value.addListener((o, a, b) -> refresh());
    }
    building = false;
    refresh();
  }

  /** The choices as they stand. */
  public SnippetOptions options() {
    SnippetOptions.Builder b = SnippetOptions.builder(secretName)
        .kind(deployment.isSelected() ? WorkloadKind.DEPLOYMENT : WorkloadKind.POD)
        .name(name.getText()).namespace(namespace).secretKeys(keys)
        .containerName(container.getText()).image(image.getText())
        .envFrom(envFromMode.isSelected(), prefix.getText())
        .volume(volumeMode.isSelected(), mountPath.getText()).volumeName(volumeName.getText())
        .readOnly(readOnly.isSelected());
    if (envMode.isSelected()) {
      rows.values().stream().filter(r -> r.envUse.isSelected()).forEach(r -> b.env(r.key, r.envName.getText()));
    }
    for (LiteralRow row : literals) {
      b.literal(row.name.getText(), row.value.getText());
    }
    if (volumeMode.isSelected() && itemsOnly.isSelected()) {
      rows.values().stream().filter(r -> r.itemUse.isSelected()).forEach(r -> b.item(r.key, r.itemPath.getText()));
    }
    return b.build();
  }

  /** What the current choices give: the workload and its YAML, or the problems. */
  public SnippetResult result() {
    return result;
  }

  /** The YAML shown (empty while a choice needs fixing). */
  public String yaml() {
    return editor.getText();
  }

  /** Adds a key name the user knows the Secret has (when its keys cannot be read). */
  public void addKey(String key) {
    Optional<String> problem = PodSnippets.checkKey(key);
    if (problem.isPresent() || keys.contains(key)) {
      newKeyProblem.setText(problem.orElse(I18n.t("snippet.key.exists", key)));
      return;
    }
    newKeyProblem.setText("");
    newKey.clear();
    keys.add(key);
    addRow(key);
    // A key typed by hand is wanted as a variable; the first one switches per-key variables on.
    if (keys.size() == 1) {
      envMode.setSelected(true);
    }
    refresh();
  }

  /** Writes the YAML to {@code file} off the FX thread; the pane says where it went or what failed. */
  public CompletableFuture<Void> saveTo(Path file) {
    String text = yaml();
    return background.run(() -> {
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).whenCompleteAsync((v, error) -> {
      if (error == null) {
        showStatus(I18n.t("snippet.saved", file.toString()), false);
      } else {
        LOG.warn("Saving the Pod snippet to {} failed", file, error);
        showStatus(I18n.t("snippet.saveFailed", file.toString(), ConnectionErrors.rootMessage(error)), true);
      }
    }, fx);
  }

  private Node header() {
    Label title = new Label(I18n.t("snippet.title", namespace, secretName));
    title.setId("snippet-title");
    title.getStyleClass().add("title-3");
    title.setWrapText(true);
    Label intro = new Label(I18n.t("snippet.intro"));
    intro.getStyleClass().add("text-muted");
    intro.setWrapText(true);
    VBox box = new VBox(4, title, intro);
    if (!secretKeys.known()) {
      Label note = new Label(I18n.t("snippet.keys.unknown", secretKeys.reason()));
      note.setId("snippet-keys-note");
      note.setWrapText(true);
      note.getStyleClass().add(Styles.WARNING);
      box.getChildren().add(note);
    }
    box.setPadding(new Insets(12, 16, 8, 16));
    return box;
  }

  private Node body() {
    VBox form = new VBox(14);
    form.setId("snippet-form");
    form.setPadding(new Insets(4, 16, 16, 16));

    GridPane workload = grid();
    HBox kinds = new HBox(12, pod, deployment);
    row(workload, I18n.t("snippet.kind"), kinds, null);
    row(workload, I18n.t("snippet.name"), name, "name");
    row(workload, I18n.t("snippet.container"), container, "container");
    row(workload, I18n.t("snippet.image"), image, "image");
    Label ns = new Label(namespace);
    ns.setId("snippet-namespace");
    ns.setPadding(new Insets(5, 0, 0, 0));
    row(workload, I18n.t("snippet.namespace"), ns, "namespace");
    form.getChildren().add(section(I18n.t("snippet.section.workload"), workload));

    envGrid.setId("snippet-env-grid");
    envGrid.disableProperty().bind(envMode.selectedProperty().not());
    VBox env = new VBox(6, envMode, envGrid);
    if (!secretKeys.known()) {
      Button add = new Button(I18n.t("snippet.key.add"), new FontIcon(Material2AL.ADD));
      add.setId("snippet-key-add");
      add.setOnAction(e -> addKey(newKey.getText().trim()));
      newKey.setOnAction(e -> addKey(newKey.getText().trim()));
      newKey.setPromptText(I18n.t("snippet.key.prompt"));
      HBox.setHgrow(newKey, Priority.ALWAYS);
      HBox addRow = new HBox(8, newKey, add);
      addRow.setAlignment(Pos.CENTER_LEFT);
      env.getChildren().addAll(addRow, newKeyProblem);
    }
    form.getChildren().add(section(I18n.t("snippet.section.env"), env));

    literalBox.setId("snippet-literals");
    Button addLiteral = new Button(I18n.t("snippet.literal.add"), new FontIcon(Material2AL.ADD));
    addLiteral.setId("snippet-literal-add");
    addLiteral.setOnAction(e -> addLiteral("", ""));
    Label literalHint = new Label(I18n.t("snippet.literal.hint"));
    literalHint.setWrapText(true);
    literalHint.getStyleClass().add("text-muted");
    form.getChildren().add(section(I18n.t("snippet.section.literal"), new VBox(6, literalHint, literalBox, addLiteral)));

    GridPane from = grid();
    row(from, I18n.t("snippet.prefix"), prefix, "envFrom.prefix");
    prefix.setPromptText(I18n.t("snippet.prefix.prompt"));
    from.disableProperty().bind(envFromMode.selectedProperty().not());
    form.getChildren().add(section(I18n.t("snippet.section.envFrom"), new VBox(6, envFromMode, from)));

    GridPane volume = grid();
    row(volume, I18n.t("snippet.mountPath"), mountPath, "volume.mountPath");
    row(volume, I18n.t("snippet.volumeName"), volumeName, "volume.name");
    volume.add(readOnly, 1, volume.getRowCount());
    volume.add(itemsOnly, 1, volume.getRowCount());
    itemGrid.setId("snippet-item-grid");
    itemGrid.disableProperty().bind(itemsOnly.selectedProperty().not());
    itemGrid.visibleProperty().bind(itemsOnly.selectedProperty());
    itemGrid.managedProperty().bind(itemsOnly.selectedProperty());
    VBox volumeBox = new VBox(6, volume, itemGrid);
    volumeBox.disableProperty().bind(volumeMode.selectedProperty().not());
    form.getChildren().add(section(I18n.t("snippet.section.volume"), new VBox(6, volumeMode, volumeBox)));

    ScrollPane scroll = new ScrollPane(form);
    scroll.setId("snippet-form-scroll");
    scroll.setFitToWidth(true);
    scroll.setMinWidth(340);

    generalProblems.setId("snippet-problems");
    editor.setId("snippet-yaml");
    editor.setEditable(false);
    noYaml.setId("snippet-no-yaml");
    noYaml.setWrapText(true);
    noYaml.getStyleClass().add("text-muted");
    noYaml.setMaxWidth(300);
    noYaml.setMouseTransparent(true);
    StackPane yamlBox = new StackPane(editor, noYaml);
    VBox.setVgrow(yamlBox, Priority.ALWAYS);
    VBox output = new VBox(8, generalProblems, yamlBox);
    output.setPadding(new Insets(4, 16, 8, 8));
    output.setMinWidth(320);
    SplitPane split = new SplitPane(scroll, output);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.48);
    return split;
  }

  private Node footer() {
    status.setId("snippet-status");
    status.setWrapText(true);
    status.setMinWidth(0);
    HBox.setHgrow(status, Priority.ALWAYS);
    status.setMaxWidth(Double.MAX_VALUE);
    copy.setId("snippet-copy");
    copy.setMinWidth(Region.USE_PREF_SIZE);
    copy.setOnAction(e -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(yaml());
      Clipboard.getSystemClipboard().setContent(content);
      showStatus(I18n.t("snippet.copied"), false);
    });
    save.setId("snippet-save");
    save.setMinWidth(Region.USE_PREF_SIZE);
    save.setOnAction(e -> chooseFile());
    HBox bar = new HBox(8, status, copy, save);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 16, 12, 16));
    return bar;
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(I18n.t("snippet.save.title"));
    chooser.setInitialFileName(name.getText() + (deployment.isSelected() ? "-deployment.yaml" : "-pod.yaml"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("snippet.save.filter"), "*.yaml", "*.yml"));
    File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
    if (file != null) {
      saveTo(file.toPath());
    }
  }

  private void addRow(String key) {
    KeyRow row = new KeyRow(key);
    rows.put(key, row);
    // Field and problem share one cell: a VBox gives a wrapped problem its height, a GridPane row would not.
    int r = envGrid.getRowCount();
    envGrid.add(row.envUse, 0, r);
    envGrid.add(new VBox(2, row.envName, row.envProblem), 1, r);
    GridPane.setValignment(row.envUse, javafx.geometry.VPos.TOP);
    row.envUse.setPadding(new Insets(6, 0, 0, 0));
    int i = itemGrid.getRowCount();
    itemGrid.add(row.itemUse, 0, i);
    itemGrid.add(new VBox(2, row.itemPath, row.itemProblem), 1, i);
    GridPane.setValignment(row.itemUse, javafx.geometry.VPos.TOP);
    row.itemUse.setPadding(new Insets(6, 0, 0, 0));
    fieldProblems.put(SnippetProblem.envField(key), row.envProblem);
    fieldProblems.put(SnippetProblem.itemField(key), row.itemProblem);
    if (!building) {
      refresh();
    }
  }

  /** Adds a variable with a literal value (for example the path of a mounted key). */
  public void addLiteral(String envName, String value) {
    int index = literals.size();
    LiteralRow row = new LiteralRow(index);
    row.name.setText(envName);
    row.value.setText(value);
    literals.add(row);
    literalBox.getChildren().add(row.box);
    fieldProblems.put(SnippetProblem.literalField(index), row.problem);
    refresh();
  }

  private void removeLiteral(LiteralRow row) {
    literals.remove(row);
    literalBox.getChildren().clear();
    fieldProblems.keySet().removeIf(k -> k.startsWith("literal["));
    List<LiteralRow> kept = new ArrayList<>(literals);
    literals.clear();
    for (LiteralRow old : kept) {
      LiteralRow renumbered = new LiteralRow(literals.size());
      renumbered.name.setText(old.name.getText());
      renumbered.value.setText(old.value.getText());
      literals.add(renumbered);
      literalBox.getChildren().add(renumbered.box);
      fieldProblems.put(SnippetProblem.literalField(renumbered.index), renumbered.problem);
    }
    refresh();
  }

  private void refresh() {
    if (building) {
      return;
    }
    SnippetOptions options = options();
    SnippetResult generated = PodSnippets.generate(options);
    List<SnippetProblem> extra = new ArrayList<>();
    if (options.volume() && itemsOnly.isSelected() && options.items().isEmpty()) {
      extra.add(new SnippetProblem("items", true, I18n.t("snippet.items.none")));
    }
    if (!extra.isEmpty()) {
      List<SnippetProblem> all = new ArrayList<>(generated.problems());
      all.addAll(extra);
      generated = new SnippetResult(Optional.empty(), "", all);
    }
    result = generated;
    fieldProblems.values().forEach(l -> show(l, null));
    generalProblems.getChildren().clear();
    for (SnippetProblem problem : generated.problems()) {
      Label label = fieldProblems.get(problem.field());
      if (label != null && label.getText().isEmpty()) {
        show(label, problem);
      } else {
        Label general = DetailPane.problemLabel("snippet-problem-" + sanitize(problem.field()));
        show(general, problem);
        generalProblems.getChildren().add(general);
      }
    }
    editor.setText(generated.yaml());
    noYaml.setVisible(!generated.ok());
    copy.setDisable(!generated.ok());
    save.setDisable(!generated.ok());
    long errors = generated.errors().size();
    if (generated.ok()) {
      showStatus(I18n.t("snippet.status.ok", namespace), false);
    } else {
      showStatus(I18n.t("snippet.status.errors", errors), true);
    }
  }

  private void showStatus(String text, boolean problem) {
    status.setText(text);
    status.getStyleClass().removeAll(Styles.DANGER, "text-muted");
    status.getStyleClass().add(problem ? Styles.DANGER : "text-muted");
  }

  private static void show(Label label, SnippetProblem problem) {
    label.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
    if (problem == null) {
      label.setText("");
      label.setVisible(false);
      label.setManaged(false);
      return;
    }
    label.setText(problem.message());
    label.getStyleClass().add(problem.error() ? Styles.DANGER : Styles.WARNING);
    label.setVisible(true);
    label.setManaged(true);
  }

  private void row(GridPane grid, String caption, Node control, String field) {
    int r = grid.getRowCount();
    Label label = new Label(caption);
    label.setMinWidth(Region.USE_PREF_SIZE);
    grid.add(label, 0, r);
    GridPane.setValignment(label, javafx.geometry.VPos.TOP);
    label.setPadding(new Insets(5, 0, 0, 0));
    if (field != null) {
      Label problem = DetailPane.problemLabel("snippet-problem-" + sanitize(field));
      grid.add(new VBox(2, control, problem), 1, r);
      fieldProblems.put(field, problem);
    } else {
      grid.add(control, 1, r);
    }
  }

  private static Node section(String title, Node content) {
    Label heading = new Label(title);
    heading.getStyleClass().add("section-title");
    return new VBox(6, heading, content);
  }

  private static GridPane grid() {
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(4);
    ColumnConstraints caption = new ColumnConstraints();
    caption.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints value = new ColumnConstraints();
    value.setHgrow(Priority.ALWAYS);
    value.setFillWidth(true);
    value.setMinWidth(120);
    grid.getColumnConstraints().addAll(caption, value);
    return grid;
  }

  private TextField field(String id, String text) {
    TextField field = new TextField(text);
    field.setId(id);
    field.setMaxWidth(Double.MAX_VALUE);
    if (!id.equals("snippet-key-new")) {
      field.textProperty().addListener((o, a, b) -> refresh());
    }
    return field;
  }

  /** An id-safe form of a key or field: letters, digits, '-' and '_' only. */
  static String sanitize(String text) {
    return text.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** One Secret key: its variable (used or not, name) and its file (used or not, path). */
  private final class KeyRow {
    final String key;
    final CheckBox envUse;
    final TextField envName;
    final Label envProblem;
    final CheckBox itemUse;
    final TextField itemPath;
    final Label itemProblem;

    KeyRow(String key) {
      this.key = key;
      String id = sanitize(key);
      envUse = new CheckBox(key);
      // Keys are shown as they are: an underscore is part of the name, not a keyboard mnemonic.
      envUse.setMnemonicParsing(false);
      envUse.setId("snippet-env-use-" + id);
      envUse.setSelected(true);
      envUse.getStyleClass().add("code");
      envUse.setMinWidth(Region.USE_PREF_SIZE);
      envUse.setTooltip(new Tooltip(I18n.t("snippet.env.use", key)));
      envName = field("snippet-env-name-" + id, EnvVarNames.fromSecretKey(key).envName().orElse(""));
      envName.setPromptText(I18n.t("snippet.env.prompt"));
      envName.disableProperty().bind(envUse.selectedProperty().not());
      envProblem = DetailPane.problemLabel("snippet-env-problem-" + id);
      itemUse = new CheckBox(key);
      itemUse.setMnemonicParsing(false);
      itemUse.setId("snippet-item-use-" + id);
      itemUse.getStyleClass().add("code");
      itemUse.setMinWidth(Region.USE_PREF_SIZE);
      itemPath = field("snippet-item-path-" + id, key);
      itemPath.disableProperty().bind(itemUse.selectedProperty().not());
      itemProblem = DetailPane.problemLabel("snippet-item-problem-" + id);
      envUse.selectedProperty().addListener((o, a, b) -> refresh());
      itemUse.selectedProperty().addListener((o, a, b) -> refresh());
    }
  }

  /** A variable with a literal value. */
  private final class LiteralRow {
    final int index;
    final TextField name;
    final TextField value;
    final Label problem;
    final VBox box;

    LiteralRow(int index) {
      this.index = index;
      name = field("snippet-literal-name-" + index, "");
      name.setPromptText(I18n.t("snippet.literal.name"));
      value = field("snippet-literal-value-" + index, "");
      value.setPromptText(I18n.t("snippet.literal.value"));
      Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
      remove.setId("snippet-literal-remove-" + index);
      remove.setTooltip(new Tooltip(I18n.t("snippet.literal.remove")));
      remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
      remove.setOnAction(e -> removeLiteral(this));
      HBox.setHgrow(name, Priority.ALWAYS);
      HBox.setHgrow(value, Priority.SOMETIMES);
      name.setPrefColumnCount(12);
      value.setPrefColumnCount(14);
      HBox line = new HBox(6, name, new Label("="), value, remove);
      line.setAlignment(Pos.CENTER_LEFT);
      problem = DetailPane.problemLabel("snippet-literal-problem-" + index);
      box = new VBox(2, line, problem);
    }
  }
}
