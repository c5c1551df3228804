package cnnlab.imaging;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads numbers the way users type them, and writes numbers as short as they can be and still read back as the same float: {@code 3} not
 * {@code 3.0}, {@code -0.25}, {@code 1E-5}. Used wherever CNN Lab writes numbers as text (CSV,
 * JSON, grids), so they all look alike. {@link #display} writes numbers for people to read in a
 * sentence instead: grouped in thousands as the language does it.
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
     * A number for a sentence a student reads: grouped in thousands the way {@code locale} groups
     * them ({@code 1,199,882} in English and in Chinese), whole numbers without ".0", others
     * rounded to four significant digits but at least two decimals ({@code 4.5}, {@code -1.75},
     * {@code 0.3333}, {@code 1,234.57}); magnitudes below 0.0001 as {@link #format} writes them
     * ({@code 1.5E-5}), and {@code NaN} and the infinities as Java spells them.
     *
     * @param value  the number
     * @param locale the reader's language, e.g. {@link Locale#ENGLISH} or {@link Locale#CHINESE}
     */
    public static String display(double value, Locale locale) {
        if (!Double.isFinite(value) || value != 0 && Math.abs(value) < 1e-4) {
            return format((float) value);
        }
        DecimalFormat out = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        out.setRoundingMode(RoundingMode.HALF_EVEN);
        if (value != Math.rint(value)) {
            int digitsBeforePoint = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
            out.setMaximumFractionDigits(Math.max(2, 4 - digitsBeforePoint));
        }
        String text = out.format(value);
        return text.equals("-0") ? "0" : text;
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
