package cnnlab.lesson;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one JSON object. Up front it reports a value that is not an object, every
 * field the object may not have (naming the allowed ones, and the closest one for a likely typo)
 * and every required field that is missing; the typed getters then report wrong values.
 */
final class ObjectFields {
    private final SourceNode node;
    private final Problems problems;
    private final boolean object;

    private ObjectFields(SourceNode node, Problems problems, boolean object) {
        this.node = node;
        this.problems = problems;
        this.object = object;
    }

    /**
     * Checks {@code node} against the fields of a model record ({@link RecordFields}).
     *
     * @param what names the object in messages, e.g. {@code "a convolution step"}
     */
    static ObjectFields forRecord(SourceNode node, Problems problems, String what, Class<? extends Record> type) {
        return of(node, problems, what, RecordFields.names(type), RecordFields.required(type));
    }

    /**
     * Checks {@code node} against the fields it may and must have.
     *
     * @param what     names the object in messages, e.g. {@code "a conv layer"}
     * @param allowed  every field name the object may have
     * @param required the field names it must have
     */
    static ObjectFields of(SourceNode node, Problems problems, String what, Collection<String> allowed,
                           Collection<String> required) {
        if (!node.value().isObject()) {
            problems.error(node, what + " must be an object { ... }, but this is " + node.describe());
            return new ObjectFields(node, problems, false);
        }
        // a field an unknown one was taken to be a typo of is not reported missing as well
        Set<String> suggested = new HashSet<>();
        for (String name : node.fieldNames()) {
            if (!allowed.contains(name)) {
                problems.error(node.keyPosition(name), SourceNode.childPath(node.path(), name),
                        unknownField(name, what, allowed));
                String closest = FieldNames.closest(name, allowed);
                if (closest != null) {
                    suggested.add(closest);
                }
            }
        }
        ObjectFields fields = new ObjectFields(node, problems, true);
        for (String name : required) {
            if (node.field(name) == null && !suggested.contains(name)) {
                problems.error(node, "missing field \"" + name + "\": " + what + " needs it");
            }
        }
        return fields;
    }

    /** The message for a field that {@code what} does not have. */
    static String unknownField(String name, String what, Collection<String> allowed) {
        return "unknown field \"" + name + "\" in " + what + FieldNames.didYouMean(name, allowed)
                + "; allowed fields: " + String.join(", ", List.copyOf(allowed));
    }

    /** True when the value is an object; when false, every lookup returns null. */
    boolean isObject() {
        return object;
    }

    SourceNode node() {
        return node;
    }

    /** The field, or null when it is absent (or the value is not an object). */
    SourceNode field(String name) {
        return object ? node.field(name) : null;
    }

    /** A whole number of at least {@code min}, or {@code fallback} when the field is absent or wrong. */
    int wholeNumber(String name, int fallback, int min) {
        SourceNode field = field(name);
        Integer value = field == null ? null : Values.wholeNumber(field, problems, min);
        return value == null ? fallback : value;
    }

    /** A whole number of at least {@code min}, or null when absent (reported if required) or wrong. */
    Integer wholeNumberOrNull(String name, int min) {
        SourceNode field = field(name);
        return field == null ? null : Values.wholeNumber(field, problems, min);
    }

    /** A count (whole number ≥ 0, may exceed the int range), or null when absent or wrong. */
    Long count(String name) {
        SourceNode field = field(name);
        return field == null ? null : Values.count(field, problems);
    }

    /** true or false, or {@code fallback} when the field is absent or wrong. */
    boolean bool(String name, boolean fallback) {
        SourceNode field = field(name);
        Boolean value = field == null ? null : Values.bool(field, problems);
        return value == null ? fallback : value;
    }

    /** A text, or null when absent or wrong. */
    String text(String name) {
        SourceNode field = field(name);
        return field == null ? null : Values.text(field, problems);
    }
}
