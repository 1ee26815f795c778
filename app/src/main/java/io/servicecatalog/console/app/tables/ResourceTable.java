package io.servicecatalog.console.app.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.store.LoadState;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.status.ResourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * A plain, sortable, live table of one kind's objects, with the kind's columns and its status as the
 * one-word state svcat and kubectl print, coloured by phase.
 */
public final class ResourceTable extends TableView<HasMetadata> {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Map<HasMetadata, JsonNode> trees = new IdentityHashMap<>();
  private final Map<HasMetadata, ResourceStatus> statuses = new IdentityHashMap<>();

  public ResourceTable(ServiceCatalogKind kind, ObservableList<HasMetadata> items, ReadOnlyObjectProperty<LoadState> state) {
    setId("table-" + kind.plural());
    getStyleClass().add("resource-table");
    // Rows are rebuilt from new objects on every update; drop cached views of the old ones.
    items.addListener((ListChangeListener<HasMetadata>) c -> {
      trees.clear();
      statuses.clear();
    });
    SortedList<HasMetadata> sorted = new SortedList<>(items);
    sorted.comparatorProperty().bind(comparatorProperty());
    setItems(sorted);
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    for (ResourceColumns.Column column : ResourceColumns.of(kind)) {
      getColumns().add(column(column));
    }
    Label placeholder = new Label();
    placeholder.setId("placeholder-" + kind.plural());
    placeholder.setWrapText(true);
    placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> switch (state.get().phase()) {
          case LOADING -> I18n.t("table.loading", kind.plural());
          case LOADED -> I18n.t("table.empty." + kind.kind());
          case FORBIDDEN, FAILED -> state.get().message();
        },
        state));
    setPlaceholder(placeholder);
  }

  private TableColumn<HasMetadata, String> column(ResourceColumns.Column spec) {
    TableColumn<HasMetadata, String> column = new TableColumn<>(spec.title());
    column.setPrefWidth(switch (spec.pointer()) {
      case ResourceColumns.NAME -> 240;
      case ResourceColumns.MESSAGE -> 440;
      case ResourceColumns.AGE -> 70;
      case ResourceColumns.NAMESPACE -> 130;
      case ResourceColumns.STATUS -> 210;
      default -> 180;
    });
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value(cell.getValue(), spec.pointer())));
    if (spec.pointer().equals(ResourceColumns.AGE)) {
      column.setComparator((a, b) -> Long.compare(ageSeconds(a), ageSeconds(b)));
      column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
          cell.getValue().getMetadata().getCreationTimestamp() == null ? "" : cell.getValue().getMetadata().getCreationTimestamp()));
    }
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeIf(style -> style.startsWith("phase-"));
        HasMetadata row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (empty || item == null || row == null) {
          setText(null);
          setTooltip(null);
          return;
        }
        String text = spec.pointer().equals(ResourceColumns.AGE) ? age(item) : item;
        setText(text);
        setTooltip(text.isEmpty() ? null : new Tooltip(text));
        if (spec.pointer().equals(ResourceColumns.STATUS)) {
          getStyleClass().add("phase-" + status(row).phase().name().toLowerCase(Locale.ROOT));
        }
      }
    });
    return column;
  }

  private String value(HasMetadata object, String pointer) {
    return switch (pointer) {
      case ResourceColumns.NAME -> object.getMetadata().getName();
      case ResourceColumns.NAMESPACE -> nullToEmpty(object.getMetadata().getNamespace());
      case ResourceColumns.STATUS -> status(object).svcatStatus();
      case ResourceColumns.MESSAGE -> status(object).message();
      default -> {
        JsonNode node = trees.computeIfAbsent(object, JSON::valueToTree).at(pointer);
        yield node.isMissingNode() || node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString();
      }
    };
  }

  private ResourceStatus status(HasMetadata object) {
    return statuses.computeIfAbsent(object, ResourceStatus::of);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static long ageSeconds(String timestamp) {
    if (timestamp == null || timestamp.isEmpty()) {
      return Long.MAX_VALUE;
    }
    try {
      return Duration.between(OffsetDateTime.parse(timestamp).toInstant(), Instant.now()).getSeconds();
    } catch (DateTimeParseException e) {
      return Long.MAX_VALUE;
    }
  }

  /** kubectl's short age: 42s, 5m, 3h, 12d. */
  static String age(String timestamp) {
    long seconds = ageSeconds(timestamp);
    if (seconds == Long.MAX_VALUE) {
      return "";
    }
    seconds = Math.max(0, seconds);
    if (seconds < 120) {
      return I18n.t("age.seconds", seconds);
    }
    if (seconds < 2 * 3600) {
      return I18n.t("age.minutes", seconds / 60);
    }
    if (seconds < 48 * 3600) {
      return I18n.t("age.hours", seconds / 3600);
    }
    return I18n.t("age.days", seconds / 86400);
  }
}
