package cnnlab.ui.playground;

import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.grid.TensorGridView;
import java.util.List;

/** Lets window tests in other packages read what the playground's grids draw. */
public final class TestAccess {
    private TestAccess() {
    }

    /** The picture the map tile of kernel {@code index} draws. */
    public static GridPicture mapPicture(PlaygroundView view, int index) {
        return view.mapView(index).grid().getPicture();
    }

    /** The grid of the map tile of kernel {@code index}. */
    public static TensorGridView mapGrid(PlaygroundView view, int index) {
        return view.mapView(index).grid();
    }

    /** The marks on the input grid. */
    public static List<Mark> inputMarks(PlaygroundView view) {
        GridPicture picture = ((PlaneView) view.lookup("#input-plane")).grid().getPicture();
        return picture == null ? List.of() : picture.marks();
    }
}
