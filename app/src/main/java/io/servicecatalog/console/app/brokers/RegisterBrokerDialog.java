package io.servicecatalog.console.app.brokers;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.servicecatalog.console.app.I18n;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.connection.ActionErrors;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.osb.OsbClient;
import io.servicecatalog.console.osb.OsbException;
import io.servicecatalog.console.osb.catalog.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register/edit broker form: name and scope, URL, authentication through a new or an existing Secret,
 * CA bundle or insecure mode, relist behaviour, catalog restrictions; "Test connection" fetches the catalog
 * through osb-client and previews what would appear. Saving creates (or updates) the objects off the FX
 * thread and keeps the dialog open with the reason if the API refuses.
 */
public final class RegisterBrokerDialog extends Dialog<HasMetadata> {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterBrokerDialog.class);
  public static final ButtonType SAVE = new ButtonType(I18n.t("register.save"), ButtonBar.ButtonData.OK_DONE);

  private final ViewContext context;
  private final RegisterBrokerModel model;
  private final Label problems = new Label();
  private final TextArea preview = new TextArea();
  private final ProgressIndicator busy = new ProgressIndicator();

  public RegisterBrokerDialog(ViewContext context, RegisterBrokerModel model, Window owner) {
    this.context = context;
    this.model = model;
    if (owner != null) {
      initOwner(owner);
    }
    setTitle(I18n.t(model.editing() ? "register.editTitle" : "register.title"));
    setHeaderText(null);
    setResizable(true);
    getDialogPane().setId("register-broker");
    getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, SAVE);
    getDialogPane().setContent(form());
    getDialogPane().setPrefSize(700, 840);
    Button save = (Button) getDialogPane().lookupButton(SAVE);
    save.setId("register-save");
    save.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
      e.consume();
      submit();
    });
    setResultConverter(b -> null);
  }

  private Node form() {
    // Rows in a VBox rather than a grid: rows that hide (auth fields) then take no space at all.
    VBox grid = new VBox(10);

    TextField name = field("register-name", model.name);
    name.setDisable(model.editing());
    row(grid, I18n.t("register.name"), name);

    ToggleGroup scope = new ToggleGroup();
    RadioButton cluster = new RadioButton(I18n.t("scope.cluster"));
    cluster.setId("register-scope-cluster");
    cluster.setToggleGroup(scope);
    RadioButton namespaced = new RadioButton(I18n.t("scope.namespace"));
    namespaced.setId("register-scope-namespace");
    namespaced.setToggleGroup(scope);
    (model.clusterScoped.get() ? cluster : namespaced).setSelected(true);
    cluster.selectedProperty().addListener((o, a, now) -> model.clusterScoped.set(now));
    TextField namespace = field("register-namespace", model.namespace);
    namespace.disableProperty().bind(model.clusterScoped);
    HBox scopeRow = new HBox(12, cluster, namespaced, namespace);
    scopeRow.setAlignment(Pos.CENTER_LEFT);
    scopeRow.setDisable(model.editing());
    row(grid, I18n.t("register.scope"), scopeRow);

    TextField url = field("register-url", model.url);
    url.setPromptText("https://broker.example.com");
    Label plainHttpWarning = new Label(I18n.t("register.plainHttpWarning"));
    plainHttpWarning.setId("register-plain-http-warning");
    plainHttpWarning.getStyleClass().add("problem");
    plainHttpWarning.setWrapText(true);
    visibleWhen(model.plainHttp(), plainHttpWarning);
    row(grid, I18n.t("register.url"), new VBox(4, url, plainHttpWarning));

    ComboBox<RegisterBrokerModel.Auth> auth = new ComboBox<>();
    auth.setId("register-auth");
    auth.getItems().setAll(RegisterBrokerModel.Auth.values());
    auth.valueProperty().bindBidirectional(model.auth);
    auth.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(RegisterBrokerModel.Auth a) {
        return a == null ? "" : I18n.t("register.auth." + a.name().toLowerCase(java.util.Locale.ROOT));
      }

      @Override
      public RegisterBrokerModel.Auth fromString(String s) {
        return null;
      }
    });
    row(grid, I18n.t("register.auth"), auth);

    CheckBox existing = new CheckBox(I18n.t("register.existingSecret"));
    existing.setId("register-existing-secret");
    existing.selectedProperty().bindBidirectional(model.existingSecret);
    TextField secretName = field("register-secret-name", model.secretName);
    secretName.setPromptText(I18n.t("register.secretName"));
    TextField secretNs = field("register-secret-namespace", model.secretNamespace);
    secretNs.setPromptText(I18n.t("register.secretNamespace"));
    secretNs.disableProperty().bind(model.clusterScoped.not());
    HBox secretFields = new HBox(8, secretName, secretNs);
    VBox secretRow = new VBox(6, secretFields, existing);
    visibleWhen(model.auth.isNotEqualTo(RegisterBrokerModel.Auth.NONE), row(grid, I18n.t("register.secret"), secretRow));

    TextField username = field("register-username", model.username);
    PasswordField password = new PasswordField();
    password.setId("register-password");
    password.textProperty().bindBidirectional(model.password);
    HBox basicRow = new HBox(8, username, password);
    username.setPromptText(I18n.t("register.username"));
    password.setPromptText(I18n.t("register.password"));
    visibleWhen(model.auth.isEqualTo(RegisterBrokerModel.Auth.BASIC).and(model.existingSecret.not()),
        row(grid, I18n.t("register.credentials"), basicRow));
    PasswordField token = new PasswordField();
    token.setId("register-token");
    token.textProperty().bindBidirectional(model.token);
    visibleWhen(model.auth.isEqualTo(RegisterBrokerModel.Auth.BEARER).and(model.existingSecret.not()),
        row(grid, I18n.t("register.token"), token));

    TextArea ca = new TextArea();
    ca.setId("register-ca");
    ca.setPrefRowCount(3);
    ca.getStyleClass().add("code");
    ca.textProperty().bindBidirectional(model.caBundle);
    ca.setPromptText(I18n.t("register.caPrompt"));
    Button caFile = new Button(I18n.t("register.caFile"));
    caFile.setId("register-ca-file");
    caFile.setOnAction(e -> chooseCa());
    VBox caBox = new VBox(6, ca, caFile);
    row(grid, I18n.t("register.ca"), caBox);

    CheckBox insecure = new CheckBox(I18n.t("register.insecure"));
    insecure.setId("register-insecure");
    insecure.selectedProperty().bindBidirectional(model.insecure);
    Label insecureWarning = new Label(I18n.t("register.insecureWarning"));
    insecureWarning.setId("register-insecure-warning");
    insecureWarning.getStyleClass().add("problem");
    insecureWarning.setWrapText(true);
    VBox tls = new VBox(4, insecure, insecureWarning);
    visibleWhen(model.insecure, insecureWarning);
    row(grid, I18n.t("register.tls"), tls);

    CheckBox manual = new CheckBox(I18n.t("register.manualRelist"));
    manual.setId("register-manual-relist");
    manual.selectedProperty().bindBidirectional(model.manualRelist);
    TextField interval = field("register-relist-interval", model.relistInterval);
    interval.setPrefColumnCount(8);
    interval.disableProperty().bind(model.manualRelist);
    Label every = new Label(I18n.t("register.every"));
    HBox relist = new HBox(8, manual, every, interval);
    relist.setAlignment(Pos.CENTER_LEFT);
    row(grid, I18n.t("register.relist"), relist);

    TextArea classes = new TextArea();
    classes.setId("register-class-restrictions");
    classes.setPrefRowCount(2);
    classes.setPromptText("spec.externalName in (mysql, redis)");
    classes.textProperty().bindBidirectional(model.classRestrictions);
    TextArea plans = new TextArea();
    plans.setId("register-plan-restrictions");
    plans.setPrefRowCount(2);
    plans.setPromptText("spec.free==true");
    plans.textProperty().bindBidirectional(model.planRestrictions);
    row(grid, I18n.t("register.classRestrictions"), classes);
    row(grid, I18n.t("register.planRestrictions"), plans);

    Button test = new Button(I18n.t("register.test"));
    test.setId("register-test");
    test.setOnAction(e -> testConnection());
    busy.setPrefSize(18, 18);
    busy.setVisible(false);
    preview.setId("register-preview");
    preview.setEditable(false);
    preview.setPrefRowCount(5);
    preview.setWrapText(true);
    preview.setPromptText(I18n.t("register.previewPrompt"));
    HBox testRow = new HBox(8, test, busy);
    testRow.setAlignment(Pos.CENTER_LEFT);
    problems.setId("register-problems");
    problems.getStyleClass().add("problem");
    problems.setWrapText(true);
    VBox box = new VBox(14, grid, testRow, preview, problems);
    box.setPadding(new Insets(4));
    ScrollPane scroll = new ScrollPane(box);
    scroll.setFitToWidth(true);
    return scroll;
  }

  private static TextField field(String id, javafx.beans.property.StringProperty property) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(property);
    HBox.setHgrow(field, Priority.ALWAYS);
    return field;
  }

  private static HBox row(VBox form, String name, Node value) {
    Label label = new Label(name);
    label.setMinWidth(150);
    label.setPrefWidth(150);
    label.setPadding(new Insets(5, 0, 0, 0));
    HBox.setHgrow(value, Priority.ALWAYS);
    if (value instanceof javafx.scene.layout.Region region) {
      region.setMaxWidth(Double.MAX_VALUE);
    }
    HBox row = new HBox(12, label, value);
    row.setAlignment(Pos.TOP_LEFT);
    form.getChildren().add(row);
    return row;
  }

  private static void visibleWhen(javafx.beans.value.ObservableBooleanValue condition, Node... nodes) {
    for (Node node : nodes) {
      node.visibleProperty().bind(condition);
      node.managedProperty().bind(condition);
    }
  }

  private void chooseCa() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(I18n.t("register.caFile"));
    java.io.File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
    if (file != null) {
      loadCa(file.toPath());
    }
  }

  /** Reads a PEM CA bundle off the FX thread into the form. */
  public void loadCa(Path file) {
    context.background().supply(() -> {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).whenCompleteAsync((pem, error) -> {
      if (error != null) {
        problems.setText(I18n.t("register.problem.caFile", file, ConnectionErrors.rootMessage(error)));
      } else {
        model.caBundle.set(pem);
      }
    }, context.fx());
  }

  private void testConnection() {
    var urlProblem = model.urlProblem();
    if (urlProblem.isPresent()) {
      problems.setText(urlProblem.get());
      return;
    }
    problems.setText("");
    busy.setVisible(true);
    preview.setText(I18n.t("register.testing", model.url.get()));
    boolean existing = model.existingSecret.get() && model.auth.get() != RegisterBrokerModel.Auth.NONE;
    String secretNs = model.secretNamespace();
    String secretName = model.secretName.get();
    context.background().supply(() -> {
      Map<String, String> stored = existing ? readSecret(secretNs, secretName) : Map.of();
      OsbClient client = model.osbClient(stored);
      Catalog catalog = client.catalog();
      return RegisterBrokerModel.preview(catalog);
    }).whenCompleteAsync((lines, error) -> {
      busy.setVisible(false);
      if (error != null) {
        Throwable cause = error.getCause() == null ? error : error.getCause();
        String why = cause instanceof OsbException osb ? osb.getMessage() : ConnectionErrors.rootMessage(cause);
        preview.setText(I18n.t("register.testFailed", why));
        preview.getStyleClass().add("failed");
      } else {
        preview.getStyleClass().remove("failed");
        preview.setText(I18n.t("register.testOk", lines.size()) + "\n" + String.join("\n", lines));
      }
    }, context.fx());
  }

  private Map<String, String> readSecret(String namespace, String name) {
    Secret secret = context.connection().client().secrets().inNamespace(namespace).withName(name).get();
    if (secret == null) {
      throw new IllegalStateException(I18n.t("register.problem.noSecret", namespace, name));
    }
    Map<String, String> values = new HashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> values.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
    }
    if (secret.getStringData() != null) {
      values.putAll(secret.getStringData());
    }
    return values;
  }

  private void submit() {
    List<String> found = model.problems();
    if (!found.isEmpty()) {
      problems.setText(String.join("\n", found));
      return;
    }
    problems.setText("");
    busy.setVisible(true);
    HasMetadata broker = model.broker();
    var secret = model.newSecret();
    var client = context.connection().client();
    String verb = model.editing() ? "update" : "create";
    context.background().supply(() -> {
      secret.ifPresent(s -> {
        try {
          client.secrets().resource(s).createOr(existing -> existing.update());
        } catch (KubernetesClientException e) {
          throw ActionErrors.describe(e, ActionErrors.Action.on("create", s));
        }
      });
      try {
        return model.editing() ? client.resource(broker).update() : client.resource(broker).create();
      } catch (KubernetesClientException e) {
        throw ActionErrors.describe(e, ActionErrors.Action.on(verb, broker));
      }
    }).whenCompleteAsync((saved, error) -> {
      busy.setVisible(false);
      if (error != null) {
        String why = ActionErrors.sentence(error, ActionErrors.Action.on(verb, broker));
        LOG.info("Saving broker {} failed: {}", broker.getMetadata().getName(), why);
        problems.setText(I18n.t("register.saveFailed", why));
      } else {
        setResult(saved);
        close();
      }
    }, context.fx());
  }

  /** The form's model (for tests). */
  public RegisterBrokerModel model() {
    return model;
  }
}
