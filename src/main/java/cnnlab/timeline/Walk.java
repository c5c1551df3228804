package cnnlab.timeline;

import cnnlab.engine.Shape;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which output cells a sliding-window animation walks through phase by phase, in which order.
 * The cells it leaves out are filled in afterwards, in trace order, during a fast-forward
 * stretch at the end ({@link Pace#fastForwardSeconds()}), so a lesson can animate the first
 * three cells slowly and then let the rest of the map appear quickly.
 */
public interface Walk {

    /**
     * The walked cells as flat indices of {@code output} ({@link Shape#index}), in walking order.
     *
     * @throws IllegalArgumentException when a chosen cell is outside {@code output} or chosen twice
     */
    List<Integer> order(Shape output);

    /** Every output cell, filter by filter, row by row. */
    static Walk all() {
        return output -> IntStream.range(0, output.size()).boxed().toList();
    }

    /** The first {@code count} cells in trace order (all of them when the output is smaller). */
    static Walk first(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("the number of cells to walk cannot be negative, got " + count);
        }
        return output -> IntStream.range(0, Math.min(count, output.size())).boxed().toList();
    }

    /** Exactly these cells, in this order. */
    static Walk cells(List<Cell> cells) {
        List<Cell> chosen = List.copyOf(cells);
        return output -> {
            List<Integer> order = new ArrayList<>(chosen.size());
            BitSet seen = new BitSet();
            for (Cell cell : chosen) {
                int index = cell.indexIn(output);
                if (seen.get(index)) {
                    throw new IllegalArgumentException("cell " + cell + " is chosen twice");
                }
                seen.set(index);
                order.add(index);
            }
            return order;
        };
    }

    /**
     * One output cell, counted from 0.
     *
     * @param channel the filter (convolution) or channel (pooling)
     * @param y       output row
     * @param x       output column
     */
    record Cell(int channel, int y, int x) {

        /**
         * The flat index of this cell in {@code output} ({@link Shape#index}).
         *
         * @throws IllegalArgumentException when the cell is outside {@code output}
         */
        public int indexIn(Shape output) {
            if (channel < 0 || channel >= output.channels() || !output.contains(y, x)) {
                throw new IllegalArgumentException("cell " + this + " is outside the " + output + " output");
            }
            return output.index(channel, y, x);
        }

        @Override
        public String toString() {
            return "(" + channel + ", " + y + ", " + x + ")";
        }
    }
}
