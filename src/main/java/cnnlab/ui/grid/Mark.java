package cnnlab.ui.grid;

/**
 * A rectangle drawn over a grid, in the grid's data coordinates (negative or past the edge
 * inside the padding ring).
 *
 * @param top    first row
 * @param left   first column
 * @param height rows covered
 * @param width  columns covered
 * @param style  how it is drawn
 */
public record Mark(int top, int left, int height, int width, Style style) {

    /** What a mark means, and so how it looks. */
    public enum Style {
        /** The sliding kernel or pooling window. */
        WINDOW,
        /** A single cell singled out: the max-pool winner, the output cell being computed. */
        FOCUS,
        /** A cell that feeds the focused cell (receptive field, hover). */
        FIELD,
        /** A position the window jumps over. */
        SKIPPED
    }

    public static Mark cell(int y, int x, Style style) {
        return new Mark(y, x, 1, 1, style);
    }
}
