package io.servicecatalog.console.app.connection;

import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.shell.MessagePane;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The connection chooser: the kubeconfig's contexts in a table, and Connect. Holds no logic of its own. */
public final class ConnectionView extends VBox {

  /** The listeners this view gives the model, held here: the model holds them weakly (see {@link #watch}). */
  private final List<Object> listeners = new ArrayList<>();

  public ConnectionView(ConnectionViewModel model) {
    setId("connection-view");
    getStyleClass().add("connection-view");
    setSpacing(12);
    setPadding(new Insets(24));

    Label title = new Label(I18n.t("connect.title"));
    title.getStyleClass().add("title-2");
    Label intro = new Label(I18n.t("connect.intro"));
    intro.setWrapText(true);
    // Wrapped labels only grow in height inside boxes when allowed to.
    intro.setMinHeight(Region.USE_PREF_SIZE);
    intro.getStyleClass().add("text-muted");

    Label sandboxText = new Label(I18n.t("sandbox.offer"));
    sandboxText.setWrapText(true);
    sandboxText.setMinWidth(0);
    sandboxText.setMinHeight(Region.USE_PREF_SIZE);
    HBox.setHgrow(sandboxText, Priority.ALWAYS);
    Button sandbox = new Button(I18n.t("sandbox.open"));
    sandbox.setId("open-sandbox");
    sandbox.disableProperty().bind(model.busyProperty());
    sandbox.setOnAction(e -> model.connectSandbox());
    sandbox.setMinWidth(Region.USE_PREF_SIZE);
    HBox sandboxCard = new HBox(12, sandboxText, sandbox);
    sandboxCard.setAlignment(Pos.CENTER_LEFT);
    sandboxCard.getStyleClass().add("sandbox-card");

    Label sourceLabel = new Label();
    sourceLabel.setId("kubeconfig-source");
    sourceLabel.textProperty().bind(
        Bindings.createStringBinding(
            () -> model.sourceProperty().get() == null
                ? ""
                : I18n.t("connect.source", model.sourceProperty().get().describe()),
            model.sourceProperty()));
    sourceLabel.setMinWidth(0);
    // The full path, for when the label is cut short. Made once there is a path: a Tooltip's first use loads fonts
    // and its popup machinery, which the first frame need not wait for.
    sourceLabel.textProperty().addListener((obs, old, text) -> tooltipOnceThereIsText(sourceLabel));
    tooltipOnceThereIsText(sourceLabel);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button open = new Button(I18n.t("connect.openFile"));
    open.setId("open-kubeconfig");
    open.setOnAction(e -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle(I18n.t("connect.openFile.title"));
      File file = chooser.showOpenDialog(getScene().getWindow());
      if (file != null) {
        model.openFile(file.toPath());
      }
    });
    Button useDefault = new Button(I18n.t("connect.useDefault"));
    useDefault.setId("default-kubeconfig");
    useDefault.setOnAction(e -> model.useEnvironment());
    Button reload = new Button(I18n.t("connect.reload"));
    reload.setId("reload-kubeconfig");
    reload.setOnAction(e -> model.reload());
    // In a narrow window the path shortens, never the buttons' names.
    for (Button button : List.of(open, useDefault, reload)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox sourceBar = new HBox(8, sourceLabel, spacer, open, useDefault, reload);
    sourceBar.setAlignment(Pos.CENTER_LEFT);

    VBox problems = new VBox(4);
    problems.setId("kubeconfig-problems");
    watch(model.problems(), c -> fillProblems(problems, model));
    fillProblems(problems, model);

    // The table is built once there are contexts to show: until the kubeconfig has been read (off the FX thread)
    // a line says so, and the first frame does not wait for a table's skin, columns and styles.
    StackPane contextsArea = new StackPane(contextsPlaceholder(model));
    contextsArea.setId("contexts-area");
    contextsArea.setAlignment(Pos.TOP_LEFT);
    if (model.contexts().isEmpty()) {
      watch(model.contexts(), c -> {
        if (!model.contexts().isEmpty() && !(contextsArea.getChildren().get(0) instanceof TableView)) {
          contextsArea.getChildren().setAll(contextTable(model));
        }
      });
    } else {
      contextsArea.getChildren().setAll(contextTable(model));
    }
    VBox.setVgrow(contextsArea, Priority.ALWAYS);

    MessagePane error = new MessagePane("connect-error");
    watch(model.errorProperty(), (obs, old, now) -> error.show(now));

    // The spinner is made the first time there is work to show, not for the first frame.
    StackPane spinnerSlot = new StackPane();
    spinnerSlot.setPrefSize(18, 18);
    spinnerSlot.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    spinnerSlot.visibleProperty().bind(model.busyProperty());
    Runnable makeSpinner = () -> {
      if (model.busyProperty().get() && spinnerSlot.getChildren().isEmpty()) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("connect-spinner");
        spinner.setPrefSize(18, 18);
        spinnerSlot.getChildren().add(spinner);
      }
    };
    watch(model.busyProperty(), (obs, was, busy) -> makeSpinner.run());
    makeSpinner.run();
    Label progress = new Label();
    progress.setId("connect-progress");
    progress.textProperty().bind(model.progressProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button connect = new Button(I18n.t("connect.button"));
    connect.setId("connect");
    connect.setDefaultButton(true);
    connect.disableProperty().bind(model.canConnect().not());
    connect.setOnAction(e -> model.connect());
    HBox actions = new HBox(8, spinnerSlot, progress, grow, connect);
    actions.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(title, sandboxCard, intro, sourceBar, problems, contextsArea, error, actions);
  }

  /**
   * Listens to the model, which outlives this view (the chooser is built again after every disconnect), weakly: a
   * view that is no longer shown is collected instead of being kept, and updated, by the model.
   */
  private <T> void watch(ObservableValue<T> value, ChangeListener<? super T> listener) {
    listeners.add(listener);
    value.addListener(new WeakChangeListener<>(listener));
  }

  private <E> void watch(ObservableList<E> list, ListChangeListener<E> listener) {
    listeners.add(listener);
    list.addListener(new WeakListChangeListener<>(listener));
  }

  private static void tooltipOnceThereIsText(Label label) {
    if (!label.getText().isEmpty() && label.getTooltip() == null) {
      Tooltip tooltip = new Tooltip();
      tooltip.textProperty().bind(label.textProperty());
      label.setTooltip(tooltip);
    }
  }

  private static Label contextsPlaceholder(ConnectionViewModel model) {
    Label placeholder = new Label();
    placeholder.setId("contexts-placeholder");
    placeholder.getStyleClass().add("text-muted");
    placeholder.setWrapText(true);
    placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
        .then(I18n.t("connect.loading")).otherwise(I18n.t("connect.empty")));
    return placeholder;
  }

  private TableView<ContextEntry> contextTable(ConnectionViewModel model) {
    TableView<ContextEntry> table = new TableView<>(model.contexts());
    table.setId("context-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(contextsPlaceholder(model));
    TableColumn<ContextEntry, String> name =
        column(I18n.t("connect.col.context"), c -> c.name().equals(model.currentContextProperty().get())
            ? c.name() + "  " + I18n.t("connect.current")
            : c.name());
    table.getColumns().add(name);
    table.getColumns().add(column(I18n.t("connect.col.cluster"), ContextEntry::cluster));
    table.getColumns().add(column(I18n.t("connect.col.server"), ContextEntry::server));
    table.getColumns().add(column(I18n.t("connect.col.user"), ContextEntry::user));
    table.getColumns().add(column(I18n.t("connect.col.auth"), ContextEntry::authKind));
    table.getColumns().add(column(I18n.t("connect.col.namespace"), ContextEntry::namespace));
    watch(model.selectedProperty(), (obs, old, now) -> {
      if (now != table.getSelectionModel().getSelectedItem()) {
        table.getSelectionModel().select(now);
      }
    });
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
      if (now != null) {
        model.selectedProperty().set(now);
      }
    });
    table.setRowFactory(t -> {
      TableRow<ContextEntry> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
          model.connect();
        }
      });
      return row;
    });
    if (model.selectedProperty().get() != null) {
      table.getSelectionModel().select(model.selectedProperty().get());
    }
    return table;
  }

  private static void fillProblems(VBox box, ConnectionViewModel model) {
    box.getChildren().setAll(
        model.problems().stream()
            .map(p -> {
              Label label = new Label(p);
              label.setWrapText(true);
              label.getStyleClass().add("problem");
              return label;
            })
            .toList());
    box.setVisible(!model.problems().isEmpty());
    box.setManaged(!model.problems().isEmpty());
  }

  private static TableColumn<ContextEntry, String> column(String title, Function<ContextEntry, String> value) {
    TableColumn<ContextEntry, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }
}
