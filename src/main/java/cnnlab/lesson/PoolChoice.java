package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which pooling a pooling step shows: max, average, or both side by side. */
public enum PoolChoice {
    MAX, AVG, BOTH;

    /** The word used in lesson files, e.g. {@code max}. */
    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
