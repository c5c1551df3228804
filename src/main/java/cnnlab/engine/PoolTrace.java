package cnnlab.engine;

import java.util.List;

/**
 * Every output value of a pooling with the window that produced it, in channel, row, column order.
 *
 * @param input  shape of the input
 * @param output shape of the output
 * @param spec   the pooling
 * @param cells  one entry per output value
 */
public record PoolTrace(Shape input, Shape output, PoolSpec spec, List<PoolCell> cells) {
    public PoolTrace {
        cells = List.copyOf(cells);
    }

    /** The entry for output (channel, y, x). */
    public PoolCell cell(int channel, int y, int x) {
        return cells.get(output.index(channel, y, x));
    }
}
