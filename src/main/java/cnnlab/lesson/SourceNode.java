package cnnlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A value of a parsed file together with its JSON path ({@code steps[2].kernels[0]}) and its
 * position, so any reader can report a problem exactly where it is.
 */
final class SourceNode {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final JsonDocument document;
    private final String path;
    private final JsonNode value;

    SourceNode(JsonDocument document, String path, JsonNode value) {
        this.document = document;
        this.path = path;
        this.value = value;
    }

    /** The path of field {@code name} below {@code parent}: {@code a.b}, or {@code a["odd name"]}. */
    static String childPath(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** {@code parent} followed by a relative path such as {@code kernels[0]} or {@code [2].x}. */
    static String join(String parent, String relative) {
        if (parent.isEmpty() || relative.isEmpty()) {
            return parent + relative;
        }
        return relative.startsWith("[") ? parent + relative : parent + "." + relative;
    }

    /** The path of element {@code index} (0-based) of the list at {@code parent}. */
    static String elementPath(String parent, int index) {
        return parent + "[" + index + "]";
    }

    String path() {
        return path;
    }

    JsonNode value() {
        return value;
    }

    JsonDocument document() {
        return document;
    }

    /** Where this value starts in the file. */
    TextPosition position() {
        return document.valuePosition(path);
    }

    /** Where the name of field {@code name} of this object starts (for unknown fields). */
    TextPosition keyPosition(String name) {
        return document.keyPosition(childPath(path, name));
    }

    /** Field {@code name} of this object, or null when it is absent. */
    SourceNode field(String name) {
        JsonNode child = value.get(name);
        return child == null ? null : new SourceNode(document, childPath(path, name), child);
    }

    /** The field names of this object, in file order. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** The elements of this list, each with its own path. */
    List<SourceNode> elements() {
        List<SourceNode> elements = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            elements.add(new SourceNode(document, elementPath(path, i), value.get(i)));
        }
        return elements;
    }

    /** Says what the value is in a few words, for messages: {@code the text "abc"}, {@code a list}. */
    String describe() {
        if (value.isTextual()) {
            String text = value.asText();
            return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "a list" : "an object";
    }
}
