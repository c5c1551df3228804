package cnnlab.ui.grid;

import java.util.BitSet;
import java.util.List;

/**
 * Everything a {@link TensorGridView} draws, as one immutable value: a plane of numbers, the
 * padding ring around it, which cells are revealed yet, and the marks on top. Equality compares
 * {@code values} and {@code colors} by identity (a view model reuses one array and one colour
 * function per grid), so comparing two pictures costs little.
 *
 * @param rows        rows of real data
 * @param columns     columns of real data
 * @param values      row-major values, {@code rows · columns} of them; not copied, never modified
 * @param padTop      padding rows drawn above (zeros, drawn distinctly)
 * @param padBottom   padding rows drawn below
 * @param padLeft     padding columns drawn left
 * @param padRight    padding columns drawn right
 * @param revealed    cells already shown (row-major bit index); null means all
 * @param colors      value → colour
 * @param marks       rectangles drawn on top, in order
 * @param showNumbers print values in cells that are large enough
 */
public record GridPicture(int rows, int columns, float[] values, int padTop, int padBottom, int padLeft,
                          int padRight, BitSet revealed, CellColors colors, List<Mark> marks, boolean showNumbers) {

    public GridPicture {
        if (values.length != rows * columns) {
            throw new IllegalArgumentException(rows + "×" + columns + " grid with " + values.length + " values");
        }
        revealed = revealed == null ? null : (BitSet) revealed.clone();
        marks = List.copyOf(marks);
    }

    /** A plain grid: no padding, all cells revealed, no marks. */
    public static GridPicture plain(int rows, int columns, float[] values, CellColors colors) {
        return new GridPicture(rows, columns, values, 0, 0, 0, 0, null, colors, List.of(), true);
    }

    /** A copy of the revealed cells, or null when all are. */
    @Override
    public BitSet revealed() {
        return revealed == null ? null : (BitSet) revealed.clone();
    }

    public boolean isRevealed(int y, int x) {
        return revealed == null || revealed.get(y * columns + x);
    }

    public float value(int y, int x) {
        return values[y * columns + x];
    }

    /** Rows drawn including the padding ring. */
    public int drawnRows() {
        return rows + padTop + padBottom;
    }

    /** Columns drawn including the padding ring. */
    public int drawnColumns() {
        return columns + padLeft + padRight;
    }

    public GridPicture withMarks(List<Mark> newMarks) {
        return new GridPicture(rows, columns, values, padTop, padBottom, padLeft, padRight, revealed, colors,
                newMarks, showNumbers);
    }

    public GridPicture withRevealed(BitSet newRevealed) {
        return new GridPicture(rows, columns, values, padTop, padBottom, padLeft, padRight, newRevealed, colors,
                marks, showNumbers);
    }

    /**
     * True when {@code other} has the same layout and cell colours, so only revealed cells and
     * marks can differ: same size, padding, values array, colours and number setting.
     */
    public boolean sameLayoutAs(GridPicture other) {
        return other != null && rows == other.rows && columns == other.columns && values == other.values
                && padTop == other.padTop && padBottom == other.padBottom && padLeft == other.padLeft
                && padRight == other.padRight && colors == other.colors && showNumbers == other.showNumbers;
    }

    /** True when {@code other} draws the same cells: {@link #sameLayoutAs} and the same revealed cells. */
    public boolean sameCellsAs(GridPicture other) {
        return sameLayoutAs(other) && java.util.Objects.equals(revealed, other.revealed);
    }
}
