package cnnlab.ui.stage;

import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.TensorGridView;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A grid with a heading above it, the picture and the heading bound to a view model. */
public final class LabeledGrid extends VBox {
    private final TensorGridView grid = new TensorGridView();
    private final Label heading = new Label();

    /**
     * @param headingText the heading, e.g. "Input 6×6"
     * @param picture     the picture to draw
     */
    public LabeledGrid(ObservableValue<String> headingText, ObservableValue<GridPicture> picture) {
        getStyleClass().add("labeled-grid");
        setAlignment(Pos.TOP_CENTER);
        heading.getStyleClass().add("grid-heading");
        heading.textProperty().bind(headingText);
        heading.setWrapText(true);
        grid.pictureProperty().bind(picture);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(heading, grid);
    }

    public TensorGridView grid() {
        return grid;
    }

    public Label heading() {
        return heading;
    }
}
