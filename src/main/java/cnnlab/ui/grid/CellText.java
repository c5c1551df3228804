package cnnlab.ui.grid;

import java.util.Locale;

/** How a value is printed in a cell: whole numbers plainly, others with at most two decimals. */
public final class CellText {
    private CellText() {
    }

    /** {@code 3}, {@code -1}, {@code 0.25}, {@code 0.33}; never {@code -0}. */
    public static String format(float value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Integer.toString((int) value);
        }
        String s = String.format(Locale.ROOT, "%.2f", value);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }
}
