package cnnlab.ui.field;

import cnnlab.ui.stage.LabeledGrid;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The receptive-field stage: the layers side by side, input first, each with its formula line
 * beneath; click or hover a cell of any layer to light the cells that feed it.
 */
public final class FieldStageView extends VBox {

    public FieldStageView(FieldStageViewModel model) {
        getStyleClass().addAll("stage", "field-stage");
        setSpacing(8);
        Label caption = new Label();
        caption.setId("stage-caption");
        caption.getStyleClass().add("stage-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(model.captionProperty());
        Label focus = new Label();
        focus.setId("field-focus");
        focus.getStyleClass().add("sum-line");
        focus.setWrapText(true);
        focus.textProperty().bind(model.focusTextProperty());

        HBox layers = new HBox(16);
        layers.setAlignment(Pos.CENTER);
        int count = model.layerCount();
        double side = Math.max(110, Math.min(320, 1000.0 / count));
        for (int l = 0; l < count; l++) {
            LabeledGrid grid = new LabeledGrid(model.heading(l), model.picture(l));
            grid.setId("field-layer-" + l);
            grid.grid().setSizing(28, side, 40);
            int layer = l;
            grid.grid().setOnCellHover((y, x) -> model.hover(layer, y, x));
            grid.grid().setOnCellClick((y, x) -> model.click(layer, y, x));
            Label formula = new Label();
            formula.getStyleClass().add("formula");
            formula.setWrapText(true);
            formula.textProperty().bind(model.formula(l));
            formula.setMaxWidth(side + 40);
            VBox column = new VBox(6, grid, formula);
            column.setAlignment(Pos.TOP_CENTER);
            // the formula sits right under its grid, not at the bottom of the stage
            HBox.setHgrow(column, Priority.ALWAYS);
            layers.getChildren().add(column);
        }
        getChildren().addAll(caption, layers, focus);
    }
}
