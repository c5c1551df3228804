package cnnlab.ui.grid;

import java.util.BitSet;
import java.util.List;

/**
 * Everything a {@link TensorGridView} draws, as one immutable value: a plane of numbers, the
 * padding ring around it, which cells are revealed yet, and the marks on top.
 *
 * @param rows        rows of real data
 * @param columns     columns of real data
 * @param values      row-major values, {@code rows · columns} of them
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
        marks = List.copyOf(marks);
    }

    /** A plain grid: no padding, all cells revealed, no marks. */
    public static GridPicture plain(int rows, int columns, float[] values, CellColors colors) {
        return new GridPicture(rows, columns, values, 0, 0, 0, 0, null, colors, List.of(), true);
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
}
