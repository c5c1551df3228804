package cnnlab.timeline;

import cnnlab.engine.Shape;
import java.util.BitSet;

/**
 * The output cells that already show their value, as a set of flat indices of {@code shape}
 * ({@link Shape#index}). Immutable.
 *
 * @param shape the output shape
 * @param bits  bit {@code i} is set when flat cell {@code i} is revealed
 */
public record RevealedCells(Shape shape, BitSet bits) {

    public RevealedCells {
        bits = (BitSet) bits.clone();
    }

    /** A copy of the set bits. */
    @Override
    public BitSet bits() {
        return (BitSet) bits.clone();
    }

    /** True when output (channel, y, x) shows its value. */
    public boolean contains(int channel, int y, int x) {
        return bits.get(shape.index(channel, y, x));
    }

    /** True when flat output cell {@code index} shows its value. */
    public boolean contains(int index) {
        return bits.get(index);
    }

    /** How many cells show their value. */
    public int count() {
        return bits.cardinality();
    }

    /** True when every output cell shows its value. */
    public boolean complete() {
        return count() == shape.size();
    }
}
