package cnnlab.lesson;

import cnnlab.imaging.NumberText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values a step's texts may name as placeholders, computed by the engine and written for the
 * reader ({@link NumberText#display}: {@code 1,199,882}, {@code -1.75}; shapes as {@code 64×12×12}).
 * lessons/README.md lists the names of each step type: for a convolution {@code output.*},
 * {@code input.*}, {@code kernel.*}, {@code stride}, {@code padding}, {@code dilation}; for pooling
 * {@code input.*}, {@code output.*}, {@code average.*}; for a receptive field {@code field.*} and
 * {@code layers[i].*}; for a network {@code params.total}, {@code output.shape}, {@code layers[i].*};
 * for a parameter counter {@code dense.params}, {@code conv.params}; for a playground
 * {@code input.*}, {@code stride}, {@code kernels[i].*}, {@code maps[i].*}. Other steps compute none.
 *
 * <p>For the player: the values belong to the step's own settings. When the student changes a
 * setting (a convolution's {@code controls}, a playground's kernels), compute them again for the
 * changed step, {@code StepValues.of(step.withLayer(current), tensors, language)} or
 * {@code StepValues.of(playground.withSettings(...), tensors, language)}, and fill the texts anew;
 * {@link #changing} names the values that can change, so they can be marked as live.
 */
public final class StepValues {
    private static final List<String> OUTPUT = List.of("output.max", "output.min", "output.height", "output.width",
            "output.channels");

    private StepValues() {
    }

    /**
     * The step's values by placeholder name, written for English (Chinese groups digits alike).
     *
     * @throws ProblemsException when the step cannot be computed (never for a validated lesson)
     */
    public static Map<String, String> of(Step step, LessonTensors tensors) throws ProblemsException {
        return of(step, tensors, "en");
    }

    /**
     * The step's values by placeholder name, numbers written the way {@code language} writes them.
     * A pure function of its arguments: the player calls it again with a changed step (see the class
     * comment) to refresh the texts.
     *
     * @param language {@code "en"} or {@code "zh"}, as in {@link Text#in}
     * @throws ProblemsException when the step cannot be computed, e.g. a kernel the student made
     *     larger than the padded input; its problems say why in one line each
     */
    public static Map<String, String> of(Step step, LessonTensors tensors, String language) throws ProblemsException {
        Problems problems = new Problems("<step>");
        Map<String, Object> values = StepChecks.check(step, "", tensors, problems);
        problems.throwIfErrors();
        return values == null ? Map.of() : render(values, Locale.forLanguageTag(language));
    }

    /** The values written for a reader of {@code locale}, in the order they were computed. */
    static Map<String, String> render(Map<String, Object> values, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((name, value) -> texts.put(name, render(value, locale)));
        return Collections.unmodifiableMap(texts);
    }

    /** A number as {@link NumberText#display}, a shape {@code [64, 12, 12]} as {@code 64×12×12}, a word as is. */
    static String render(Object value, Locale locale) {
        if (value instanceof Number number) {
            return NumberText.display(number.doubleValue(), locale);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> render(v, locale)).collect(Collectors.joining("×"));
        }
        return String.valueOf(value);
    }

    /**
     * The placeholder names of {@code step} whose values can change while it is shown, because the
     * student changes a setting: for a convolution, what its {@code controls} affect (the output
     * always; {@code stride}, {@code padding}, {@code dilation}, {@code kernel.*} with their
     * control, and {@code padding} also with any size control when it is {@code "same"}); for a
     * playground every value but {@code input.*}. Empty for other steps.
     */
    public static Set<String> changing(Step step) {
        Set<String> names = new LinkedHashSet<>();
        if (step instanceof ConvolutionStep conv && conv.controls() != null) {
            for (Control control : conv.controls()) {
                names.addAll(changedBy(control, conv.padding().same()));
            }
        } else if (step instanceof PlaygroundStep playground) {
            names.add("stride");
            for (int i = 0; i < playground.kernels().size(); i++) {
                for (String value : List.of("height", "width")) {
                    names.add("kernels[" + i + "]." + value);
                }
                for (String value : List.of("max", "min", "height", "width")) {
                    names.add("maps[" + i + "]." + value);
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** The convolution values a control changes; {@code same} when the padding is {@code "same"}. */
    static List<String> changedBy(Control control, boolean same) {
        switch (control) {
            case FLIP:
            case RELU:
                return List.of("output.max", "output.min");
            case PADDING:
                return concat(OUTPUT, List.of("padding"));
            case STRIDE:
                return concat(OUTPUT, same ? List.of("stride", "padding") : List.of("stride"));
            case DILATION:
                return concat(OUTPUT, same ? List.of("dilation", "padding") : List.of("dilation"));
            default:
                return concat(OUTPUT, same ? List.of("kernel.height", "kernel.width", "padding")
                        : List.of("kernel.height", "kernel.width"));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
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
