package io.servicecatalog.console.app.wizard;

import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.Fx;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ConnectionErrors;
import io.servicecatalog.console.app.shell.MessagePane;
import io.servicecatalog.console.ui.editor.CodeEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A step-by-step wizard: a step indicator, the current step's title, explanation and content, a problem area,
 * and Back / Next (or the step's commit, e.g. "Create") / Close. Enter goes on, as a default button does (not
 * in multi-line editors, an open list, or on Back/Close); Escape closes. Closing never undoes what a commit created. Add steps with {@link #addStep}, then
 * {@link #start()} (or {@link #show(Window, double, double)}, which starts and opens it in its own window).
 *
 * <p>Ids: {@code wizard-back}, {@code wizard-next}, {@code wizard-close}, {@code wizard-problem},
 * {@code wizard-indicator-<step id>}, {@code wizard-title}, {@code wizard-explanation}, and each step's content
 * inside {@code wizard-step-<step id>}.
 */
public class Wizard extends BorderPane {

  private static final Logger LOG = LoggerFactory.getLogger(Wizard.class);

  private final String title;
  private final Executor fx;
  private final List<WizardStep> steps = new ArrayList<>();
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final ReadOnlyBooleanWrapper committed = new ReadOnlyBooleanWrapper(this, "committed", false);
  private final FlowPane indicator = new FlowPane(6, 4);
  private final Label stepTitle = new Label();
  private final Label explanation = new Label();
  private final StackPane body = new StackPane();
  private final MessagePane problem = new MessagePane("wizard-problem");
  private final HBox stepActions = new HBox(8);
  private final Button back = new Button(I18n.t("wizard.back"));
  private final Button next = new Button(I18n.t("wizard.next"));
  private final Button close = new Button(I18n.t("wizard.close"));
  private final ProgressIndicator progress = new ProgressIndicator();
  private final ChangeListener<Boolean> validListener = (o, a, b) -> updateButtons();
  private final ListChangeListener<Node> actionsListener = c -> updateActions();
  private Runnable onClosed = () -> {};
  private boolean enterReleased = true;
  private boolean secondClick;
  private Stage stage;
  private boolean closed;

  /**
   * @param id the wizard's node id (e.g. {@code provision-wizard})
   * @param title the window title and heading
   */
  public Wizard(String id, String title) {
    this(id, title, Fx.EXECUTOR);
  }

  /** As {@link #Wizard(String, String)}, with the executor that brings commit results to the FX thread. */
  public Wizard(String id, String title, Executor fx) {
    this.title = Objects.requireNonNull(title);
    this.fx = Objects.requireNonNull(fx);
    setId(id);
    getStyleClass().add("wizard");

    Label heading = new Label(title);
    heading.getStyleClass().add("title-3");
    heading.setId("wizard-heading");
    heading.setMinWidth(0);
    indicator.setId("wizard-indicator");
    indicator.getStyleClass().add("wizard-indicator");
    stepTitle.setId("wizard-title");
    stepTitle.getStyleClass().add("title-4");
    stepTitle.setMinWidth(0);
    explanation.setId("wizard-explanation");
    explanation.getStyleClass().add("wizard-explanation");
    explanation.setWrapText(true);
    explanation.setMinHeight(Region.USE_PREF_SIZE);
    VBox top = new VBox(8, heading, indicator, stepTitle, explanation);
    top.getStyleClass().add("wizard-header");
    top.setPadding(new Insets(14, 20, 10, 20));
    setTop(top);

    body.getStyleClass().add("wizard-body");
    body.setPadding(new Insets(4, 20, 4, 20));
    setCenter(body);

    back.setId("wizard-back");
    next.setId("wizard-next");
    next.getStyleClass().add("accent");
    close.setId("wizard-close");
    back.setOnAction(e -> back());
    next.setOnAction(e -> {
      boolean repeat = secondClick;
      secondClick = false;
      if (repeat && index.get() >= 0 && current().hasCommit()) {
        return;
      }
      primary();
    });
    close.setOnAction(e -> close());
    progress.setMaxSize(22, 22);
    progress.visibleProperty().bind(busy);
    progress.managedProperty().bind(busy);
    stepActions.setAlignment(Pos.CENTER_LEFT);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox buttons = new HBox(8, stepActions, grow, progress, close, back, next);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    for (Button b : List.of(back, next, close)) {
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    problem.setMaxWidth(Double.MAX_VALUE);
    VBox bottom = new VBox(10, problem, buttons);
    bottom.getStyleClass().add("wizard-footer");
    bottom.setPadding(new Insets(10, 20, 14, 20));
    setBottom(bottom);

    // A filter, not a handler: text fields with an action (as the schema form's are) consume Enter.
    addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    addEventFilter(KeyEvent.KEY_RELEASED, e -> enterReleased |= e.getCode() == KeyCode.ENTER);
    // The second click of a double click on Next must not also press the Create that replaced it.
    next.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> secondClick = e.getClickCount() > 1);
    next.addEventFilter(KeyEvent.KEY_PRESSED, e -> secondClick = false);
  }

  /** Adds a step at the end; returns this wizard. */
  public Wizard addStep(WizardStep step) {
    steps.add(Objects.requireNonNull(step));
    Label item = new Label();
    item.setId("wizard-indicator-" + step.id());
    item.getStyleClass().add("wizard-indicator-item");
    indicator.getChildren().add(item);
    return this;
  }

  /** The steps, in order. */
  public List<WizardStep> steps() {
    return List.copyOf(steps);
  }

  /** Shows the first step. */
  public void start() {
    if (index.get() < 0 && !steps.isEmpty()) {
      go(0);
    }
  }

  /** Starts the wizard and opens it in its own window over {@code owner} (not modal: the console stays usable). */
  public Stage show(Window owner, double width, double height) {
    start();
    stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.initModality(Modality.NONE);
    stage.setTitle(title);
    Scene scene = new Scene(this, width, height);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    stage.setScene(scene);
    stage.setMinWidth(560);
    stage.setMinHeight(420);
    stage.setOnHidden(e -> close());
    stage.show();
    return stage;
  }

  /** The window the wizard is shown in, if {@link #show} opened one. */
  public Stage stage() {
    return stage;
  }

  /** The index of the current step. */
  public ReadOnlyIntegerProperty indexProperty() {
    return index.getReadOnlyProperty();
  }

  /** The current step. */
  public WizardStep current() {
    return steps.get(index.get());
  }

  /** True while a commit runs. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** True once a commit has succeeded (objects exist): Back is no longer offered. */
  public ReadOnlyBooleanProperty committedProperty() {
    return committed.getReadOnlyProperty();
  }

  /** Runs once when the wizard closes (window closed, Close or Escape). */
  public void setOnClosed(Runnable onClosed) {
    this.onClosed = Objects.requireNonNull(onClosed);
  }

  /** Shows a problem above the buttons (null hides it). */
  public void showProblem(ConsoleException error) {
    problem.show(error);
  }

  /** Goes on: runs the current step's commit if it has one, else moves to the next step. */
  public void primary() {
    if (busy.get() || index.get() < 0 || !current().isValid() || closed) {
      return;
    }
    WizardStep step = current();
    if (!step.hasCommit()) {
      if (index.get() < steps.size() - 1) {
        go(index.get() + 1);
      }
      return;
    }
    showProblem(null);
    busy.set(true);
    updateButtons();
    CompletableFuture<?> work;
    try {
      work = step.commit().get();
    } catch (RuntimeException e) {
      work = CompletableFuture.failedFuture(e);
    }
    work.whenCompleteAsync((ok, error) -> {
      busy.set(false);
      if (error != null) {
        showProblem(describe(error));
        updateButtons();
        return;
      }
      committed.set(true);
      if (index.get() < steps.size() - 1) {
        go(index.get() + 1);
      } else {
        updateButtons();
      }
    }, fx);
  }

  /** Goes back one step (not after a commit). */
  public void back() {
    if (busy.get() || committed.get() || index.get() <= 0) {
      return;
    }
    go(index.get() - 1);
  }

  /** Shows step {@code i}. */
  public void go(int i) {
    if (i < 0 || i >= steps.size()) {
      throw new IndexOutOfBoundsException(i);
    }
    if (index.get() >= 0) {
      WizardStep old = current();
      old.validProperty().removeListener(validListener);
      old.getActions().removeListener(actionsListener);
    }
    showProblem(null);
    // Park the focus outside the content before it is replaced: a focused node leaving the scene makes the scene
    // pick a new focus owner on its next pulse, after the new step has set its own.
    if (getScene() != null && getScene().getFocusOwner() != null && body.getChildren().stream()
        .anyMatch(child -> isInside(getScene().getFocusOwner(), child))) {
      close.requestFocus();
    }
    index.set(i);
    WizardStep step = current();
    Node content = step.content();
    StackPane holder = new StackPane(content);
    holder.setId("wizard-step-" + step.id());
    holder.getStyleClass().add("wizard-step");
    holder.setAlignment(Pos.TOP_LEFT);
    if (step.scrollable()) {
      ScrollPane scroll = new ScrollPane(holder);
      scroll.setFitToWidth(true);
      scroll.getStyleClass().add("edge-to-edge");
      body.getChildren().setAll(scroll);
    } else {
      body.getChildren().setAll(holder);
    }
    stepTitle.setText(I18n.t("wizard.stepTitle", i + 1, steps.size(), step.title()));
    explanation.setText(step.explanation());
    step.validProperty().addListener(validListener);
    step.getActions().addListener(actionsListener);
    updateIndicator();
    updateActions();
    updateButtons();
    step.entered();
    focusStep(holder);
  }

  /** Puts the focus in the step (its first field), unless the step already put it there itself. */
  private void focusStep(Node holder) {
    if (getScene() == null || closed || isInside(getScene().getFocusOwner(), holder)) {
      return;
    }
    Node first = firstFocusable(holder);
    (first != null ? first : next.isVisible() && !next.isDisabled() ? next : close).requestFocus();
  }

  private static boolean isInside(Node node, Node ancestor) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static Node firstFocusable(Node node) {
    if (!node.isVisible() || node.isDisabled()) {
      return null;
    }
    if (node.isFocusTraversable() && !(node instanceof ScrollPane)) {
      return node;
    }
    if (node instanceof javafx.scene.Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        Node found = firstFocusable(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Closes the wizard (and its window). What was created stays; every step is told to let go of its listeners. */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (WizardStep step : steps) {
      try {
        step.closed();
      } catch (RuntimeException e) {
        LOG.warn("A wizard step failed to close cleanly", e);
      }
    }
    if (stage != null && stage.isShowing()) {
      stage.hide();
    }
    onClosed.run();
  }

  /** Whether the wizard was closed. */
  public boolean isClosed() {
    return closed;
  }

  private void onKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ESCAPE && !(e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing())) {
      e.consume();
      close();
    } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()
        && !(e.getTarget() instanceof TextArea) && !insideCodeEditor(e.getTarget())
        && e.getTarget() != back && e.getTarget() != close
        && !(e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing())) {
      if (!enterReleased) {
        // Enter held down repeats: one step per press, so it cannot run on into Create.
        return;
      }
      enterReleased = false;
      if (e.getTarget() == next) {
        // The wizard presses it, once: the button's own Enter handling would press it a second time.
        e.consume();
      }
      // Later, so the focused field first takes the key as its own "done" (commits a value) before the step moves on.
      Platform.runLater(this::primary);
    }
  }

  private static boolean insideCodeEditor(Object target) {
    for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
      if (n instanceof CodeEditor) {
        return true;
      }
    }
    return false;
  }

  private void updateIndicator() {
    for (int i = 0; i < steps.size(); i++) {
      Label item = (Label) indicator.getChildren().get(i);
      item.setText(I18n.t("wizard.indicator", i + 1, steps.get(i).title()));
      item.getStyleClass().removeAll("done", "current", "todo");
      item.getStyleClass().add(i < index.get() ? "done" : i == index.get() ? "current" : "todo");
    }
  }

  private void updateActions() {
    stepActions.getChildren().setAll(current().getActions());
  }

  private void updateButtons() {
    if (index.get() < 0) {
      return;
    }
    WizardStep step = current();
    boolean last = index.get() == steps.size() - 1;
    back.setVisible(!committed.get());
    back.setManaged(!committed.get());
    back.setDisable(busy.get() || index.get() == 0);
    boolean showPrimary = step.hasCommit() || !last;
    next.setVisible(showPrimary);
    next.setManaged(showPrimary);
    next.setText(step.hasCommit() ? step.commitLabel() : I18n.t("wizard.next"));
    next.setDisable(busy.get() || !step.isValid());
    close.setDisable(false);
  }

  /** A failed commit as sentences: a {@link ConsoleException} as it is, anything else with its technical reason. */
  static ConsoleException describe(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof ConsoleException console) {
      return console;
    }
    LOG.warn("A wizard action failed", cause);
    return new ConsoleException(I18n.t("wizard.failed.title"), I18n.t("wizard.failed.message",
        ConnectionErrors.rootMessage(cause)), I18n.t("wizard.failed.action"), cause);
  }
}
