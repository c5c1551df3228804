package cnnlab.timeline;

import cnnlab.engine.ReceptiveField;
import java.util.BitSet;
import java.util.List;

/**
 * What the receptive-field stage shows at one moment: a focus cell on one layer and, on the
 * earlier layers lit so far, the cells that feed it. Layer 0 is the input; layer {@code l} is
 * the output of the {@code l}-th window.
 *
 * @param time       the moment, in seconds from the start
 * @param focusLayer the layer of the chosen cell, at least 1
 * @param focusY     row of the chosen cell on its layer
 * @param focusX     column of the chosen cell on its layer
 * @param lit        the earlier layers lit so far, from the one just below the focus downwards;
 *                   the last one is still lighting up
 * @param progress   how far the last lit layer has lit up, 0 to 1
 * @param caption    what the caption says
 */
public record FieldState(double time, int focusLayer, int focusY, int focusX, List<LitLayer> lit, double progress,
                         Caption caption) {

    public FieldState {
        lit = List.copyOf(lit);
    }

    /** True when cell (y, x) of {@code layer} is lit because it feeds the focus cell. */
    public boolean isLit(int layer, int y, int x) {
        for (LitLayer l : lit) {
            if (l.layer() == layer) {
                return l.contains(y, x);
            }
        }
        return false;
    }

    /**
     * The cells of one earlier layer that feed the focus cell: every cell whose row is in
     * {@code rows} and whose column is in {@code columns} (found by walking back through every
     * tap, padding left out), and the closed-form field that describes them.
     *
     * @param layer   the layer, 0 for the input
     * @param rows    rows of that layer that feed the focus
     * @param columns columns of that layer that feed the focus
     * @param field   the closed-form field of the layers between, in cells of this layer
     *                (size, jump, first), for the formula beside the picture
     */
    public record LitLayer(int layer, BitSet rows, BitSet columns, ReceptiveField field) {

        public LitLayer {
            rows = (BitSet) rows.clone();
            columns = (BitSet) columns.clone();
        }

        /** A copy of the lit rows. */
        @Override
        public BitSet rows() {
            return (BitSet) rows.clone();
        }

        /** A copy of the lit columns. */
        @Override
        public BitSet columns() {
            return (BitSet) columns.clone();
        }

        /** True when cell (y, x) of this layer feeds the focus cell. */
        public boolean contains(int y, int x) {
            return y >= 0 && x >= 0 && rows.get(y) && columns.get(x);
        }

        /** How many cells of this layer feed the focus cell. */
        public int cellCount() {
            return rows.cardinality() * columns.cardinality();
        }
    }
}
