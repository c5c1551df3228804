package cnnlab.ui.stage;

/**
 * A result travelling from one grid to another, e.g. a convolution's sum flying from the window
 * to its output cell. Grids are named by the keys a stage view registers them under.
 *
 * @param text       what travels, e.g. {@code "3"}
 * @param fromGrid   the grid it starts on
 * @param fromTop    top row of the rectangle it leaves (fractional allowed)
 * @param fromLeft   left column of that rectangle
 * @param fromHeight rows of that rectangle
 * @param fromWidth  columns of that rectangle
 * @param toGrid     the grid it lands on
 * @param toY        the row of the cell it lands in
 * @param toX        the column of that cell
 * @param progress   how far along the way, 0 (at the start) to 1 (landed)
 */
public record Carry(String text, String fromGrid, double fromTop, double fromLeft, double fromHeight,
                    double fromWidth, String toGrid, int toY, int toX, double progress) {
}
