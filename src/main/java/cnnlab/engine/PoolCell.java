package cnnlab.engine;

import java.util.List;

/**
 * How one pooled value came about.
 *
 * @param channel    channel (pooling works on every channel separately)
 * @param outY       output row
 * @param outX       output column
 * @param windowTop  input row of the window's top-left cell (negative inside the padding)
 * @param windowLeft input column of the window's top-left cell
 * @param taps       the cells under the window, row by row
 * @param winner     for max pooling the index in {@code taps} of the first largest real cell; −1 for average
 * @param value      the output value
 */
public record PoolCell(int channel, int outY, int outX, int windowTop, int windowLeft,
                       List<PoolTap> taps, int winner, float value) {
    public PoolCell {
        taps = List.copyOf(taps);
    }

    /** The winning tap of max pooling. */
    public PoolTap winningTap() {
        EngineException.require(winner >= 0, "average pooling has no winning cell");
        return taps.get(winner);
    }
}
