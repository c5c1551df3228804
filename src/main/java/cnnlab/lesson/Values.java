package cnnlab.lesson;

/** Reads single JSON values as Java values, reporting a wrong type or range at the value. */
final class Values {
    private Values() {
    }

    /** A whole number of at least {@code min}, or null after a problem. {@code 2.0} counts as 2. */
    static Integer wholeNumber(SourceNode node, Problems problems, int min) {
        var value = node.value();
        boolean whole = value.isIntegralNumber() || value.isNumber() && isWhole(value.asDouble());
        if (!whole) {
            problems.error(node, "must be a whole number, but this is " + node.describe());
            return null;
        }
        boolean fits = value.isIntegralNumber() ? value.canConvertToInt() : Math.abs(value.asDouble()) <= Integer.MAX_VALUE;
        if (!fits) {
            problems.error(node, "the number " + value.asText() + " is too large for a whole number here");
            return null;
        }
        int number = value.isIntegralNumber() ? value.intValue() : (int) value.asDouble();
        if (number < min) {
            problems.error(node, "must be at least " + min + ", but this is " + number);
            return null;
        }
        return number;
    }

    private static boolean isWhole(double v) {
        return Double.isFinite(v) && v == Math.rint(v);
    }

    /** A finite number, or null after a problem. */
    static Double number(SourceNode node, Problems problems) {
        var value = node.value();
        if (!value.isNumber()) {
            problems.error(node, "must be a number, but this is " + node.describe());
            return null;
        }
        double number = value.asDouble();
        if (!Double.isFinite(number) || Math.abs(number) > Float.MAX_VALUE) {
            problems.error(node, "the number " + value.asText() + " is too large");
            return null;
        }
        return number;
    }

    /** true or false, or null after a problem. */
    static Boolean bool(SourceNode node, Problems problems) {
        if (!node.value().isBoolean()) {
            problems.error(node, "must be true or false, but this is " + node.describe());
            return null;
        }
        return node.value().booleanValue();
    }

    /** A text, or null after a problem. */
    static String text(SourceNode node, Problems problems) {
        if (!node.value().isTextual()) {
            problems.error(node, "must be a text in double quotes, but this is " + node.describe());
            return null;
        }
        return node.value().textValue();
    }
}
