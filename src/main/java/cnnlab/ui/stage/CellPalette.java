package cnnlab.ui.stage;

import cnnlab.imaging.DivergingColorMap;
import cnnlab.ui.grid.CellColors;

/** The cell colours of every stage, all from the one colour map of the app ({@link DivergingColorMap#BLUE_ORANGE}). */
public final class CellPalette {
    /** The map itself, for legends. */
    public static final DivergingColorMap MAP = DivergingColorMap.BLUE_ORANGE;

    private static final CellColors NEUTRAL = value -> MAP.neutral();

    private CellPalette() {
    }

    /** Negative blue, zero grey, positive orange; {@code ±scale} gets the strongest colour. */
    public static CellColors diverging(float scale) {
        return value -> MAP.argb(value, scale);
    }

    /** Every cell the colour of zero, for grids whose values do not matter (receptive fields). */
    public static CellColors neutral() {
        return NEUTRAL;
    }

    /** The largest {@code |v|} of all the values, 0 for none. */
    public static float scaleOf(float[]... planes) {
        float scale = 0;
        for (float[] plane : planes) {
            for (float v : plane) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        return scale;
    }
}
