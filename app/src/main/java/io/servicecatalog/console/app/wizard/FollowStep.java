package io.servicecatalog.console.app.wizard;

import io.servicecatalog.console.app.store.CatalogStore;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The last step of a creating wizard: follows the object the commit created in a {@link FollowPane}. Which
 * object is asked of {@code target} when the step is entered (after the commit). Closing the wizard stops
 * following, nothing else.
 */
public class FollowStep extends WizardStep {

  /**
   * The object to follow.
   *
   * @param namespace its namespace (null for cluster-scoped kinds)
   * @param name its name
   * @param since when it was created, for the elapsed time
   */
  public record Target(String namespace, String name, Instant since) {}

  private final CatalogStore store;
  private final ServiceCatalogKind kind;
  private final Supplier<Target> target;
  private final List<FollowPane.Action> actions = new ArrayList<>();
  private final ReadOnlyObjectWrapper<FollowPane> pane = new ReadOnlyObjectWrapper<>(this, "pane");
  private final StackPane holder = new StackPane();

  public FollowStep(String id, String title, String explanation, CatalogStore store, ServiceCatalogKind kind,
      Supplier<Target> target) {
    super(id, title, explanation);
    this.store = Objects.requireNonNull(store);
    this.kind = Objects.requireNonNull(kind);
    this.target = Objects.requireNonNull(target);
    setOnEnter(this::follow);
    setOnClose(this::stop);
  }

  @Override
  protected Node createContent() {
    holder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
    return holder;
  }

  /** Adds an action to offer in the pane (see {@link FollowPane#addAction}); returns this step. */
  public FollowStep addAction(FollowPane.Action action) {
    actions.add(Objects.requireNonNull(action));
    if (pane.get() != null) {
      pane.get().addAction(action);
    }
    return this;
  }

  /** The pane, once the step has been entered; bind to its status to offer follow-up buttons. */
  public ReadOnlyObjectProperty<FollowPane> paneProperty() {
    return pane.getReadOnlyProperty();
  }

  private void follow() {
    Target t = target.get();
    FollowPane old = pane.get();
    if (old != null && Objects.equals(old.name(), t.name()) && Objects.equals(old.namespace(), t.namespace())) {
      return;
    }
    stop();
    FollowPane created = new FollowPane(store, kind, t.namespace(), t.name(), t.since());
    actions.forEach(created::addAction);
    holder.getChildren().setAll(created);
    pane.set(created);
  }

  private void stop() {
    if (pane.get() != null) {
      pane.get().close();
    }
  }
}
