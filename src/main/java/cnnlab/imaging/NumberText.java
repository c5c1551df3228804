package cnnlab.imaging;

import java.util.regex.Pattern;

/**
 * Reads numbers the way users type them, and writes numbers as short as they can be and still read back as the same float: {@code 3} not
 * {@code 3.0}, {@code -0.25}, {@code 1E-5}. Used wherever CNN Lab writes numbers as text (CSV,
 * JSON, grids), so they all look alike.
 */
public final class NumberText {

    /** A decimal number: optional sign, digits with an optional point, optional exponent. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

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

    /**
     * Reads a decimal number such as {@code -1}, {@code 0.5}, {@code .5} or {@code 2e-3}; Java's
     * extras ({@code NaN}, {@code Infinity}, hex, a trailing {@code f}) are not numbers here.
     *
     * @param text the number, without surrounding spaces
     * @return its nearest float
     * @throws NumberFormatException with a one-line message such as {@code "'abc' is not a number"}
     *     or {@code "'1e99' is too large (at most ±3.4028235E38)"}
     */
    public static float parse(String text) {
        if (text.isEmpty()) {
            throw new NumberFormatException("empty value");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("'" + text + "' is not a number");
        }
        float value = Float.parseFloat(text);
        if (Float.isInfinite(value)) {
            throw new NumberFormatException("'" + text + "' is too large (at most ±" + Float.MAX_VALUE + ")");
        }
        return value;
    }
}
