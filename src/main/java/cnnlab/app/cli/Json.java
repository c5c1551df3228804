package cnnlab.app.cli;

import cnnlab.imaging.NumberText;
import java.util.List;
import java.util.Map;

/**
 * A tiny JSON writer for command output: objects (maps, written in their iteration order),
 * lists, strings, numbers, booleans and null, compact with no spaces. Floats are written by
 * {@link NumberText} ({@code 3} not {@code 3.0}). Jackson is kept out of the command line on
 * purpose; it lives in {@code cnnlab.lesson} only.
 */
public final class Json {

    private Json() {
    }

    /**
     * @param value a {@link Map} with string keys, {@link List}, {@link String}, {@link Float},
     *     {@link Double}, {@link Integer}, {@link Long}, {@link Boolean} or null, nested freely
     * @return its compact JSON text
     * @throws IllegalArgumentException for another type or a non-finite number
     */
    public static String write(Object value) {
        StringBuilder text = new StringBuilder();
        append(text, value);
        return text.toString();
    }

    /**
     * Appends the JSON of one value; see {@link #write}.
     *
     * @param text where the JSON goes; modified
     * @param value the value
     */
    public static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof String string) {
            appendString(text, string);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            text.append(value);
        } else if (value instanceof Float || value instanceof Double) {
            appendNumber(text, ((Number) value).floatValue());
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("JSON object keys must be strings, got " + entry.getKey());
                }
                text.append(first ? "" : ",");
                appendString(text, key);
                text.append(':');
                append(text, entry.getValue());
                first = false;
            }
            text.append('}');
        } else if (value instanceof List<?> list) {
            text.append('[');
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "" : ",");
                append(text, list.get(i));
            }
            text.append(']');
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    /**
     * Appends a finite float in {@link NumberText} form.
     *
     * @param text where the JSON goes; modified
     * @param value the number
     * @throws IllegalArgumentException for NaN or an infinity, which JSON cannot hold
     */
    public static void appendNumber(StringBuilder text, float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        text.append(NumberText.format(value));
    }

    private static void appendString(StringBuilder text, String string) {
        text.append('"');
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
