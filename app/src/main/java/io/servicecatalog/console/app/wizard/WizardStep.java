package io.servicecatalog.console.app.wizard;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * One page of a {@link Wizard}: a title for the step indicator, a sentence or two that explains the step, and
 * its content (built when first shown). A step may declare itself invalid (Next stays disabled), run code each
 * time it is entered, and carry a commit: the action its primary button runs (for example "Create"), after
 * which the wizard moves on and no longer offers Back.
 */
public class WizardStep {

  private final String id;
  private final String title;
  private final String explanation;
  private final Supplier<? extends Node> contentFactory;
  private final BooleanProperty valid = new SimpleBooleanProperty(this, "valid", true);
  private final ObservableList<Node> actions = FXCollections.observableArrayList();
  private Node content;
  private Runnable onEnter = () -> {};
  private Runnable onClose = () -> {};
  private String commitLabel;
  private Supplier<CompletableFuture<?>> commit;
  private boolean scrollable = true;

  /**
   * @param id a stable id part: the step's content gets {@code wizard-step-<id>} as its id
   * @param title a short title for the step indicator ("Plan", "Review")
   * @param explanation what the user does in this step and why, in plain sentences
   * @param content builds the step's content the first time it is shown
   */
  public WizardStep(String id, String title, String explanation, Supplier<? extends Node> content) {
    this.id = Objects.requireNonNull(id);
    this.title = Objects.requireNonNull(title);
    this.explanation = Objects.requireNonNull(explanation);
    this.contentFactory = Objects.requireNonNull(content);
  }

  /** For subclasses that build their content in {@link #createContent()}. */
  protected WizardStep(String id, String title, String explanation) {
    this.id = Objects.requireNonNull(id);
    this.title = Objects.requireNonNull(title);
    this.explanation = Objects.requireNonNull(explanation);
    this.contentFactory = null;
  }

  /** Builds the content of a subclass made without a content supplier; called once, on first show. */
  protected Node createContent() {
    throw new IllegalStateException("Step " + id + " has no content");
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String explanation() {
    return explanation;
  }

  /** The content, built on first use. */
  public final Node content() {
    if (content == null) {
      content = contentFactory != null ? contentFactory.get() : createContent();
    }
    return content;
  }

  /** Whether the user may go on from this step; bind it to the step's validation. True by default. */
  public final BooleanProperty validProperty() {
    return valid;
  }

  public final boolean isValid() {
    return valid.get();
  }

  /** Extra buttons shown in the wizard's footer while this step is current (for example "Bind now"). */
  public final ObservableList<Node> getActions() {
    return actions;
  }

  /** Runs every time the step is shown (after its content is built): refresh what depends on earlier steps. */
  public final WizardStep setOnEnter(Runnable onEnter) {
    this.onEnter = Objects.requireNonNull(onEnter);
    return this;
  }

  /** Runs once when the wizard closes: stop timers and detach listeners. Closing never undoes anything. */
  public final WizardStep setOnClose(Runnable onClose) {
    this.onClose = Objects.requireNonNull(onClose);
    return this;
  }

  /**
   * Makes the primary button of this step run {@code action} under {@code label} (e.g. "Create"). The action
   * starts background work and completes on any thread; when it fails, the wizard stays on this step with the
   * error shown (a {@link io.servicecatalog.console.app.ConsoleException} is shown as its sentences) and every
   * value kept, so the user can fix and retry. When it succeeds, the wizard moves to the next step and Back is
   * no longer offered.
   */
  public final WizardStep setCommit(String label, Supplier<CompletableFuture<?>> action) {
    this.commitLabel = Objects.requireNonNull(label);
    this.commit = Objects.requireNonNull(action);
    return this;
  }

  /** Whether the content sits in a scroll pane (true by default); false for content that fills and scrolls itself. */
  public final WizardStep setScrollable(boolean scrollable) {
    this.scrollable = scrollable;
    return this;
  }

  final boolean scrollable() {
    return scrollable;
  }

  final String commitLabel() {
    return commitLabel;
  }

  final Supplier<CompletableFuture<?>> commit() {
    return commit;
  }

  final boolean hasCommit() {
    return commit != null;
  }

  void entered() {
    onEnter.run();
  }

  void closed() {
    onClose.run();
  }
}
