package cnnlab.engine;

import java.util.List;

/**
 * Every output value of a convolution with the taps that produced it, in filter, row, column
 * order. Animations replay this trace instead of recomputing anything.
 *
 * @param input  shape of the input
 * @param output shape of the output
 * @param spec   window geometry
 * @param flip   whether the kernel was flipped (true convolution)
 * @param cells  one entry per output value
 */
public record ConvTrace(Shape input, Shape output, ConvSpec spec, boolean flip, List<ConvCell> cells) {
    public ConvTrace {
        cells = List.copyOf(cells);
    }

    /** The entry for output (filter, y, x). */
    public ConvCell cell(int filter, int y, int x) {
        return cells.get(output.index(filter, y, x));
    }

    /** The output cells of {@code filter} whose window reads input cell (y, x). */
    public List<ConvCell> readersOf(int filter, int y, int x) {
        int start = output.index(filter, 0, 0);
        return cells.subList(start, start + output.planeSize()).stream().filter(c -> c.reads(y, x)).toList();
    }
}
