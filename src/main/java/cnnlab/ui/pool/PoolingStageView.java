package cnnlab.ui.pool;

import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.Carry;
import cnnlab.ui.stage.CarryLayer;
import cnnlab.ui.stage.ColorLegend;
import cnnlab.ui.stage.LabeledGrid;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The pooling stage: per pooling kind a panel with the map and its window on the left and the
 * smaller pooled map on the right, one row per channel; max and average side by side when the
 * step shows both. The winner (or the mean) flies to its output cell on a {@link CarryLayer}.
 */
public final class PoolingStageView extends VBox {

    public PoolingStageView(PoolingStageViewModel model, Messages messages) {
        getStyleClass().addAll("stage", "pooling-stage");
        setSpacing(8);
        List<ObservableValue<Carry>> carried = new ArrayList<>();
        model.panels().forEach(panel -> carried.add(panel.carryProperty()));
        CarryLayer carries = new CarryLayer(carried);
        HBox panels = new HBox(32);
        panels.setAlignment(Pos.CENTER);
        List<PoolingStageViewModel.Panel> all = model.panels();
        for (int i = 0; i < all.size(); i++) {
            panels.getChildren().add(panel(model, all.get(i), i, all.size(), carries, messages));
        }
        StackPane scene = new StackPane(panels, carries);
        VBox.setVgrow(scene, Priority.ALWAYS);
        HBox legend = new HBox(new ColorLegend(messages.text("legend.values"), model.scale()));
        legend.setAlignment(Pos.CENTER);
        getChildren().addAll(scene, legend);
    }

    private static VBox panel(PoolingStageViewModel model, PoolingStageViewModel.Panel panel, int index, int panels,
                              CarryLayer carries, Messages messages) {
        VBox box = new VBox(8);
        box.setId("pool-panel-" + index);
        box.getStyleClass().add("pool-panel");
        box.setAlignment(Pos.TOP_CENTER);
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(panel.headingProperty());
        Label caption = new Label();
        caption.setId("pool-caption-" + index);
        caption.getStyleClass().add("stage-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(panel.captionProperty());
        caption.setMinHeight(44);
        box.getChildren().addAll(heading, caption);
        int channels = model.mapShape().channels();
        double side = Math.max(140, 380 / Math.max(panels, channels));
        for (int c = 0; c < channels; c++) {
            LabeledGrid input = new LabeledGrid(messages.text("pool.map", c + 1, channels, model.mapShape().height(),
                    model.mapShape().width()), panel.input(c));
            input.setId("pool-input-" + index + "-" + c);
            input.grid().setSizing(44, side, 64);
            LabeledGrid output = new LabeledGrid(messages.text("pool.output", model.outputShape().height(),
                    model.outputShape().width()), panel.output(c));
            output.setId("pool-output-" + index + "-" + c);
            output.grid().setSizing(44, side * 0.7, 64);
            int channel = c;
            output.grid().setOnCellHover((y, x) -> model.hoverOutput(channel, y, x));
            carries.register(panel.inputGrid(c), input.grid());
            carries.register(panel.outputGrid(c), output.grid());
            Label arrow = new Label("→");
            arrow.getStyleClass().add("operator");
            HBox row = new HBox(12, input, arrow, output);
            row.setAlignment(Pos.CENTER);
            HBox.setHgrow(input, Priority.ALWAYS);
            HBox.setHgrow(output, Priority.ALWAYS);
            VBox.setVgrow(row, Priority.ALWAYS);
            box.getChildren().add(row);
        }
        Label result = new Label();
        result.setId("pool-result-" + index);
        result.getStyleClass().add("sum-line");
        result.textProperty().bind(panel.resultProperty());
        box.getChildren().add(result);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
