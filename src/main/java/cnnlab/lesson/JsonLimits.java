package cnnlab.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The limits every lesson and network file is read under, so a broken or hostile file is refused
 * with a message instead of exhausting memory or the stack. Lessons are small hand-written
 * files; each limit is far above anything a real lesson needs.
 */
public final class JsonLimits {
    /** Largest file accepted, checked before parsing: 2 MiB. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** Deepest nesting of objects and lists. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest text value, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** Longest field name, in characters. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest number literal, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;

    private JsonLimits() {
    }

    /**
     * A factory for strict JSON: the limits above, no comments, no single quotes, no trailing
     * commas, no NaN or Infinity (Jackson's defaults, stated here so nobody turns them on by
     * accident), and the source text kept in locations for error messages.
     */
    public static JsonFactory strictFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_FILE_BYTES)
                        .build())
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
