package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Text only: an idea explained in a few sentences.
 *
 * @param title a short heading, or null
 * @param text  what the student reads
 */
public record ProseStep(Text title, @JsonProperty(required = true) Text text) implements Step {
}
