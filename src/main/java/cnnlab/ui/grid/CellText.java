package cnnlab.ui.grid;

/** How a value is printed in a cell: whole numbers plainly, others with at most two decimals. */
public final class CellText {
    private CellText() {
    }

    public static String format(float value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return Integer.toString((int) value);
        }
        String s = String.format(java.util.Locale.ROOT, "%.2f", value);
        return s.equals("-0.00") ? "0.00" : s;
    }
}
