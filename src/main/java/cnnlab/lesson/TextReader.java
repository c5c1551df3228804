package cnnlab.lesson;

import java.util.List;

/** Reads a bilingual {@link Text} and checks that both languages are there. */
final class TextReader {
    private TextReader() {
    }

    /** The text at {@code node}, or null after a problem. */
    static Text read(SourceNode node, Problems problems) {
        if (node.value().isTextual()) {
            problems.error(node, "a text needs both languages, {\"en\": \"...\", \"zh\": \"...\"}, but this is "
                    + node.describe());
            return null;
        }
        int before = problems.errorCount();
        ObjectFields fields = ObjectFields.of(node, problems, "a text", RecordFields.names(Text.class), List.of());
        String en = language(fields, "en", "English", problems);
        String zh = language(fields, "zh", "Chinese", problems);
        if (zh != null && !zh.isBlank() && zh.codePoints().noneMatch(TextReader::isHan)) {
            problems.warning(node.field("zh"), "the Chinese text has no Chinese characters; is it still English?");
        }
        return problems.errorCount() == before ? new Text(en, zh) : null;
    }

    private static String language(ObjectFields fields, String key, String name, Problems problems) {
        SourceNode node = fields.field(key);
        if (node == null && fields.isObject()) {
            problems.error(fields.node(), "the " + name + " text \"" + key + "\" is missing; every text needs"
                    + " both \"en\" and \"zh\"");
        }
        String text = node == null ? null : Values.text(node, problems);
        if (text != null && text.isBlank()) {
            problems.error(node, "the " + name + " text is empty");
        }
        return text;
    }

    /** The text at {@code node} when present, else null (also null after a problem). */
    static Text optional(SourceNode node, Problems problems) {
        return node == null ? null : read(node, problems);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
