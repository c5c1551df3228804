package cnnlab.imaging;

import cnnlab.engine.Tensor;

/**
 * A matrix typed on one line: rows separated by {@code ;}, numbers by {@code ,}, e.g. the
 * diagonal detector {@code "1,-1,-1;-1,1,-1;-1,-1,1"}. Read by the same parser as
 * {@link MatrixCsv}, so problems are worded alike, with places such as {@code "row 2, column 3"}.
 */
public final class InlineMatrix {

    private InlineMatrix() {
    }

    /**
     * @param text rows separated by {@code ;}, numbers by {@code ,}; spaces around numbers and
     *     empty rows are ignored
     * @return a {@code 1 × rows × columns} tensor
     * @throws MatrixProblem for a value that is not a number, rows of different lengths, or no numbers
     */
    public static Tensor parse(String text) throws MatrixProblem {
        MatrixRows rows = new MatrixRows(null);
        String[] parts = text.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            rows.add(parts[i], i + 1, 0);
        }
        return rows.toTensor();
    }

    /**
     * @param tensor any tensor
     * @param channel the plane to write
     * @return the plane in the same form, e.g. {@code "1,-1;0,2"}
     */
    public static String format(Tensor tensor, int channel) {
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < tensor.shape().height(); y++) {
            text.append(y == 0 ? "" : ";");
            for (int x = 0; x < tensor.shape().width(); x++) {
                text.append(x == 0 ? "" : ",").append(NumberText.format(tensor.get(channel, y, x)));
            }
        }
        return text.toString();
    }
}
