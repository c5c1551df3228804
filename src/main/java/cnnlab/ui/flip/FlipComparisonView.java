package cnnlab.ui.flip;

import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.LabeledGrid;
import cnnlab.ui.stage.TensorPictures;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Convolution against cross-correlation: the kernel, its 180° turn, the input and both outputs side by side. */
public final class FlipComparisonView extends VBox {

    public FlipComparisonView(FlipComparisonViewModel model, Messages messages) {
        getStyleClass().addAll("stage", "flip-stage");
        setSpacing(14);
        LabeledGrid kernel = new LabeledGrid(messages.text("flip.kernel"),
                new ReadOnlyObjectWrapper<>(TensorPictures.diverging(model.kernel(), 0)));
        LabeledGrid turned = new LabeledGrid(messages.text("flip.turned"),
                new ReadOnlyObjectWrapper<>(TensorPictures.diverging(model.turnedKernel(), 0)));
        kernel.grid().setSizing(44, 180, 52);
        turned.grid().setSizing(44, 180, 52);
        LabeledGrid input = new LabeledGrid(messages.text("flip.input"), model.inputPictureProperty());
        LabeledGrid cross = new LabeledGrid(messages.text("flip.cross"), model.crossPictureProperty());
        LabeledGrid conv = new LabeledGrid(messages.text("flip.conv"), model.convPictureProperty());
        cross.setId("flip-cross");
        conv.setId("flip-conv");
        for (LabeledGrid output : new LabeledGrid[] {cross, conv}) {
            output.grid().setOnCellClick(model::select);
            output.grid().setSizing(40, 240, 48);
        }
        input.grid().setSizing(40, 280, 48);
        HBox kernels = new HBox(24, kernel, turned);
        HBox maps = new HBox(24, input, cross, conv);
        kernels.setAlignment(Pos.TOP_LEFT);
        Label caption = new Label();
        caption.setId("flip-caption");
        caption.getStyleClass().add("sum-line");
        caption.setWrapText(true);
        caption.textProperty().bind(model.captionProperty());
        Label verdict = new Label();
        verdict.setId("flip-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.verdictProperty());
        getChildren().addAll(kernels, maps, caption, verdict);
    }
}
