package io.servicecatalog.console.app.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MarketplaceGridSkinTest {

  private static final List<String> ALL = IntStream.range(0, 500).mapToObj(i -> "service-" + i).toList();

  private GridView<String> grid;

  @Start
  void start(Stage stage) {
    grid = new GridView<>(FXCollections.observableArrayList(ALL));
    grid.setCellWidth(100);
    grid.setCellHeight(40);
    grid.setVerticalCellSpacing(4);
    grid.setCellFactory(g -> new GridCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
      }
    });
    grid.setSkin(new MarketplaceGridSkin<>(grid));
    stage.setScene(new Scene(grid, 600, 400));
    stage.show();
  }

  @Test
  @DisplayName("rows have the grid's fixed height, so the flow never fills spare rows to estimate its length")
  void fixedRowHeight(FxRobot robot) {
    VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
    assertThat(flow.getFixedCellSize()).isEqualTo(48);
    robot.interact(() -> grid.setCellHeight(60));
    assertThat(flow.getFixedCellSize()).isEqualTo(68);
  }

  @Test
  @DisplayName("searches that change the number of rows leave every cell showing the item at its index")
  void searchesShowTheRightItems(FxRobot robot) {
    List<String> sevens = ALL.stream().filter(s -> s.contains("7")).toList();
    for (List<String> shown : List.<List<String>>of(sevens, sevens.subList(2, 40), ALL, ALL.subList(0, 3), ALL, List.of(),
        sevens)) {
      robot.interact(() -> grid.getItems().setAll(shown));
      WaitForAsyncUtils.waitForFxEvents();
      List<GridCell<?>> showing = robot.lookup(".grid-cell").queryAll().stream()
          .<GridCell<?>>map(n -> (GridCell<?>) n)
          .filter(c -> c.getParent() != null && c.getParent().isVisible() && !c.isEmpty()).toList();
      assertThat(showing).allSatisfy(c -> assertThat(c.getText()).isEqualTo(shown.get(c.getIndex())));
      assertThat(showing.isEmpty()).isEqualTo(shown.isEmpty());
    }
  }
}
