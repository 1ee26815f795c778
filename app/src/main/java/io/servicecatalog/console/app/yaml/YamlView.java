package io.servicecatalog.console.app.yaml;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.ui.editor.CodeEditor;
import io.servicecatalog.console.ui.editor.EditorLanguage;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * An object's YAML, read-only and highlighted, with a copy button. The text comes from fabric8's own
 * serialisation.
 */
public final class YamlView extends BorderPane {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private final CodeEditor text = new CodeEditor(EditorLanguage.YAML, "");

  public YamlView(HasMetadata object) {
    setId("yaml-view");
    getStyleClass().add("yaml-view");
    text.setId("yaml-text");
    text.setEditable(false);
    text.setText(yaml(object));
    Label title = new Label(I18n.t("yaml.title", object.getKind(), object.getMetadata().getName()));
    title.getStyleClass().add("title-4");
    title.setMinWidth(0);
    Button copy = new Button(I18n.t("yaml.copy"), new FontIcon(Material2AL.CONTENT_COPY));
    copy.setId("yaml-copy");
    copy.setOnAction(e -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(text.getText());
      Clipboard.getSystemClipboard().setContent(content);
    });
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(8, title, grow, copy);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(0, 0, 8, 0));
    setTop(bar);
    setCenter(text);
    setPadding(new Insets(12));
  }

  /** The YAML text shown. */
  public String text() {
    return text.getText();
  }

  /** The object as YAML; the server's bookkeeping of field managers is left out, as kubectl does by default. */
  public static String yaml(HasMetadata object) {
    HasMetadata copy = SERIALIZATION.clone(object);
    copy.getMetadata().setManagedFields(null);
    return SERIALIZATION.asYaml(copy);
  }

  /** Opens the YAML of {@code object} in its own window. */
  public static Stage show(Window owner, HasMetadata object) {
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.NONE);
    }
    stage.setTitle(I18n.t("yaml.title", object.getKind(), object.getMetadata().getName()));
    Scene scene = new Scene(new YamlView(object), 720, 640);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    stage.setScene(scene);
    stage.show();
    return stage;
  }
}
