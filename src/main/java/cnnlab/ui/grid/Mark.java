package cnnlab.ui.grid;

/**
 * A rectangle drawn over a grid, in the grid's data coordinates (negative or past the edge
 * inside the padding ring). Coordinates may be fractional, so a window can glide between cells.
 *
 * @param top    first row
 * @param left   first column
 * @param height rows covered
 * @param width  columns covered
 * @param style  how it is drawn
 */
public record Mark(double top, double left, double height, double width, Style style) {

    /** What a mark means, and so how it looks. */
    public enum Style {
        /** The sliding kernel or pooling window: a thick dark outline. */
        WINDOW,
        /** A single cell singled out (the output being computed, the max-pool winner): a green outline. */
        FOCUS,
        /** A cell that feeds the focused cell (receptive field, hover): a yellow tint. */
        FIELD,
        /** A window position the stride jumps over: a dashed grey outline. */
        SKIPPED,
        /** A cell worth noticing, such as the largest value of a map: a red outline. */
        HIGHLIGHT
    }

    /** A mark on one cell. */
    public static Mark cell(int y, int x, Style style) {
        return new Mark(y, x, 1, 1, style);
    }
}
