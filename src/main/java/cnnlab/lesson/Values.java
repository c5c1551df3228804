package cnnlab.lesson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads single JSON values and lists as Java values, reporting a wrong type or range at the value. */
final class Values {

    /** Reads one element of a list. */
    interface ElementReader<T> {
        /** The element's value, or null after a problem. */
        T read(SourceNode node, Problems problems);
    }

    /**
     * A list whose every element is read by {@code reader}.
     *
     * @param what names the elements in messages, e.g. {@code "kernels"}
     * @param min  the fewest elements allowed
     * @return the list, or null when it or any element has a problem
     */
    static <T> List<T> list(SourceNode node, Problems problems, String what, int min, ElementReader<T> reader) {
        if (!node.value().isArray()) {
            problems.error(node, "the " + what + " must be a list [ ... ], but this is " + node.describe());
            return null;
        }
        if (node.value().size() < min) {
            problems.error(node, "the " + what + " need at least " + min + (min == 1 ? " entry" : " entries")
                    + ", but the list has " + node.value().size());
            return null;
        }
        List<T> values = new ArrayList<>();
        boolean ok = true;
        for (SourceNode element : node.elements()) {
            T value = reader.read(element, problems);
            ok &= value != null;
            values.add(value);
        }
        return ok ? values : null;
    }

    /** A list of whole numbers of at least {@code min}, or null after a problem. */
    static List<Integer> wholeNumbers(SourceNode node, Problems problems, String what, int min) {
        return list(node, problems, what, 1, (n, p) -> wholeNumber(n, p, min));
    }

    /** A list of numbers, or null after a problem. */
    static List<Double> numbers(SourceNode node, Problems problems, String what) {
        return list(node, problems, what, 1, Values::number);
    }
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

    /** A whole number of at least 0 that may exceed the int range, or null after a problem. */
    static Long count(SourceNode node, Problems problems) {
        var value = node.value();
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            problems.error(node, "must be a whole number of at least 0, but this is " + node.describe());
            return null;
        }
        return value.longValue();
    }

    /**
     * One of the words in {@code known}, or null after a problem naming them.
     *
     * @param what names the word in messages, e.g. {@code "pooling kind"}
     */
    static String word(SourceNode node, Problems problems, String what, Collection<String> known) {
        String word = text(node, problems);
        if (word != null && !known.contains(word)) {
            problems.error(node, "unknown " + what + " \"" + word + "\"" + FieldNames.didYouMean(word, known)
                    + "; known " + what + "s: " + String.join(", ", known));
            return null;
        }
        return word;
    }

    /**
     * The {@code "type"} of an object that says what it is, such as a step or a layer.
     *
     * @param what    names the object, e.g. {@code "step"}
     * @param example a small object of this kind for the message, e.g. {@code {"type": "relu"}}
     * @param known   the type words
     * @return the type word, or null after a problem
     */
    static String type(SourceNode node, Problems problems, String what, String example, Collection<String> known) {
        if (!node.value().isObject()) {
            problems.error(node, "a " + what + " must be an object such as " + example + ", but this is "
                    + node.describe());
            return null;
        }
        SourceNode typeNode = node.field("type");
        if (typeNode == null) {
            problems.error(node, "missing field \"type\": say which kind of " + what + " this is (known " + what
                    + " types: " + String.join(", ", known) + ")");
            return null;
        }
        return word(typeNode, problems, what + " type", known);
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
