package cnnlab.imaging;

import cnnlab.engine.Budget;
import cnnlab.engine.EngineException;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.Arrays;

/**
 * Collects the rows of a matrix written as comma-separated numbers, one row at a time, and
 * checks them: every cell a decimal number, every row as long as the first. The one parser
 * behind {@link MatrixCsv} (rows are lines of a file) and {@link InlineMatrix} (rows are
 * separated by {@code ;}), so both report problems in the same words.
 */
final class MatrixRows {

    private final String file;
    private final String unit;
    private float[] values = new float[16];
    private int count;
    private int width = -1;
    private int height;
    private int firstRow;

    /**
     * @param file the file name for places like {@code "m.csv:2:5"}, or null for inline text,
     *     whose places read {@code "row 2, column 3"}
     */
    MatrixRows(String file) {
        this.file = file;
        this.unit = file == null ? "row" : "line";
    }

    /**
     * Adds one row. Blank rows are skipped.
     *
     * @param text the row's text, numbers separated by commas
     * @param number the row's line number (files) or row number (inline), from 1
     * @param offset characters before {@code text} on its line, for column numbers in files
     * @throws MatrixProblem naming the place of a cell that is not a number or a row of the wrong length
     */
    void add(String text, int number, int offset) throws MatrixProblem {
        if (text.isBlank()) {
            return;
        }
        String[] cells = text.split(",", -1);
        if (width >= 0 && cells.length != width) {
            throw new MatrixProblem(rowPlace(number) + unit + " " + number + " has " + cells.length
                    + plural(cells.length, " value") + " but " + unit + " " + firstRow + " has " + width);
        }
        try {
            Budget.checkElements((long) count + cells.length, "the matrix");
        } catch (EngineException e) {
            throw new MatrixProblem(rowPlace(number) + e.getMessage());
        }
        int column = offset;
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            int lead = cell.length() - cell.stripLeading().length();
            append(parse(cell.strip(), cellPlace(number, column + lead + 1, i + 1)));
            column += cell.length() + 1;
        }
        if (width < 0) {
            width = cells.length;
            firstRow = number;
        }
        height++;
    }

    /**
     * @return the rows as a {@code 1 × rows × columns} tensor
     * @throws MatrixProblem if no row was added
     */
    Tensor toTensor() throws MatrixProblem {
        if (height == 0) {
            throw new MatrixProblem((file == null ? "" : file + ": ") + "no numbers found"
                    + (file == null ? "" : " (the file is empty or holds only comments and blank lines)"));
        }
        return Tensor.of(new Shape(1, height, width), Arrays.copyOf(values, count));
    }

    private static float parse(String cell, String place) throws MatrixProblem {
        if (cell.isEmpty()) {
            throw new MatrixProblem(place + ": empty value (two commas in a row, or a comma at an end)");
        }
        try {
            return NumberText.parse(cell);
        } catch (NumberFormatException e) {
            String hint = cell.contains(";") ? " (separate numbers with commas)" : "";
            throw new MatrixProblem(place + ": " + e.getMessage() + hint);
        }
    }

    private void append(float value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[count++] = value;
    }

    private String cellPlace(int number, int charColumn, int valueIndex) {
        return file == null ? "row " + number + ", column " + valueIndex : file + ":" + number + ":" + charColumn;
    }

    private String rowPlace(int number) {
        return file == null ? "" : file + ":" + number + ": ";
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
