package io.servicecatalog.console.app.marketplace;

import impl.org.controlsfx.skin.GridViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.GridView;

/**
 * The marketplace grid's skin: ControlsFX's, with rows of a fixed height. Without one the virtual flow estimates
 * its length by filling a spare row with tiles, row after row, on every scroll step and every keystroke.
 */
final class MarketplaceGridSkin<T> extends GridViewSkin<T> {

  MarketplaceGridSkin(GridView<T> grid) {
    super(grid);
    // The flow by type: its row class is not public.
    VirtualFlow<?> flow = getChildren().stream().filter(VirtualFlow.class::isInstance).map(n -> (VirtualFlow<?>) n).findFirst()
        .orElseThrow(() -> new IllegalStateException("The grid skin has no virtual flow"));
    // GridRowSkin's preferred height is exactly this; every row has it.
    flow.fixedCellSizeProperty().bind(
        grid.cellHeightProperty().add(grid.verticalCellSpacingProperty().multiply(2)));
  }
}
