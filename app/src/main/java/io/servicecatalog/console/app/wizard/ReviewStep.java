package io.servicecatalog.console.app.wizard;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.BackgroundExecutor;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.ui.editor.CodeEditor;
import io.servicecatalog.console.ui.editor.EditorLanguage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The review step: the exact YAML of every object the wizard will create (fabric8's own serialisation),
 * highlighted, with Copy and Save as… for people who keep their objects in Git. Secret values are hidden on
 * screen until the user asks to see them; Copy and Save always give the exact objects.
 *
 * <p>Ids: {@code review-yaml}, {@code review-copy}, {@code review-save}, {@code review-show-secrets},
 * {@code review-status}.
 */
public class ReviewStep extends WizardStep {

  static final String REDACTED = "<redacted>";
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private final Supplier<? extends List<? extends HasMetadata>> objects;
  private final BackgroundExecutor background;
  private final Executor fx;
  private final CodeEditor editor = new CodeEditor(EditorLanguage.YAML, "");
  private final CheckBox showSecrets = new CheckBox(I18n.t("review.showSecrets"));
  private final Label status = new Label();
  private List<HasMetadata> current = List.of();
  private String exact = "";

  /**
   * @param objects what will be created, asked for each time the step is shown
   * @param background where files are written
   * @param fx brings results back to the FX thread
   */
  public ReviewStep(String id, String title, String explanation, Supplier<? extends List<? extends HasMetadata>> objects,
      BackgroundExecutor background, Executor fx) {
    super(id, title, explanation);
    this.objects = objects;
    this.background = background;
    this.fx = fx;
    setScrollable(false);
    setOnEnter(this::refresh);
  }

  /** The toolbar above the editor. */
  @Override
  protected VBox createContent() {
    editor.setId("review-yaml");
    editor.setEditable(false);
    VBox.setVgrow(editor, Priority.ALWAYS);
    Button copy = new Button(I18n.t("review.copy"), new FontIcon(Material2AL.CONTENT_COPY));
    copy.setId("review-copy");
    copy.setOnAction(e -> copy());
    Button save = new Button(I18n.t("review.save"), new FontIcon(Material2MZ.SAVE_ALT));
    save.setId("review-save");
    save.setOnAction(e -> chooseFile());
    showSecrets.setId("review-show-secrets");
    showSecrets.selectedProperty().addListener((o, a, b) -> render());
    status.setId("review-status");
    status.getStyleClass().add("text-muted");
    status.setWrapText(true);
    status.setMinWidth(0);
    HBox.setHgrow(status, Priority.ALWAYS);
    HBox bar = new HBox(8, copy, save, showSecrets, status);
    bar.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(8, bar, editor);
    box.setFillWidth(true);
    return box;
  }

  private void refresh() {
    current = new ArrayList<>(objects.get());
    exact = yaml(current, false);
    boolean anySecret = current.stream().anyMatch(Secret.class::isInstance);
    showSecrets.setVisible(anySecret);
    showSecrets.setManaged(anySecret);
    status.setText("");
    render();
  }

  private void render() {
    editor.setText(showSecrets.isSelected() ? exact : yaml(current, true));
  }

  /** The exact YAML that Copy and Save give. */
  public String yaml() {
    return exact;
  }

  /** The YAML on screen (Secret values hidden unless shown). */
  public String shownYaml() {
    return editor.getText();
  }

  /** Puts the exact YAML on the clipboard. */
  public void copy() {
    ClipboardContent content = new ClipboardContent();
    content.putString(exact);
    Clipboard.getSystemClipboard().setContent(content);
    status.setText(I18n.t("review.copied"));
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(I18n.t("review.saveTitle"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("review.yamlFiles"), "*.yaml", "*.yml"));
    chooser.setInitialFileName(current.isEmpty() ? "objects.yaml" : current.get(0).getMetadata().getName() + ".yaml");
    File file = chooser.showSaveDialog(editor.getScene() == null ? null : editor.getScene().getWindow());
    if (file != null) {
      saveTo(file.toPath());
    }
  }

  /** Writes the exact YAML to {@code file} off the FX thread; the step says where it went or why it could not. */
  public CompletableFuture<Void> saveTo(Path file) {
    String text = exact;
    status.setText(I18n.t("review.saving"));
    return background.run(() -> {
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).whenCompleteAsync((ok, error) -> status.setText(error == null ? I18n.t("review.saved", file.toString())
        : I18n.t("review.saveFailed", file.toString(), ConnectionErrors.rootMessage(error))), fx);
  }

  /**
   * The objects as one YAML stream (documents separated by {@code ---}), in fabric8's serialisation. With
   * {@code hideSecrets}, every value of a Secret's {@code data} and {@code stringData} reads {@code <redacted>}.
   */
  public static String yaml(List<? extends HasMetadata> objects, boolean hideSecrets) {
    StringBuilder out = new StringBuilder();
    for (HasMetadata object : objects) {
      HasMetadata copy = SERIALIZATION.clone(object);
      if (hideSecrets && copy instanceof Secret secret) {
        secret.setData(redact(secret.getData()));
        secret.setStringData(redact(secret.getStringData()));
      }
      String doc = SERIALIZATION.asYaml(copy);
      if (doc.startsWith("---\n")) {
        doc = doc.substring(4);
      }
      out.append("---\n").append(doc);
      if (!doc.endsWith("\n")) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static Map<String, String> redact(Map<String, String> values) {
    if (values == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    values.keySet().forEach(k -> out.put(k, REDACTED));
    return out;
  }
}
