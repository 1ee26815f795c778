package io.servicecatalog.console.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.servicecatalog.console.app.store.LiveList;
import io.servicecatalog.console.app.store.LiveRow;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TablesTest {

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final LiveList<ConfigMap> list = new LiveList<>(Platform::runLater, timer, 5);
  private TableView<LiveRow<ConfigMap>> table;

  @Start
  void start(Stage stage) {
    table = new TableView<>(list.rows());
    table.getColumns().add(Tables.age("Age"));
    table.getColumns().add(Tables.text("Name", 120, c -> c.getMetadata().getName()));
    table.getColumns().add(Tables.text("Data", 120, c -> c.getData() == null ? "" : c.getData().get("k")));
    stage.setScene(new Scene(table, 300, 200));
    stage.show();
  }

  @AfterEach
  void stopTimer() {
    timer.shutdownNow();
  }

  @Test
  @DisplayName("a row's cells follow its object's updates")
  void cellsFollowTheirObject(FxRobot robot) {
    list.upsert(named("a"));
    await().until(() -> table.getItems().size() == 1);
    LiveRow<ConfigMap> row = table.getItems().get(0);
    list.upsert(new ConfigMapBuilder(named("a")).addToData("k", "second version").build());
    await().untilAsserted(() -> robot.interact(() -> assertThat(cellTexts(robot)).contains("second version")));
    assertThat(table.getItems()).containsExactly(row);
    assertThat(Tables.<ConfigMap>objects(table)).singleElement()
        .satisfies(cm -> assertThat(cm.getData()).containsEntry("k", "second version"));
  }

  @Test
  @DisplayName("ages keep counting without any change from the cluster")
  void agesTick(FxRobot robot) {
    String created = Instant.now().minusSeconds(3).truncatedTo(ChronoUnit.SECONDS).toString();
    list.upsert(new ConfigMapBuilder().withNewMetadata().withName("a").withCreationTimestamp(created).endMetadata().build());
    await().until(() -> table.getItems().size() == 1);
    String first = ageText(robot);
    assertThat(first).matches("[34]s");

    await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
      robot.interact(Tables::tickAges);
      return !ageText(robot).equals(first);
    });
    assertThat(ageText(robot)).matches("\\d+s");
  }

  @Test
  @DisplayName("a cell makes its tooltip on the first hover, with the whole text, and keeps it current as its row changes")
  void tooltipOnFirstHover(FxRobot robot) {
    list.replaceAll(java.util.List.of(named("a-config-map-with-a-long-name")));
    await().until(() -> table.getItems().size() == 1);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    TableCell<?, ?> cell = nameCell(robot, "a-config-map-with-a-long-name");
    assertThat(cell.getTooltip()).isNull();
    robot.moveTo(cell);
    await().atMost(Duration.ofSeconds(5)).until(() -> cell.getTooltip() != null);
    assertThat(cell.getTooltip().getText()).isEqualTo("a-config-map-with-a-long-name");
    // A cell that already made its tooltip and is given another text (a live update) keeps it current.
    robot.interact(() -> {
      Tables.hoverTooltip(cell, "renamed");
      assertThat(cell.getTooltip().getText()).isEqualTo("renamed");
      Tables.hoverTooltip(cell, "");
      assertThat(cell.getTooltip()).isNull();
    });
  }

  private static ConfigMap named(String name) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).withCreationTimestamp(Instant.now().toString())
        .endMetadata().build();
  }

  private static TableCell<?, ?> nameCell(FxRobot robot, String text) {
    AtomicReference<TableCell<?, ?>> cell = new AtomicReference<>();
    robot.interact(() -> cell.set(robot.lookup(".table-row-cell .table-cell").queryAll().stream()
        .map(node -> (TableCell<?, ?>) node).filter(c -> text.equals(c.getText())).findFirst().orElseThrow()));
    return cell.get();
  }

  private static java.util.List<String> cellTexts(FxRobot robot) {
    return robot.lookup(".table-row-cell .table-cell").queryAll().stream().map(node -> ((TableCell<?, ?>) node).getText())
        .toList();
  }

  private static String ageText(FxRobot robot) {
    AtomicReference<String> text = new AtomicReference<>();
    robot.interact(() -> text.set(robot.lookup(".table-row-cell .table-cell").queryAll().stream()
        .map(node -> ((TableCell<?, ?>) node).getText())
        .filter(t -> t != null && !t.isEmpty())
        .findFirst().orElse("")));
    return text.get();
  }
}
