package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A text a student reads, in English and Simplified Chinese: {@code {"en": "...", "zh": "..."}}.
 * Texts may name values the engine computes for their step with placeholders such as
 * {@code {output.max}} (see {@link Placeholders}).
 *
 * @param en the English text
 * @param zh the Simplified Chinese text
 */
public record Text(@JsonProperty(required = true) String en, @JsonProperty(required = true) String zh) {

    /** The text in {@code language} ({@code "zh"} for Chinese, anything else English). */
    public String in(String language) {
        return "zh".equals(language) ? zh : en;
    }
}
