package cnnlab.lesson;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one JSON object: reports a value that is not an object, every field the
 * object may not have (naming the allowed ones, and the closest one for a likely typo) and every
 * required field that is missing.
 */
final class ObjectFields {
    private final SourceNode node;
    private final Problems problems;
    private final String what;
    private final boolean object;
    /** Fields an unknown field was taken to be a typo of; their absence is not reported again. */
    private final Set<String> suggested;

    private ObjectFields(SourceNode node, Problems problems, String what, boolean object, Set<String> suggested) {
        this.node = node;
        this.problems = problems;
        this.what = what;
        this.object = object;
        this.suggested = suggested;
    }

    /**
     * Checks {@code node} against the fields it may have.
     *
     * @param what    names the object in messages, e.g. {@code "a conv layer"}
     * @param allowed every field name the object may have
     */
    static ObjectFields of(SourceNode node, Problems problems, String what, Collection<String> allowed) {
        if (!node.value().isObject()) {
            problems.error(node, what + " must be an object { ... }, but this is " + node.describe());
            return new ObjectFields(node, problems, what, false, Set.of());
        }
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
        return new ObjectFields(node, problems, what, true, suggested);
    }

    /** The message for a field that {@code what} does not have. */
    static String unknownField(String name, String what, Collection<String> allowed) {
        String closest = FieldNames.closest(name, allowed);
        return "unknown field \"" + name + "\" in " + what
                + (closest == null ? "" : " (did you mean \"" + closest + "\"?)")
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
    SourceNode optional(String name) {
        return object ? node.field(name) : null;
    }

    /** The field, or null after reporting that it is missing. */
    SourceNode required(String name) {
        if (!object) {
            return null;
        }
        SourceNode field = node.field(name);
        if (field == null && !suggested.contains(name)) {
            problems.error(node, "missing field \"" + name + "\": " + what + " needs it");
        }
        return field;
    }

    /** A whole number of at least {@code min}, or {@code fallback} when the field is absent or wrong. */
    int wholeNumber(String name, int fallback, int min) {
        SourceNode field = optional(name);
        Integer value = field == null ? null : Values.wholeNumber(field, problems, min);
        return value == null ? fallback : value;
    }

    /** A required whole number of at least {@code min}, or null after a problem. */
    Integer requiredWholeNumber(String name, int min) {
        SourceNode field = required(name);
        return field == null ? null : Values.wholeNumber(field, problems, min);
    }

    /** true or false, or {@code fallback} when the field is absent or wrong. */
    boolean bool(String name, boolean fallback) {
        SourceNode field = optional(name);
        Boolean value = field == null ? null : Values.bool(field, problems);
        return value == null ? fallback : value;
    }

    /** A text, or null when absent or wrong. */
    String text(String name) {
        SourceNode field = optional(name);
        return field == null ? null : Values.text(field, problems);
    }
}
