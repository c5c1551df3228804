package cnnlab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A question: either choices with the index of the right one, or a number with a tolerance.
 *
 * @param title       a short heading, or null
 * @param text        an introduction before the question, or null
 * @param question    the question
 * @param choices     the answers to pick from (with {@code correct}); null for a numeric answer
 * @param correct     the index of the right choice, counted from 0; null for a numeric answer
 * @param answer      the right number (with {@code tolerance}); null for choices
 * @param tolerance   how far a numeric answer may be off and still count (default 0)
 * @param explanation shown after the student answers
 */
public record QuizStep(Text title,
                       Text text,
                       @JsonProperty(required = true) Text question,
                       List<Text> choices,
                       Integer correct,
                       Double answer,
                       Double tolerance,
                       @JsonProperty(required = true) Text explanation) implements Step {
    public QuizStep {
        choices = choices == null ? null : List.copyOf(choices);
    }

    /** True for a question answered with a number. */
    public boolean numeric() {
        return answer != null;
    }

    /** True when {@code given} is within the tolerance of a numeric answer. */
    public boolean accepts(double given) {
        return numeric() && Math.abs(given - answer) <= (tolerance == null ? 0 : tolerance);
    }
}
