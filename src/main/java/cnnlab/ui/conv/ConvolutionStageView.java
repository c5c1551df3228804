package cnnlab.ui.conv;

import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.CarryLayer;
import cnnlab.ui.stage.ColorLegend;
import cnnlab.ui.stage.LabeledGrid;
import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The convolution stage: input planes with the window on the left, the kernel and its products
 * in the middle, the output maps (and their ReLU) on the right, the caption above and the colour
 * legends below; the sum flies from the window to its output cell on a {@link CarryLayer}.
 */
public final class ConvolutionStageView extends VBox {
    private static final String[] CHANNEL_KEYS = {"conv.channel.red", "conv.channel.green", "conv.channel.blue"};

    private final ConvolutionStageViewModel model;
    private final Messages messages;
    private final CarryLayer carries;

    public ConvolutionStageView(ConvolutionStageViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().addAll("stage", "convolution-stage");
        setSpacing(8);
        carries = new CarryLayer(List.of(model.carryProperty()));
        Label caption = new Label();
        caption.setId("stage-caption");
        caption.getStyleClass().add("stage-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(model.captionProperty());

        HBox columns = new HBox(24, inputs(), products(), outputs());
        columns.setAlignment(Pos.TOP_CENTER);
        columns.getStyleClass().add("stage-columns");
        StackPane scene = new StackPane(columns, carries);
        VBox.setVgrow(scene, Priority.ALWAYS);

        HBox legends = new HBox(24,
                new ColorLegend(messages.text("legend.input"), model.inputScale()),
                new ColorLegend(messages.text("legend.output"), model.outputScale()));
        legends.setAlignment(Pos.CENTER);
        getChildren().addAll(caption, scene, legends);
    }

    private VBox inputs() {
        VBox column = new VBox(8);
        column.setAlignment(Pos.TOP_CENTER);
        int channels = model.inputChannels();
        double side = channels == 1 ? 420 : 190;
        for (int c = 0; c < channels; c++) {
            StringBinding heading = channels == 1 || channels > CHANNEL_KEYS.length
                    ? messages.text("conv.input", model.inputShape().height(), model.inputShape().width(),
                            model.spec().padding().top(), model.spec().stride(), c + 1, channels)
                    : messages.text(CHANNEL_KEYS[c]);
            LabeledGrid grid = new LabeledGrid(heading, model.inputPicture(c));
            grid.setId("input-grid-" + c);
            grid.grid().setSizing(channels == 1 ? 44 : 30, side, 64);
            grid.grid().setOnCellHover(model::hoverInput);
            carries.register(ConvolutionStageViewModel.INPUT_GRID + c, grid.grid());
            VBox.setVgrow(grid, Priority.ALWAYS);
            column.getChildren().add(grid);
        }
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private VBox products() {
        VBox column = new VBox(6);
        column.setAlignment(Pos.TOP_CENTER);
        column.getStyleClass().add("products-panel");
        Label kernelHeading = new Label();
        kernelHeading.getStyleClass().add("grid-heading");
        kernelHeading.textProperty().bind(model.kernelHeadingProperty());
        column.getChildren().add(kernelHeading);
        int channels = model.inputChannels();
        for (int c = 0; c < channels; c++) {
            LabeledGrid kernel = new LabeledGrid(messages.text("conv.weights"), model.kernelPicture(c));
            LabeledGrid products = new LabeledGrid(messages.text("conv.products"), model.productPicture(c));
            products.setId("products-grid-" + c);
            kernel.setId("kernel-grid-" + c);
            double cell = channels == 1 ? 38 : 24;
            kernel.grid().setSizing(cell, 200, 48);
            products.grid().setSizing(cell, 200, 48);
            Label times = new Label("→");
            times.getStyleClass().add("operator");
            HBox pair = new HBox(8, kernel, times, products);
            pair.setAlignment(Pos.CENTER);
            column.getChildren().add(pair);
            if (channels > 1) {
                Label sum = new Label();
                sum.getStyleClass().add("channel-sum");
                sum.textProperty().bind(model.channelSum(c));
                column.getChildren().add(sum);
            }
        }
        Label sumLine = new Label();
        sumLine.setId("sum-line");
        sumLine.getStyleClass().add("sum-line");
        sumLine.setWrapText(true);
        sumLine.textProperty().bind(model.sumLineProperty());
        column.getChildren().add(sumLine);
        column.setMinWidth(180);
        column.setPadding(new javafx.geometry.Insets(36, 0, 0, 0));
        return column;
    }

    private HBox outputs() {
        HBox maps = new HBox(12);
        maps.setAlignment(Pos.TOP_CENTER);
        int filters = model.filters();
        double side = filters == 1 ? 320 : 200;
        for (int f = 0; f < filters; f++) {
            VBox stack = new VBox(8);
            stack.setAlignment(Pos.TOP_CENTER);
            LabeledGrid map = new LabeledGrid(messages.text("conv.output", f + 1, model.outputShape().height(),
                    model.outputShape().width()), model.outputPicture(f));
            map.setId("output-grid-" + f);
            map.grid().setSizing(44, side, 64);
            int filter = f;
            map.grid().setOnCellHover((y, x) -> model.hoverOutput(filter, y, x));
            carries.register(ConvolutionStageViewModel.OUTPUT_GRID + f, map.grid());
            VBox.setVgrow(map, Priority.ALWAYS);
            stack.getChildren().add(map);
            if (model.showsRelu()) {
                LabeledGrid relu = new LabeledGrid(messages.text("conv.relu"), model.reluPicture(f));
                relu.setId("relu-grid-" + f);
                relu.grid().setSizing(36, side, 64);
                VBox.setVgrow(relu, Priority.ALWAYS);
                stack.getChildren().add(relu);
            }
            HBox.setHgrow(stack, Priority.ALWAYS);
            maps.getChildren().add(stack);
        }
        HBox.setHgrow(maps, Priority.ALWAYS);
        return maps;
    }
}
