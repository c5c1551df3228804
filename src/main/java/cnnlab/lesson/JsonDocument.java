package cnnlab.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON file parsed into a tree that remembers where every value and field name starts, so
 * readers can say {@code file:line:column} for any problem. Parsing is strict and bounded by
 * {@link JsonLimits}.
 */
final class JsonDocument {
    private static final JsonFactory FACTORY = JsonLimits.strictFactory();

    private final String source;
    private final Path file;
    private final Map<String, TextPosition> values = new HashMap<>();
    private final Map<String, TextPosition> keys = new HashMap<>();
    private JsonNode root;

    private JsonDocument(String source, Path file) {
        this.source = source;
        this.file = file;
    }

    /** The display name used in problems. */
    String source() {
        return source;
    }

    /** The file the text came from, or null for text that is not a file. */
    Path file() {
        return file;
    }

    /** The whole document as a node with the empty path. */
    SourceNode root() {
        return new SourceNode(this, "", root);
    }

    /** Where the value at {@code path} starts; for a path not in the file, its nearest ancestor. */
    TextPosition valuePosition(String path) {
        String at = path;
        while (!values.containsKey(at) && !at.isEmpty()) {
            at = parentPath(at);
        }
        return values.getOrDefault(at, TextPosition.START);
    }

    /** {@code a.b[2]} → {@code a.b}, {@code a.b} → {@code a}, {@code a} → the empty path. */
    static String parentPath(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    TextPosition keyPosition(String path) {
        return keys.getOrDefault(path, valuePosition(path));
    }

    /**
     * Reads and parses a file, refusing it before parsing when it is larger than
     * {@link JsonLimits#MAX_FILE_BYTES} or not UTF-8.
     *
     * @param file     the file to read
     * @param source   how problems name it, usually the path as the user typed it
     * @param problems receives a problem when the file cannot be read or parsed
     * @return the document, or null after adding a problem
     */
    static JsonDocument read(Path file, String source, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > JsonLimits.MAX_FILE_BYTES) {
                problems.error(TextPosition.START, "", "the file is " + size + " bytes, more than the "
                        + JsonLimits.MAX_FILE_BYTES + " a lesson or network file may have");
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.error(TextPosition.START, "", "the file does not exist");
            return null;
        } catch (IOException e) {
            problems.error(TextPosition.START, "", "the file cannot be read: " + e.getMessage());
            return null;
        }
        return parseBytes(bytes, source, file, problems);
    }

    /**
     * Reads a stream to its end (at most {@link JsonLimits#MAX_FILE_BYTES} plus one byte) and parses it.
     *
     * @param in       the stream; not closed
     * @param source   how problems name it
     * @param file     the file it belongs to for relative paths, or null
     * @param problems receives a problem when the text cannot be read or parsed
     * @return the document, or null after adding a problem
     */
    static JsonDocument read(InputStream in, String source, Path file, Problems problems) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) JsonLimits.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            problems.error(TextPosition.START, "", "the text cannot be read: " + e.getMessage());
            return null;
        }
        if (bytes.length > JsonLimits.MAX_FILE_BYTES) {
            problems.error(TextPosition.START, "", "the text is more than the " + JsonLimits.MAX_FILE_BYTES
                    + " bytes a lesson or network file may have");
            return null;
        }
        return parseBytes(bytes, source, file, problems);
    }

    private static JsonDocument parseBytes(byte[] bytes, String source, Path file, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(TextPosition.START, "", "the file is not UTF-8 text; save it as UTF-8");
            return null;
        }
        return parse(text, source, file, problems);
    }

    /**
     * Parses JSON text.
     *
     * @param text     the JSON
     * @param source   how problems name it
     * @param file     the file it belongs to for relative paths, or null
     * @param problems receives a problem when the text is not valid JSON
     * @return the document, or null after adding a problem
     */
    static JsonDocument parse(String text, String source, Path file, Problems problems) {
        if (text.length() > JsonLimits.MAX_FILE_BYTES) {
            problems.error(TextPosition.START, "", "the text is longer than the " + JsonLimits.MAX_FILE_BYTES
                    + " characters a lesson or network file may have");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        JsonDocument document = new JsonDocument(source, file);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(TextPosition.START, "", "the file is empty; it should hold one JSON object");
                return null;
            }
            document.root = document.readValue(parser, "");
            if (parser.nextToken() != null) {
                problems.error(position(parser.currentTokenLocation()), "",
                        "there is more text after the end of the JSON object; a file holds exactly one");
                return null;
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            problems.error(where == null ? TextPosition.START : position(where), "", explain(e));
            return null;
        } catch (IOException e) {
            problems.error(TextPosition.START, "", "the text cannot be read: " + e.getMessage());
            return null;
        }
        return document;
    }

    private JsonNode readValue(JsonParser parser, String path) throws IOException {
        values.put(path, position(parser.currentTokenLocation()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String childPath = SourceNode.childPath(path, name);
                    keys.put(childPath, position(parser.currentTokenLocation()));
                    parser.nextToken();
                    object.set(name, readValue(parser, childPath));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, SourceNode.elementPath(path, index++)));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return nodes.numberNode(parser.getIntValue());
                    case LONG:
                        return nodes.numberNode(parser.getLongValue());
                    default:
                        return nodes.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            default:
                return nodes.nullNode();
        }
    }

    private static TextPosition position(JsonLocation location) {
        return new TextPosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** Jackson's parser message in words an instructor understands. */
    static String explain(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return "the JSON is nested more than " + JsonLimits.MAX_NESTING_DEPTH + " levels deep";
            }
            if (original.contains("Number value length")) {
                return "a number is longer than " + JsonLimits.MAX_NUMBER_LENGTH + " characters";
            }
            if (original.contains("String value length")) {
                return "a text is longer than " + JsonLimits.MAX_STRING_LENGTH + " characters";
            }
            if (original.contains("Name length")) {
                return "a field name is longer than " + JsonLimits.MAX_NAME_LENGTH + " characters";
            }
            return "the file is too large: " + firstLine(original);
        }
        if (original.startsWith("Duplicate Object property") || original.startsWith("Duplicate field")) {
            return "a field appears twice in the same object (" + firstLine(original).replaceFirst(
                    "Duplicate (Object property|field) ", "") + "); keep only one";
        }
        if (original.contains("'NaN'") || original.contains("Infinity")) {
            return "NaN and Infinity are not numbers in JSON; write a number";
        }
        if (original.contains("comment")) {
            return "JSON does not allow comments; put notes in a text field instead";
        }
        if (original.contains("''' (code 39)")) {
            return "JSON needs double quotes (\") around names and texts, not single quotes";
        }
        if (original.contains("end-of-input")) {
            return "the file ends too early: a { or [ is not closed, or a text's closing \" is missing";
        }
        if (original.contains("was expecting double-quote to start field name")) {
            return "expected a field name in double quotes here (is there a comma before a closing }?)";
        }
        if (original.contains("expected a valid value") && original.matches("(?s)Unexpected character \\('[]}]'.*")) {
            return "expected a value here; JSON allows no comma before a closing ] or }";
        }
        if (original.contains("was expecting comma to separate")) {
            return "expected a comma here between two values";
        }
        return "this is not valid JSON: " + firstLine(original)
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll(";? ?\\(?enable `[^`]*`[^)]*\\)?", "")
                .replaceAll("`", "");
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
