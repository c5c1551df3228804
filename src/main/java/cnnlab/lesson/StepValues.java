package cnnlab.lesson;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a step's texts may name as placeholders, computed by the engine: for a
 * convolution {@code output.max}, {@code output.min}, {@code output.height}, {@code output.width},
 * {@code output.channels} and the same for {@code input}; for pooling also {@code average.*}
 * (kind both); for a receptive field {@code field.height}, {@code field.width}; for a network
 * {@code params.total}, {@code output.shape}; for a parameter counter {@code dense.params},
 * {@code conv.params}. Other steps compute none.
 */
public final class StepValues {
    private StepValues() {
    }

    /**
     * The step's values by placeholder name.
     *
     * @throws ProblemsException when the step cannot be computed (never for a validated lesson)
     */
    public static Map<String, String> of(Step step, LessonTensors tensors) throws ProblemsException {
        Problems problems = new Problems("<step>");
        Map<String, String> values = StepChecks.check(step, "", tensors, problems);
        problems.throwIfErrors();
        return values == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(values));
    }

    /** Every text of a step by its path below the step ({@code text}, {@code choices[1]}, ...). */
    static Map<String, Text> texts(Step step) {
        Map<String, Text> texts = new LinkedHashMap<>();
        put(texts, "title", step.title());
        put(texts, "text", step.text());
        if (step instanceof QuizStep quiz) {
            put(texts, "question", quiz.question());
            if (quiz.choices() != null) {
                for (int i = 0; i < quiz.choices().size(); i++) {
                    put(texts, "choices[" + i + "]", quiz.choices().get(i));
                }
            }
            put(texts, "explanation", quiz.explanation());
        }
        return texts;
    }

    private static void put(Map<String, Text> texts, String path, Text text) {
        if (text != null) {
            texts.put(path, text);
        }
    }
}
