package cnnlab.imaging;

/**
 * Writes numbers as short as they can be and still read back as the same float: {@code 3} not
 * {@code 3.0}, {@code -0.25}, {@code 1E-5}. Used wherever CNN Lab writes numbers as text (CSV,
 * JSON, grids), so they all look alike.
 */
public final class NumberText {

    /** Whole numbers below this magnitude are written without exponent. */
    private static final float PLAIN_LIMIT = 1e15f;

    private NumberText() {
    }

    /**
     * @param value any float
     * @return its shortest round-tripping text: whole numbers without ".0" (and {@code -0} as
     *     {@code 0}), others as {@link Float#toString} with a mantissa of ".0" dropped
     *     ({@code 1E20}); {@code NaN}, {@code Infinity}, {@code -Infinity} as Java spells them
     */
    public static String format(float value) {
        if (value == 0) {
            return "0";
        }
        if (Float.isFinite(value) && value == Math.rint(value) && Math.abs(value) < PLAIN_LIMIT) {
            return Long.toString((long) value);
        }
        return Float.toString(value).replace(".0E", "E");
    }
}
