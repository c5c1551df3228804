package cnnlab.ui.training;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A line of loss values, first to last, scaled to fit: the vertical axis from 0 to the largest
 * value, the horizontal axis from the first to the last update. It draws the list it is given
 * and follows its changes.
 */
public final class LossCurveView extends Region {
    private static final double MARGIN_LEFT = 44;
    private static final double MARGIN = 12;
    private static final Color AXIS = Color.web("#64748b");
    private static final Color LINE = Color.web("#c2410c");

    private final Canvas canvas = new Canvas();
    private final ObservableList<Double> values;

    /** @param values the losses, oldest first */
    public LossCurveView(ObservableList<Double> values) {
        this.values = values;
        getStyleClass().add("loss-curve");
        getChildren().add(canvas);
        values.addListener((ListChangeListener<Double>) change -> draw());
        setPrefSize(360, 220);
        setMinSize(160, 120);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double left = MARGIN_LEFT;
        double bottom = h - MARGIN - 14;
        double right = w - MARGIN;
        double top = MARGIN;
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(left, top, left, bottom);
        g.strokeLine(left, bottom, right, bottom);
        List<Double> loss = List.copyOf(values);
        double max = loss.stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).max().orElse(1);
        max = max > 0 ? max : 1;
        g.setFill(AXIS);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(String.format("%.2g", max), left - 4, top);
        g.fillText("0", left - 4, bottom);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Integer.toString(Math.max(0, loss.size() - 1)), right, bottom + 2);
        if (loss.size() < 2) {
            return;
        }
        g.setStroke(LINE);
        g.setLineWidth(1.5);
        g.beginPath();
        for (int i = 0; i < loss.size(); i++) {
            double x = left + (right - left) * i / (loss.size() - 1);
            double v = Double.isFinite(loss.get(i)) ? Math.min(loss.get(i), max) : max;
            double y = bottom - (bottom - top) * v / max;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }
}
