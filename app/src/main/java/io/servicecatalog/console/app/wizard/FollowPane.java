package io.servicecatalog.console.app.wizard;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.shell.Formats;
import io.servicecatalog.console.app.store.CatalogStore;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.ui.controls.ConditionBadge;
import io.servicecatalog.console.ui.controls.ConditionBadge.Tone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Follows one object in the live {@link CatalogStore} (informer updates, no polling): its phase as a badge,
 * the controller's or broker's message, the time since it was created, and — when it fails — what the user can
 * do, as buttons whose work the owner supplies. Call {@link #close()} when done to detach from the store.
 *
 * <p>Ids: {@code follow-status}, {@code follow-message}, {@code follow-elapsed}, {@code follow-advice},
 * {@code follow-actions} (each action's button has the action's id), {@code follow-unwatched}.
 */
public class FollowPane extends VBox {

  /**
   * Something the user can do about the followed object, offered while {@code offeredWhen} holds.
   *
   * @param id the button's id
   * @param label the button's text
   * @param offeredWhen when to offer it (see {@link #WHEN_FAILED})
   * @param run the work; gets the latest object (called on the FX thread, must not block)
   */
  public record Action(String id, String label, Predicate<ResourceStatus> offeredWhen, Consumer<HasMetadata> run) {}

  /** Offered when the object failed or keeps failing: {@link Phase#FAILED} or {@link Phase#ERROR}. */
  public static final Predicate<ResourceStatus> WHEN_FAILED =
      s -> s.phase() == Phase.FAILED || s.phase() == Phase.ERROR;

  private final CatalogStore store;
  private final ServiceCatalogKind kind;
  private final String namespace;
  private final String name;
  private final Instant since;
  private final Clock clock;
  private final ReadOnlyObjectWrapper<HasMetadata> object = new ReadOnlyObjectWrapper<>(this, "object");
  private final ReadOnlyObjectWrapper<ResourceStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
  private final ReadOnlyObjectWrapper<Duration> elapsed = new ReadOnlyObjectWrapper<>(this, "elapsed", Duration.ZERO);
  private final ConditionBadge badge = new ConditionBadge();
  private final ProgressIndicator spinner = new ProgressIndicator();
  private final Label elapsedLabel = new Label();
  private final Label message = new Label();
  private final Label advice = new Label();
  private final Label unwatched = new Label();
  private final FlowPane actionBox = new FlowPane(8, 8);
  private final List<Action> actions = new ArrayList<>();
  private List<Action> shownActions = List.of();
  private final ListChangeListener<HasMetadata> listener = c -> find();
  private final Timeline ticker;
  private boolean seen;
  private boolean gone;
  private boolean closed;

  /** Follows {@code kind} {@code namespace}/{@code name} (namespace null for cluster-scoped kinds), timed from {@code since}. */
  public FollowPane(CatalogStore store, ServiceCatalogKind kind, String namespace, String name, Instant since) {
    this(store, kind, namespace, name, since, Clock.systemUTC());
  }

  /** As the other constructor, with the clock that times it. */
  public FollowPane(CatalogStore store, ServiceCatalogKind kind, String namespace, String name, Instant since,
      Clock clock) {
    this.store = Objects.requireNonNull(store);
    this.kind = Objects.requireNonNull(kind);
    this.namespace = namespace;
    this.name = Objects.requireNonNull(name);
    this.since = Objects.requireNonNull(since);
    this.clock = Objects.requireNonNull(clock);
    setId("follow-pane");
    getStyleClass().add("follow-pane");
    setSpacing(12);
    badge.setId("follow-status");
    spinner.setMaxSize(20, 20);
    elapsedLabel.setId("follow-elapsed");
    elapsedLabel.getStyleClass().add("text-muted");
    HBox top = new HBox(10, badge, spinner, elapsedLabel);
    top.setAlignment(Pos.CENTER_LEFT);
    Label what = new Label(I18n.t("follow.what", kind.kind(), namespace == null ? name : namespace + "/" + name));
    what.setId("follow-what");
    what.getStyleClass().add("text-bold");
    what.setWrapText(true);
    message.setId("follow-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    advice.setId("follow-advice");
    advice.setWrapText(true);
    advice.setMinHeight(Region.USE_PREF_SIZE);
    advice.getStyleClass().add("message-action");
    actionBox.setId("follow-actions");
    unwatched.setId("follow-unwatched");
    unwatched.setWrapText(true);
    unwatched.getStyleClass().add("problem");
    getChildren().addAll(what, top, message, advice, actionBox, unwatched);
    Optional<String> watched = store.namespace();
    boolean outside = kind.namespaced() && watched.isPresent() && !watched.get().equals(namespace);
    unwatched.setText(outside ? I18n.t("follow.unwatched", namespace, watched.orElse("")) : "");
    unwatched.setVisible(outside);
    unwatched.setManaged(outside);
    ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
    ticker.setCycleCount(Animation.INDEFINITE);
    store.list(kind).items().addListener(listener);
    find();
    ticker.play();
  }

  /** Adds an action, offered while its condition holds; returns this pane. */
  public FollowPane addAction(Action action) {
    actions.add(Objects.requireNonNull(action));
    showActions();
    return this;
  }

  /** The followed object as the store has it now; null until the store has seen it (or after it was deleted). */
  public ReadOnlyObjectProperty<HasMetadata> objectProperty() {
    return object.getReadOnlyProperty();
  }

  /** The object's status as a person reads it. */
  public ReadOnlyObjectProperty<ResourceStatus> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Time since {@code since}; stops counting once the object is ready or has failed for good. */
  public ReadOnlyObjectProperty<Duration> elapsedProperty() {
    return elapsed.getReadOnlyProperty();
  }

  /** The namespace followed (null for a cluster-scoped kind). */
  public String namespace() {
    return namespace;
  }

  /** The name followed. */
  public String name() {
    return name;
  }

  /** Stops following: detaches from the store and stops the clock. Does nothing to the object. */
  public void close() {
    if (!closed) {
      closed = true;
      store.list(kind).items().removeListener(listener);
      ticker.stop();
    }
  }

  private void find() {
    HasMetadata found = null;
    for (HasMetadata item : store.list(kind).items()) {
      if (name.equals(item.getMetadata().getName()) && Objects.equals(namespace, item.getMetadata().getNamespace())) {
        found = item;
        break;
      }
    }
    if (found != null) {
      seen = true;
      gone = false;
    } else if (seen) {
      gone = true;
    }
    object.set(found);
    status.set(found == null ? null : ResourceStatus.of(found));
    render();
  }

  private void render() {
    ResourceStatus s = status.get();
    if (s == null) {
      badge.show(I18n.t(gone ? "follow.gone" : "follow.waiting"), gone ? Tone.NEUTRAL : Tone.ACCENT);
      message.setText(I18n.t(gone ? "follow.goneMessage" : "follow.waitingMessage"));
    } else {
      badge.show(s.label(), Formats.tone(s.phase()));
      message.setText(s.message());
    }
    boolean working = !gone && (s == null || s.phase() == Phase.IN_PROGRESS || s.phase() == Phase.UNKNOWN);
    spinner.setVisible(working);
    spinner.setManaged(working);
    String adviceText = s == null ? "" : switch (s.phase()) {
      case FAILED -> I18n.t("follow.failedAdvice");
      case ERROR -> I18n.t("follow.errorAdvice");
      default -> "";
    };
    advice.setText(adviceText);
    advice.setVisible(!adviceText.isEmpty());
    advice.setManaged(!adviceText.isEmpty());
    boolean finished = gone || s != null && (s.phase() == Phase.READY || s.phase() == Phase.FAILED);
    if (finished) {
      ticker.stop();
    } else if (!closed && ticker.getStatus() != Animation.Status.RUNNING) {
      ticker.play();
    }
    tick();
    showActions();
  }

  private void tick() {
    boolean finished = gone || status.get() != null
        && (status.get().phase() == Phase.READY || status.get().phase() == Phase.FAILED);
    if (!finished || elapsed.get().isZero()) {
      Duration d = Duration.between(since, clock.instant());
      elapsed.set(d.isNegative() ? Duration.ZERO : d);
    }
    String time = duration(elapsed.get());
    ResourceStatus s = status.get();
    elapsedLabel.setText(s != null && s.phase() == Phase.READY ? I18n.t("follow.readyAfter", time)
        : s != null && s.phase() == Phase.FAILED ? I18n.t("follow.failedAfter", time)
        : I18n.t("follow.elapsed", time));
  }

  /**
   * Shows the buttons of the actions offered now. The buttons stay as they are while the offer does not change, so
   * an update that keeps the object failed does not take away the button under the user's pointer or its focus.
   */
  private void showActions() {
    ResourceStatus s = status.get();
    List<Action> offered = s == null || gone ? List.of()
        : actions.stream().filter(action -> action.offeredWhen().test(s)).toList();
    if (offered.equals(shownActions)) {
      return;
    }
    shownActions = offered;
    actionBox.getChildren().setAll(offered.stream().map(this::button).toList());
  }

  private Button button(Action action) {
    Button button = new Button(action.label());
    button.setId(action.id());
    button.setOnAction(e -> {
      HasMetadata latest = object.get();
      if (latest != null) {
        action.run().accept(latest);
      }
    });
    return button;
  }

  /** "5 s", "2 min 05 s", "1 h 02 min". */
  static String duration(Duration d) {
    long seconds = Math.max(0, d.getSeconds());
    if (seconds < 60) {
      return I18n.t("follow.seconds", seconds);
    }
    if (seconds < 3600) {
      return I18n.t("follow.minutes", seconds / 60, seconds % 60);
    }
    return I18n.t("follow.hours", seconds / 3600, (seconds % 3600) / 60);
  }
}
