package cnnlab.imaging;

import cnnlab.engine.Tensor;

/**
 * A block of numbers pasted from a spreadsheet or from Python: rows on lines (or NumPy's
 * {@code [[1, 2], [3, 4]]} brackets, with or without {@code array(...)}, or {@code ;}), numbers
 * separated by tabs, commas or spaces. Read by the same parser as {@link MatrixCsv}, so problems
 * are worded alike, e.g. {@code "row 2, column 3: 'abc' is not a number"}.
 */
public final class PastedMatrix {

    private PastedMatrix() {
    }

    /**
     * @param text the pasted text
     * @return a {@code 1 × rows × columns} tensor
     * @throws MatrixProblem for a value that is not a number, rows of different lengths, or no numbers
     */
    public static Tensor parse(String text) throws MatrixProblem {
        MatrixRows rows = new MatrixRows(null);
        String[] lines = rowsOf(text);
        int number = 0;
        for (String line : lines) {
            String cells = line.strip().replaceAll("[\\s,]+", ",").replaceAll("^,|,$", "");
            if (!cells.isEmpty()) {
                rows.add(cells, ++number, 0);
            }
        }
        return rows.toTensor();
    }

    /** Splits at NumPy's "], [" between rows, at line breaks and at {@code ;}, dropping the brackets. */
    private static String[] rowsOf(String text) {
        String body = text.strip();
        if (body.startsWith("array(") && body.endsWith(")")) {
            body = body.substring("array(".length(), body.length() - 1);
            body = body.replaceAll(",\\s*dtype\\s*=\\s*[\\w.]+\\s*$", "");
        }
        if (body.contains("[")) {
            body = body.replaceAll("\\]\\s*,?\\s*\\[", "\n").replace("[", "").replace("]", "");
        }
        return body.split("\\R|;");
    }
}
