package io.servicecatalog.console.app.marketplace;

import impl.org.controlsfx.skin.GridViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.GridView;

/**
 * The marketplace grid's skin: ControlsFX's, with rows of a fixed height and tiles kept across a change in the
 * number of rows. Without a fixed height the virtual flow estimates its length by filling a spare row with tiles
 * for row after row on every scroll step; and the stock skin throws every row and tile away whenever a keystroke
 * changes how many rows there are, so each one had to be built and styled again.
 */
final class MarketplaceGridSkin<T> extends GridViewSkin<T> {

  private final VirtualFlow<?> flow;

  MarketplaceGridSkin(GridView<T> grid) {
    super(grid);
    // The flow by type: its row class is not public.
    flow = getChildren().stream().filter(VirtualFlow.class::isInstance).map(n -> (VirtualFlow<?>) n).findFirst()
        .orElseThrow(() -> new IllegalStateException("The grid skin has no virtual flow"));
    // GridRowSkin's preferred height is exactly this; every row has it.
    flow.fixedCellSizeProperty().bind(
        grid.cellHeightProperty().add(grid.verticalCellSpacingProperty().multiply(2)));
  }

  @Override
  protected void updateItemCount() {
    int rows = getItemCount();
    if (flow == null || flow.getCellCount() == 0 || rows == 0 || flow.getCellCount() == rows) {
      super.updateItemCount();
      return;
    }
    // A new count re-lays out the rows already there, each refilled for its index: no new rows, no new tiles.
    flow.setCellCount(rows);
    updateRows(rows);
    getSkinnable().requestLayout();
  }
}
