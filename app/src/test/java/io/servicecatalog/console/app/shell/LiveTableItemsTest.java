package io.servicecatalog.console.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.servicecatalog.console.app.store.LiveList;
import io.servicecatalog.console.app.store.LiveRow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A table of live rows hears of an update only when the update moves a row; the row itself always follows. */
@ExtendWith(ApplicationExtension.class)
class LiveTableItemsTest {

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final LiveList<ConfigMap> list = new LiveList<>(Platform::runLater, timer, 5);
  /** Every change the table's own list announced: what makes {@code TableView} redraw its visible rows. */
  private final List<String> tableChanges = new ArrayList<>();
  private TableView<LiveRow<ConfigMap>> table;
  private LiveTableItems<ConfigMap> items;
  private TableColumn<LiveRow<ConfigMap>, ConfigMap> tier;

  @Start
  void start(Stage stage) {
    table = new TableView<>();
    tier = Tables.text("Tier", 100, LiveTableItemsTest::tier);
    table.getColumns().setAll(List.of(Tables.text("Name", 100, c -> c.getMetadata().getName()), tier));
    items = new LiveTableItems<>(list.rows(), table, c -> c.getMetadata().getName() + " " + tier(c));
    table.getItems().addListener((ListChangeListener<LiveRow<ConfigMap>>) c -> {
      while (c.next()) {
        tableChanges.add(c.toString());
      }
    });
    stage.setScene(new Scene(table, 300, 300));
    stage.show();
  }

  @AfterEach
  void stopTimer() {
    timer.shutdownNow();
  }

  private static String tier(ConfigMap c) {
    return c.getData() == null ? "" : c.getData().getOrDefault("tier", "");
  }

  private static ConfigMap map(String name, String tier) {
    return new ConfigMapBuilder().withNewMetadata().withNamespace("ns").withName(name).endMetadata()
        .addToData("tier", tier).build();
  }

  /** Writes objects to the live list and waits until the table's rows hold them. */
  private void write(FxRobot robot, ConfigMap... objects) {
    for (ConfigMap object : objects) {
      list.upsert(object);
    }
    await().until(() -> {
      WaitForAsyncUtils.waitForFxEvents();
      List<ConfigMap> rows = new ArrayList<>();
      robot.interact(() -> list.rows().forEach(row -> rows.add(row.get())));
      return rows.containsAll(List.of(objects));
    });
    robot.interact(() -> { });
  }

  private List<String> shown(FxRobot robot) {
    List<String> names = new ArrayList<>();
    robot.interact(() -> Tables.<ConfigMap>objects(table).forEach(c -> names.add(c.getMetadata().getName() + "=" + tier(c))));
    return names;
  }

  @Test
  @DisplayName("unsorted and unsearched, an update reaches its row and not the table's list")
  void updatesStayInTheirRow(FxRobot robot) {
    write(robot, map("a", "gold"), map("b", "silver"), map("c", "bronze"));
    robot.interact(tableChanges::clear);
    write(robot, map("b", "platinum"));
    assertThat(shown(robot)).containsExactly("a=gold", "b=platinum", "c=bronze");
    assertThat(tableChanges).isEmpty();
  }

  @Test
  @DisplayName("sorted, an update that keeps the order stays in its row; one that breaks it moves the row")
  void sortedMovesOnlyWhenOrderBreaks(FxRobot robot) {
    write(robot, map("a", "b-gold"), map("b", "d-silver"), map("c", "f-bronze"));
    robot.interact(() -> {
      tier.setSortType(TableColumn.SortType.ASCENDING);
      table.getSortOrder().setAll(List.of(tier));
    });
    robot.interact(tableChanges::clear);
    write(robot, map("b", "e-silver"));
    assertThat(shown(robot)).containsExactly("a=b-gold", "b=e-silver", "c=f-bronze");
    assertThat(tableChanges).isEmpty();

    write(robot, map("b", "a-platinum"));
    assertThat(shown(robot)).containsExactly("b=a-platinum", "a=b-gold", "c=f-bronze");
    assertThat(tableChanges).isNotEmpty();
  }

  @Test
  @DisplayName("searched, an update that leaves the row matching stays in it; one that stops or starts a match moves it")
  void searchedMovesOnlyAcrossTheSearch(FxRobot robot) {
    write(robot, map("a", "gold"), map("b", "gold-plus"), map("c", "bronze"));
    robot.interact(() -> items.search("GOLD "));
    assertThat(shown(robot)).containsExactly("a=gold", "b=gold-plus");
    robot.interact(tableChanges::clear);
    write(robot, map("b", "gold-max"));
    assertThat(shown(robot)).containsExactly("a=gold", "b=gold-max");
    assertThat(tableChanges).isEmpty();

    write(robot, map("a", "silver"), map("c", "gold"));
    assertThat(shown(robot)).containsExactly("b=gold-max", "c=gold");
  }

  @Test
  @DisplayName("the selected row stays selected through its object's updates and a relist that still holds it")
  void selectionStaysOnTheRow(FxRobot robot) {
    write(robot, map("a", "gold"), map("b", "silver"));
    robot.interact(() -> table.getSelectionModel().select(1));
    LiveRow<ConfigMap> selected = table.getSelectionModel().getSelectedItem();
    write(robot, map("b", "platinum"));
    assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(selected);
    assertThat(selected.get().getData()).containsEntry("tier", "platinum");

    list.replaceAll(List.of(map("b", "iron"), map("z", "wood")));
    await().until(() -> {
      WaitForAsyncUtils.waitForFxEvents();
      return shown(robot).equals(List.of("b=iron", "z=wood"));
    });
    assertThat(list.rows()).contains(selected);
    assertThat(selected.get().getData()).containsEntry("tier", "iron");
  }
}
