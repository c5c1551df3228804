package cnnlab.ui.insight;

import cnnlab.engine.Tensor;
import cnnlab.ui.stage.CellPalette;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A picture in grey with a heat map laid over it: the positive heat in the app's orange, more
 * opaque where hotter (scaled to the map's largest value); zero and negative heat leave the
 * picture as it is. With no heat map, the picture alone.
 */
public final class HeatOverlayView extends Canvas {
    private static final double MAX_ALPHA = 0.75;

    /** @param side the canvas side in pixels */
    public HeatOverlayView(double side) {
        super(side, side);
        getStyleClass().add("heat-overlay");
    }

    /**
     * Draws {@code picture} (values in [0, 1]) and {@code heat} ({@code 1 × H × W} like the
     * picture, or null).
     */
    public void show(Tensor picture, Tensor heat) {
        GraphicsContext g = getGraphicsContext2D();
        int rows = picture.shape().height();
        int columns = picture.shape().width();
        double cell = Math.min(getWidth() / columns, getHeight() / rows);
        float scale = heat == null ? 0 : Math.max(heat.max(), 0);
        g.clearRect(0, 0, getWidth(), getHeight());
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                double grey = Math.max(0, Math.min(1, picture.get(0, y, x)));
                Color color = Color.gray(grey);
                if (scale > 0) {
                    float h = heat.get(0, y, x);
                    if (h > 0) {
                        int argb = CellPalette.MAP.argb(scale, scale);
                        Color hot = Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
                        color = color.interpolate(hot, MAX_ALPHA * h / scale);
                    }
                }
                g.setFill(color);
                g.fillRect(x * cell, y * cell, Math.ceil(cell), Math.ceil(cell));
            }
        }
    }
}
