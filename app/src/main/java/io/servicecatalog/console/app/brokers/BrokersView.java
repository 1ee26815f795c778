package io.servicecatalog.console.app.brokers;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ActionErrors;
import io.servicecatalog.console.app.shell.DetailPane;
import io.servicecatalog.console.app.shell.Formats;
import io.servicecatalog.console.app.shell.Page;
import io.servicecatalog.console.app.shell.Tables;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.app.store.LiveRow;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.CommonServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerAuthInfo;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerResource;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.ui.controls.ConditionBadge;
import io.servicecatalog.console.ui.controls.ConditionBadge.Tone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Cluster and namespaced brokers in one live table, and the selected broker in full: status and message,
 * last catalog fetch, URL, authentication, TLS (insecure flagged), relist behaviour, class and plan counts;
 * with sync, register, edit, delete and YAML.
 */
public final class BrokersView extends BorderPane implements Page {

  private final ViewContext context;
  private final BrokerActions actions;
  /** The rows of both kinds; a broker's update re-sorts the table and redraws the detail (brokers are few). */
  private final ObservableList<LiveRow<HasMetadata>> brokers =
      FXCollections.observableArrayList(row -> new javafx.beans.Observable[] {row});
  private final TableView<LiveRow<HasMetadata>> table = new TableView<>();
  private final ScrollPane detail = new ScrollPane();
  private final Label feedback = new Label();

  public BrokersView(ViewContext context) {
    this.context = context;
    this.actions = new BrokerActions(context.connection().client());
    setId("brokers");
    getStyleClass().add("brokers-view");
    ObservableList<LiveRow<HasMetadata>> cluster = context.store().list(ServiceCatalogKind.CLUSTER_SERVICE_BROKER).rows();
    ObservableList<LiveRow<HasMetadata>> namespaced = context.store().list(ServiceCatalogKind.SERVICE_BROKER).rows();
    ListChangeListener<LiveRow<HasMetadata>> merge = c -> merge(cluster, namespaced);
    cluster.addListener(merge);
    namespaced.addListener(merge);
    // Classes and plans change the counts shown.
    ListChangeListener<HasMetadata> counts = c -> showDetail(selected());
    for (ServiceCatalogKind kind : List.of(ServiceCatalogKind.CLUSTER_SERVICE_CLASS, ServiceCatalogKind.SERVICE_CLASS,
        ServiceCatalogKind.CLUSTER_SERVICE_PLAN, ServiceCatalogKind.SERVICE_PLAN)) {
      context.store().list(kind).items().addListener(counts);
    }
    table.setId("brokers-table");
    table.setRowFactory(t -> Tables.cachedRow());
    SortedList<LiveRow<HasMetadata>> sorted = new SortedList<>(brokers);
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().setAll(List.of(
        Tables.text(I18n.t("col.name"), 170, b -> b.getMetadata().getName()),
        Tables.text(I18n.t("col.scope"), 100, b -> b instanceof ClusterServiceBroker ? I18n.t("scope.cluster")
            : b.getMetadata().getNamespace()),
        Tables.<HasMetadata>status(I18n.t("col.status"), 250),
        Tables.text(I18n.t("col.url"), 200, b -> ((ServiceBrokerResource) b).getSpec().getUrl()),
        Tables.<HasMetadata>age(I18n.t("col.age"))));
    Tables.minWidths(table, 110, 80, 120, 110, 56);
    table.setPlaceholder(emptyState());
    table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> showDetail(now == null ? null : now.get()));
    detail.setId("broker-detail");
    detail.setFitToWidth(true);
    detail.getStyleClass().add("detail-pane");
    SplitPane split = DetailPane.split(table, detail);
    setTop(header());
    setCenter(split);
    merge(cluster, namespaced);
    showDetail((HasMetadata) null);
  }

  @Override
  public Node node() {
    return this;
  }

  @Override
  public boolean back() {
    if (table.getSelectionModel().isEmpty()) {
      return false;
    }
    table.getSelectionModel().clearSelection();
    return true;
  }

  private HBox header() {
    Label title = new Label(I18n.t("nav.brokers"));
    title.getStyleClass().add("title-2");
    feedback.setId("brokers-feedback");
    feedback.getStyleClass().add("text-muted");
    feedback.setTextOverrun(OverrunStyle.ELLIPSIS);
    feedback.setMinWidth(0);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button register = new Button(I18n.t("brokers.register"), new FontIcon(Material2AL.ADD));
    register.setId("brokers-register");
    register.getStyleClass().add("accent");
    register.setMinWidth(Region.USE_PREF_SIZE);
    register.setOnAction(e -> openRegister());
    HBox bar = new HBox(12, title, feedback, grow, register);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("view-header");
    bar.setPadding(new Insets(16, 20, 12, 20));
    return bar;
  }

  private VBox emptyState() {
    Label title = new Label(I18n.t("brokers.empty.title"));
    title.getStyleClass().add("title-3");
    Label hint = new Label(I18n.t("brokers.empty.hint"));
    hint.setWrapText(true);
    hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    hint.getStyleClass().add("text-muted");
    Button register = new Button(I18n.t("brokers.register"));
    register.setId("brokers-empty-register");
    register.setOnAction(e -> openRegister());
    VBox box = new VBox(10, title, hint, register);
    box.setId("brokers-empty");
    box.setAlignment(Pos.CENTER);
    box.setMaxWidth(480);
    return box;
  }

  private void merge(ObservableList<LiveRow<HasMetadata>> cluster, ObservableList<LiveRow<HasMetadata>> namespaced) {
    String selectedKey = selected().map(Tables::key).orElse(null);
    List<LiveRow<HasMetadata>> all = new ArrayList<>(cluster);
    all.addAll(namespaced);
    // An update keeps the rows (they follow their brokers, and the list passes it on); only a new set replaces them.
    if (!all.equals(brokers)) {
      brokers.setAll(all);
    }
    if (selectedKey != null) {
      table.getItems().stream().filter(b -> b.key().equals(selectedKey)).findFirst()
          .ifPresent(b -> table.getSelectionModel().select(b));
    }
    showDetail(selected());
  }

  private Optional<HasMetadata> selected() {
    return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(LiveRow::get);
  }

  /** Selects the broker with this name (and namespace, for a namespaced one). */
  public void select(String namespace, String name) {
    table.getItems().stream()
        .filter(b -> Objects.equals(b.get().getMetadata().getName(), name)
            && Objects.equals(b.get().getMetadata().getNamespace(), namespace))
        .findFirst().ifPresent(b -> {
          table.getSelectionModel().select(b);
          table.scrollTo(b);
        });
  }

  private void showDetail(Optional<HasMetadata> chosen) {
    showDetail(chosen.orElse(null));
  }

  private void showDetail(HasMetadata chosen) {
    if (!(chosen instanceof ServiceBrokerResource broker)) {
      Label hint = new Label(I18n.t("brokers.select"));
      hint.getStyleClass().add("text-muted");
      hint.setWrapText(true);
      VBox box = new VBox(hint);
      box.setPadding(new Insets(20));
      detail.setContent(box);
      return;
    }
    double scroll = detail.getVvalue();
    CommonServiceBrokerSpec spec = broker.getSpec();
    ResourceStatus status = ResourceStatus.of(chosen);
    Label name = new Label(chosen.getMetadata().getName());
    name.setId("broker-name");
    name.getStyleClass().add("title-3");
    name.setTextOverrun(OverrunStyle.ELLIPSIS);
    name.setTooltip(new Tooltip(chosen.getMetadata().getName()));
    name.setMinWidth(0);
    ConditionBadge badge = new ConditionBadge(status.label(), Formats.tone(status.phase()));
    badge.setId("broker-status");
    HBox title = new HBox(10, name, badge);
    title.setAlignment(Pos.CENTER_LEFT);
    Label message = new Label(status.message());
    message.setId("broker-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);

    GridPane facts = DetailPane.facts();
    DetailPane.fact(facts, I18n.t("broker.scope"), chosen instanceof ClusterServiceBroker ? I18n.t("scope.cluster")
        : I18n.t("scope.namespaceNamed", chosen.getMetadata().getNamespace()), "broker-scope");
    DetailPane.fact(facts, I18n.t("broker.url"), spec.getUrl(), "broker-url");
    String retrieved = broker.getStatus() == null ? null : broker.getStatus().getLastCatalogRetrievalTime();
    DetailPane.fact(facts, I18n.t("broker.lastCatalog"), retrieved == null ? I18n.t("broker.never")
        : I18n.t("broker.ago", Formats.age(retrieved, Instant.now()), retrieved), "broker-last-catalog");
    DetailPane.fact(facts, I18n.t("broker.auth"), authText(spec.getAuthInfo()), "broker-auth");
    BrokerTransport transport = BrokerTransport.of(spec);
    Label tls = DetailPane.fact(facts, I18n.t("broker.tls"), transport.text(), "broker-tls");
    if (transport.flagged()) {
      tls.getStyleClass().add("problem");
      tls.setGraphic(new FontIcon(Material2MZ.WARNING));
    }
    DetailPane.fact(facts, I18n.t("broker.relist"), CommonServiceBrokerSpec.RELIST_MANUAL.equals(spec.getRelistBehavior())
        ? I18n.t("broker.relist.manual", Objects.requireNonNullElse(spec.getRelistRequests(), 0L))
        : I18n.t("broker.relist.duration", spec.getRelistDuration() == null ? I18n.t("broker.relist.default") : spec.getRelistDuration(), Objects.requireNonNullElse(spec.getRelistRequests(), 0L)),
        "broker-relist");
    int[] counts = counts(chosen);
    DetailPane.fact(facts, I18n.t("broker.offers"), I18n.t("broker.counts", counts[0], counts[1]), "broker-counts");

    Button sync = new Button(I18n.t("broker.sync"), new FontIcon(Material2MZ.SYNC));
    sync.setId("broker-sync");
    sync.setTooltip(new Tooltip(I18n.t("broker.sync.tooltip")));
    sync.setOnAction(e -> sync(broker, sync));
    Button edit = new Button(I18n.t("broker.edit"), new FontIcon(Material2AL.EDIT));
    edit.setId("broker-edit");
    edit.setOnAction(e -> openEdit(broker));
    Button yaml = new Button(I18n.t("yaml.button"), new FontIcon(Material2AL.CODE));
    yaml.setId("broker-yaml");
    yaml.setOnAction(e -> context.showYaml().accept(chosen));
    Button delete = new Button(I18n.t("broker.delete"), new FontIcon(Material2AL.DELETE));
    delete.setId("broker-delete");
    delete.getStyleClass().add("danger");
    delete.setOnAction(e -> confirmDelete(broker));
    FlowPane buttons = new FlowPane(8, 8, sync, edit, yaml, delete);

    List<io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition> conditions =
        broker.getStatus() == null ? null : broker.getStatus().getConditions();
    VBox box = new VBox(12, title, message, buttons, DetailPane.heading(I18n.t("detail.facts")), facts,
        DetailPane.heading(I18n.t("detail.conditions")), DetailPane.conditions(conditions, "broker-conditions"));
    box.setPadding(new Insets(16, 20, 20, 20));
    detail.setContent(box);
    detail.setVvalue(scroll);
  }

  private int[] counts(HasMetadata broker) {
    boolean cluster = broker instanceof ClusterServiceBroker;
    String name = broker.getMetadata().getName();
    String ns = broker.getMetadata().getNamespace();
    int classes = 0;
    for (HasMetadata c : context.store().list(cluster ? ServiceCatalogKind.CLUSTER_SERVICE_CLASS : ServiceCatalogKind.SERVICE_CLASS).items()) {
      if (c instanceof ServiceClassResource sc && name.equals(sc.brokerName()) && Objects.equals(ns, c.getMetadata().getNamespace())) {
        classes++;
      }
    }
    int plans = 0;
    for (HasMetadata p : context.store().list(cluster ? ServiceCatalogKind.CLUSTER_SERVICE_PLAN : ServiceCatalogKind.SERVICE_PLAN).items()) {
      if (p instanceof ServicePlanResource sp && name.equals(sp.brokerName()) && Objects.equals(ns, p.getMetadata().getNamespace())) {
        plans++;
      }
    }
    return new int[] {classes, plans};
  }

  static String authText(ServiceBrokerAuthInfo info) {
    if (info != null && info.getBasic() != null && info.getBasic().getSecretRef() != null) {
      return I18n.t("broker.auth.basic", ref(info.getBasic().getSecretRef()));
    }
    if (info != null && info.getBearer() != null && info.getBearer().getSecretRef() != null) {
      return I18n.t("broker.auth.bearer", ref(info.getBearer().getSecretRef()));
    }
    return I18n.t("broker.auth.none");
  }

  private static String ref(io.servicecatalog.console.model.v1beta1.ObjectReference ref) {
    return ref.getNamespace() == null ? ref.getName() : ref.getNamespace() + "/" + ref.getName();
  }

  private void sync(ServiceBrokerResource broker, Button button) {
    button.setDisable(true);
    String name = broker.getMetadata().getName();
    context.background().supply(() -> actions.sync(broker)).whenCompleteAsync((count, error) -> {
      button.setDisable(false);
      feedback.setText(error == null ? I18n.t("broker.synced", name, count)
          : I18n.t("broker.syncFailed", name, ActionErrors.sentence(error, ActionErrors.Action.on("update", (HasMetadata) broker))));
    }, context.fx());
  }

  private void confirmDelete(ServiceBrokerResource broker) {
    String name = broker.getMetadata().getName();
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("broker.delete.message", name), ButtonType.CANCEL, ButtonType.OK);
    confirm.setTitle(I18n.t("broker.delete.title"));
    confirm.setHeaderText(I18n.t("broker.delete.header", name));
    confirm.getDialogPane().setId("broker-delete-confirm");
    if (getScene() != null) {
      confirm.initOwner(getScene().getWindow());
    }
    ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText(I18n.t("broker.delete"));
    confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> context.background().run(() -> actions.delete(broker))
        .whenCompleteAsync((v, error) -> feedback.setText(error == null ? I18n.t("broker.deleted", name)
            : I18n.t("broker.deleteFailed", name, ActionErrors.sentence(error, ActionErrors.Action.on("delete", (HasMetadata) broker)))), context.fx()));
  }

  /** Opens the register form. */
  public RegisterBrokerDialog openRegister() {
    String ns = context.store().namespace().orElse(context.connection().namespace());
    return open(new RegisterBrokerModel(ns));
  }

  private RegisterBrokerDialog openEdit(ServiceBrokerResource broker) {
    // Edit a copy: the live object must stay as the cluster has it.
    ServiceBrokerResource copy = (ServiceBrokerResource) new io.fabric8.kubernetes.client.utils.KubernetesSerialization()
        .clone((HasMetadata) broker);
    return open(new RegisterBrokerModel(copy, context.store().namespace().orElse(context.connection().namespace())));
  }

  private RegisterBrokerDialog open(RegisterBrokerModel model) {
    RegisterBrokerDialog dialog = new RegisterBrokerDialog(context, model, getScene() == null ? null : getScene().getWindow());
    if (getScene() != null) {
      dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
    }
    dialog.setOnHidden(e -> {
      HasMetadata saved = dialog.getResult();
      if (saved != null) {
        feedback.setText(I18n.t(model.editing() ? "broker.updated" : "broker.registered", saved.getMetadata().getName()));
      }
    });
    dialog.show();
    return dialog;
  }
}
