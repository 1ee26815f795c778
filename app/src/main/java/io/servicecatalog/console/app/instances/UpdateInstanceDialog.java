package io.servicecatalog.console.app.instances;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ActionErrors;
import io.servicecatalog.console.app.shell.ViewContext;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import io.servicecatalog.console.ui.schemaform.SchemaForm;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Changes an instance: a plan (offered only when its class allows plan changes, else the reason is shown) and
 * parameters in a form built from the chosen plan's update schema, prefilled with the current values. "Review"
 * lists exactly what will change (secret values masked); "Apply" writes only those changes to the newest version
 * of the instance, off the FX thread, and keeps the dialog open with the reason if the API refuses.
 */
public final class UpdateInstanceDialog extends Dialog<ServiceInstance> {

  static final ButtonType BACK = new ButtonType(I18n.t("update.back"), ButtonBar.ButtonData.BACK_PREVIOUS);
  static final ButtonType NEXT = new ButtonType(I18n.t("update.review"), ButtonBar.ButtonData.NEXT_FORWARD);
  static final ButtonType APPLY = new ButtonType(I18n.t("update.apply"), ButtonBar.ButtonData.OK_DONE);

  private final ViewContext context;
  private final InstanceActions actions;
  private final InstanceUpdate update;
  private final SchemaForm form = new SchemaForm();
  private final VBox edit;
  private final VBox review = new VBox(10);
  private final Label problem = new Label();
  private final ProgressIndicator busy = new ProgressIndicator();
  private boolean reviewing;

  /**
   * @param plans the plans of the instance's class (for the plan choice)
   * @param rule whether the plan may change, and why not
   */
  public UpdateInstanceDialog(ViewContext context, InstanceActions actions, InstanceUpdate update,
      List<ServicePlanResource> plans, InstanceUpdate.PlanRule rule, Window owner) {
    this.context = context;
    this.actions = actions;
    this.update = update;
    if (owner != null) {
      initOwner(owner);
    }
    String name = update.instance().getMetadata().getName();
    setTitle(I18n.t("update.title", name));
    setHeaderText(null);
    setResizable(true);
    getDialogPane().setId("update-instance");

    ComboBox<ServicePlanResource> plan = new ComboBox<>();
    plan.setId("update-plan");
    plan.getItems().setAll(plans.stream().filter(p -> !p.isRemovedFromBrokerCatalog() || p == update.currentPlan()).toList());
    plan.setConverter(new StringConverter<>() {
      @Override
      public String toString(ServicePlanResource p) {
        return p == null ? "" : p == update.currentPlan() ? I18n.t("update.plan.current", p.getSpec().displayName())
            : p.getSpec().displayName();
      }

      @Override
      public ServicePlanResource fromString(String s) {
        return null;
      }
    });
    plan.setValue(update.currentPlan());
    plan.setDisable(!rule.allowed());
    plan.setMaxWidth(Double.MAX_VALUE);
    Label reason = new Label(rule.reason());
    reason.setId("update-plan-reason");
    reason.setWrapText(true);
    reason.getStyleClass().add("text-muted");
    reason.setVisible(!rule.allowed());
    reason.setManaged(!rule.allowed());
    Label planDescription = new Label();
    planDescription.setId("update-plan-description");
    planDescription.setWrapText(true);
    planDescription.getStyleClass().add("text-muted");

    form.setId("update-form");
    form.setUpdateMode(true);
    showSchema(update.currentPlan());
    planDescription.setText(describe(update.currentPlan()));
    plan.valueProperty().addListener((o, a, now) -> {
      update.choosePlan(now);
      planDescription.setText(describe(now));
      // Keep what was typed where the new plan's update schema still accepts it.
      var typed = form.getValue();
      showSchema(now);
      var kept = update.originalParameters();
      typed.fieldNames().forEachRemaining(k -> {
        if (kept.has(k)) {
          kept.set(k, typed.get(k));
        }
      });
      form.setValue(kept);
    });

    Label planLabel = new Label(I18n.t("col.plan"));
    planLabel.getStyleClass().add("text-bold");
    Label paramsLabel = new Label(I18n.t("instance.parameters"));
    paramsLabel.getStyleClass().add("text-bold");
    ScrollPane formScroll = new ScrollPane(form);
    formScroll.setFitToWidth(true);
    formScroll.setId("update-form-scroll");
    VBox.setVgrow(formScroll, Priority.ALWAYS);
    edit = new VBox(8, planLabel, plan, reason, planDescription, paramsLabel, formScroll);

    problem.setId("update-problem");
    problem.setWrapText(true);
    problem.getStyleClass().add("problem");
    problem.setVisible(false);
    problem.setManaged(false);
    busy.setPrefSize(20, 20);
    busy.setVisible(false);
    review.setId("update-review");
    VBox content = new VBox(12, edit, problem);
    content.setPadding(new javafx.geometry.Insets(16, 20, 4, 20));
    VBox.setVgrow(edit, Priority.ALWAYS);
    getDialogPane().setContent(content);
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    getDialogPane().setPrefSize(Math.min(680, screen.getWidth() - 40), Math.min(640, screen.getHeight() - 80));

    show(content, false);
    setResultConverter(b -> null);
  }

  private void showSchema(ServicePlanResource plan) {
    JsonNode schema = plan == null ? null : plan.getSpec().getInstanceUpdateParameterSchema();
    update.setUpdateSchema(schema);
    form.setSchema(schema);
    form.setOriginalValue(update.originalParameters());
  }

  private static String describe(ServicePlanResource plan) {
    return plan == null || plan.getSpec().getDescription() == null ? "" : plan.getSpec().getDescription();
  }

  private void toReview(VBox content) {
    form.flushValidation();
    if (!form.isValid()) {
      form.revealErrors();
      showProblem(I18n.t("update.invalid"));
      return;
    }
    update.setParameters(form.getValue(), form.getSensitivePaths());
    review.getChildren().clear();
    if (update.isEmpty()) {
      showProblem(I18n.t("update.nothing"));
      return;
    }
    showProblem(null);
    Label intro = new Label(I18n.t("update.review.intro", update.instance().getMetadata().getName()));
    intro.setWrapText(true);
    GridPane grid = new GridPane();
    grid.setId("update-changes");
    grid.setHgap(16);
    grid.setVgap(6);
    String[] heads = {I18n.t("update.review.field"), I18n.t("update.review.before"), I18n.t("update.review.after")};
    for (int c = 0; c < heads.length; c++) {
      Label head = new Label(heads[c]);
      head.getStyleClass().add("text-bold");
      grid.add(head, c, 0);
    }
    int row = 1;
    for (InstanceUpdate.Change change : update.changes()) {
      Label field = new Label(change.field());
      field.getStyleClass().add("code-label");
      field.setId("update-change-" + change.field().replace('.', '-'));
      Label before = cell(change.before().isEmpty() ? I18n.t("update.review.absent") : change.before());
      Label after = cell(change.after().isEmpty() ? I18n.t("update.review.removed") : change.after());
      after.setId("update-change-after-" + change.field().replace('.', '-'));
      grid.addRow(row++, field, before, after);
    }
    Label note = new Label(I18n.t(update.changedSecret().isEmpty() ? "update.review.note" : "update.review.noteSecret",
        update.instance().getMetadata().getName()));
    note.setWrapText(true);
    note.getStyleClass().add("text-muted");
    ScrollPane scroll = new ScrollPane(new VBox(12, intro, grid, note));
    scroll.setFitToWidth(true);
    review.getChildren().setAll(scroll);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    show(content, true);
  }

  private static Label cell(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMaxWidth(240);
    return label;
  }

  private void show(VBox content, boolean showReview) {
    reviewing = showReview;
    content.getChildren().set(0, showReview ? review : edit);
    VBox.setVgrow(content.getChildren().get(0), Priority.ALWAYS);
    // Only the buttons of the current page: hidden buttons would still take room in the button bar.
    if (showReview) {
      getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, BACK, APPLY);
      Button back = (Button) getDialogPane().lookupButton(BACK);
      back.setId("update-back");
      back.addEventFilter(ActionEvent.ACTION, e -> {
        e.consume();
        show(content, false);
      });
      Button apply = (Button) getDialogPane().lookupButton(APPLY);
      apply.setId("update-apply");
      apply.setDefaultButton(true);
      apply.addEventFilter(ActionEvent.ACTION, e -> {
        e.consume();
        submit(apply);
      });
    } else {
      getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, NEXT);
      Button next = (Button) getDialogPane().lookupButton(NEXT);
      next.setId("update-next");
      next.setDefaultButton(true);
      next.addEventFilter(ActionEvent.ACTION, e -> {
        e.consume();
        toReview(content);
      });
      showProblem(null);
    }
    for (ButtonType type : getDialogPane().getButtonTypes()) {
      ((Button) getDialogPane().lookupButton(type)).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
  }

  private void showProblem(String text) {
    problem.setText(text == null ? "" : text);
    problem.setVisible(text != null);
    problem.setManaged(text != null);
  }

  private void submit(Button apply) {
    if (!reviewing) {
      return;
    }
    apply.setDisable(true);
    apply.setGraphic(busy);
    busy.setVisible(true);
    context.background().supply(() -> actions.update(update)).whenCompleteAsync((stored, error) -> {
      apply.setDisable(false);
      busy.setVisible(false);
      if (error != null) {
        showProblem(ActionErrors.sentence(error, ActionErrors.Action.on("update", update.instance())));
        return;
      }
      setResult(stored);
      close();
    }, context.fx());
  }

  /** The form, for tests and callers that fill it programmatically. */
  public SchemaForm form() {
    return form;
  }
}
