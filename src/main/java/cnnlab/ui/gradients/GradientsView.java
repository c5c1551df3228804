package cnnlab.ui.gradients;

import cnnlab.ui.Icons;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.FormattedText;
import cnnlab.ui.grid.TensorGridView;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The gradients stage: the grids side by side, the cell picked on one of them, and a sentence with the numbers. */
public final class GradientsView extends VBox {
    private final GradientsViewModel model;
    private final FlowPane grids = new FlowPane(22, 14);

    public GradientsView(GradientsViewModel model, Messages messages) {
        this.model = model;
        getStyleClass().addAll("stage", "gradients-stage");
        setSpacing(12);
        Label hint = new Label();
        hint.textProperty().bind(messages.text(model.pooling() ? "gradients.hint.pooling" : "gradients.hint.conv"));
        hint.setWrapText(true);
        Button next = new Button();
        next.setId("gradients-next");
        next.setGraphic(Icons.NEXT.create());
        next.textProperty().bind(messages.text("gradients.next"));
        next.setOnAction(e -> model.next());
        HBox top = new HBox(12, next, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        grids.setId("gradients-grids");
        FormattedText caption = new FormattedText(model.captionProperty());
        caption.setId("gradients-caption");
        caption.getStyleClass().add("sum-line");
        model.panels().addListener((ListChangeListener<GradientPanel>) change -> show());
        show();
        getChildren().addAll(top, grids, caption);
    }

    private void show() {
        if (grids.getChildren().size() == model.panels().size()) {
            for (int i = 0; i < model.panels().size(); i++) {
                VBox box = (VBox) grids.getChildren().get(i);
                ((Label) box.getChildren().get(0)).setText(model.panels().get(i).heading());
                ((TensorGridView) box.getChildren().get(1)).setPicture(model.panels().get(i).picture());
            }
            return;
        }
        grids.getChildren().clear();
        for (GradientPanel panel : model.panels()) {
            Label heading = new Label(panel.heading());
            heading.getStyleClass().add("grid-heading");
            TensorGridView grid = new TensorGridView();
            grid.setSizing(44, 260, 52);
            grid.setPicture(panel.picture());
            if (panel.clickable()) {
                grid.setOnCellClick(model::select);
                grid.getStyleClass().add("clickable-grid");
            }
            VBox box = new VBox(4, heading, grid);
            box.setAlignment(Pos.TOP_CENTER);
            grids.getChildren().add(box);
        }
    }
}
