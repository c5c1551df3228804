package cnnlab.ui.playground;

import cnnlab.engine.Tensor;
import cnnlab.ui.grid.CellText;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.CellPalette;
import cnnlab.ui.stage.ColorLegend;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One kernel's feature map: heading, the map in the diverging colours, min and max, and the legend. */
final class MapTile extends VBox {
    private final int index;
    private final Messages messages;
    private final Label heading = new Label();
    private final PlaneView plane = new PlaneView();
    private final Label range = new Label();
    private final Label problem = new Label();
    private final StackPane legend = new StackPane();
    private float[] values = new float[0];
    private Object[] drawn = new Object[0];

    MapTile(int index, PlaygroundViewModel model, Messages messages) {
        this.index = index;
        this.messages = messages;
        setId("map-tile-" + index);
        getStyleClass().add("map-tile");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(4);
        heading.getStyleClass().add("grid-heading");
        range.setId("map-range-" + index);
        range.getStyleClass().add("map-range");
        problem.getStyleClass().add("map-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(240);
        problem.managedProperty().bind(problem.visibleProperty());
        plane.setId("map-" + index);
        plane.setSizing(34, 236, 48);
        plane.setOnCellHover((y, x) -> model.hover(index, y, x));
        plane.setOnCellClick((y, x) -> model.select(index));
        setOnMouseClicked(e -> model.select(index));
        getChildren().addAll(heading, plane, problem, range, legend);
    }

    PlaneView plane() {
        return plane;
    }

    /** The values drawn, row-major; the engine's map values. */
    float[] values() {
        return values;
    }

    void show(KernelMap map, boolean selected, boolean numbers, CellTrace hover) {
        CellTrace ownHover = hover != null && hover.kernel() == index ? hover : null;
        Object[] now = {map, selected, numbers, ownHover, messages.language()};
        if (java.util.Arrays.equals(now, drawn)) {
            return; // an edit of another kernel: this map is the same object
        }
        drawn = now;
        if (selected) {
            if (!getStyleClass().contains("selected")) {
                getStyleClass().add("selected");
            }
        } else {
            getStyleClass().remove("selected");
        }
        problem.setVisible(!map.ok());
        plane.setVisible(map.ok());
        range.setVisible(map.ok());
        legend.setVisible(map.ok());
        if (!map.ok()) {
            heading.setText(messages.format("playground.kernel", index + 1));
            problem.setText(map.problem());
            plane.clear();
            return;
        }
        Tensor shown = map.shown();
        int rows = shown.shape().height();
        int columns = shown.shape().width();
        heading.setText(messages.format("playground.map", index + 1, rows, columns));
        values = shown.toArray();
        float scale = CellPalette.scaleOf(values);
        List<Mark> marks = ownHover != null ? List.of(Mark.cell(ownHover.y(), ownHover.x(), Mark.Style.FOCUS)) : List.of();
        plane.show(rows, columns, values, CellPalette.diverging(scale), numbers, marks);
        range.setText(messages.format("playground.map.range", CellText.format(shown.min()), CellText.format(shown.max())));
        legend.getChildren().setAll(new ColorLegend(messages.text("legend.output"), scale));
    }
}
