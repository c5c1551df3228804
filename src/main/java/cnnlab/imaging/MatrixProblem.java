package cnnlab.imaging;

/**
 * A matrix in text form that cannot be read: a cell that is not a number, rows of different
 * lengths, no numbers at all, or a file that cannot be read. The message is one line that
 * starts with the place, e.g. {@code "image.csv:2:5: 'abc' is not a number"} for a file or
 * {@code "row 2, column 3: 'abc' is not a number"} for inline text.
 */
public final class MatrixProblem extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the place and what is wrong, one line */
    public MatrixProblem(String message) {
        super(message);
    }
}
