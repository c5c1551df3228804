package cnnlab.ui.stage;

import cnnlab.ui.grid.CellText;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/** A small bar of the colour map from {@code −scale} through 0 to {@code +scale}, with the three values. */
public final class ColorLegend extends HBox {
    private static final int STOPS = 9;

    /**
     * @param title what the colours show, e.g. "Output"
     * @param scale the value that gets the strongest colour
     */
    public ColorLegend(ObservableValue<String> title, float scale) {
        getStyleClass().add("color-legend");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        Label name = new Label();
        name.textProperty().bind(title);
        Stop[] stops = new Stop[STOPS];
        for (int i = 0; i < STOPS; i++) {
            double t = (double) i / (STOPS - 1);
            int argb = CellPalette.MAP.argb((float) ((t * 2 - 1) * scale), scale);
            stops[i] = new Stop(t, Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
        }
        Rectangle bar = new Rectangle(90, 12, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        bar.setStroke(Color.web("#94a3b8"));
        getChildren().setAll(name, value(-scale), zeroAbove(bar), value(scale));
    }

    private static Label value(float v) {
        Label label = new Label(CellText.format(v));
        label.getStyleClass().add("legend-value");
        return label;
    }

    /** The bar with "0" printed in its middle, where zero's colour is. */
    private static StackPane zeroAbove(Rectangle bar) {
        Label zero = new Label("0");
        zero.getStyleClass().add("legend-zero");
        return new StackPane(bar, zero);
    }
}
