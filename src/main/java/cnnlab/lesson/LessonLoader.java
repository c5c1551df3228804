package cnnlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads and validates a lesson file in one pass, collecting every problem: broken JSON, unknown
 * step types and fields, wrong types, missing texts, images that are missing or not images, and
 * everything the engine refuses or contradicts (see {@link StepChecks}). Each problem reads
 * {@code file:line:column: json.path: what is wrong}.
 */
public final class LessonLoader {
    /** {@code 03-diagonal-detector.json}: the order and the id. */
    private static final Pattern FILE_NAME = Pattern.compile("(\\d+)-(.+)\\.json");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LessonLoader() {
    }

    /** Loads a lesson file; problems name it as {@code file.toString()}. Never throws. */
    public static LoadedLesson load(Path file) {
        return load(file, file.toString());
    }

    /**
     * Loads a lesson file. Never throws.
     *
     * @param source how problems name the file
     */
    public static LoadedLesson load(Path file, String source) {
        Problems problems = new Problems(source);
        return finish(JsonDocument.read(file, source, problems), file, problems);
    }

    /**
     * Loads lesson JSON from text. Never throws.
     *
     * @param source how problems name the text
     * @param file   the file its images are relative to, or null (then images are refused)
     */
    public static LoadedLesson parse(String json, String source, Path file) {
        Problems problems = new Problems(source);
        return finish(JsonDocument.parse(json, source, file, problems), file, problems);
    }

    /**
     * Loads a lesson that must be valid.
     *
     * @throws ProblemsException with every problem when it has errors
     */
    public static Lesson read(Path file) throws ProblemsException {
        LoadedLesson loaded = load(file);
        if (!loaded.ok()) {
            throw new ProblemsException(loaded.problems());
        }
        return loaded.lesson();
    }

    /** Loads a lesson from an already parsed document (null when parsing failed). */
    static LoadedLesson finish(JsonDocument document, Path file, Problems problems) {
        Lesson lesson = null;
        if (document != null) {
            problems.attach(document);
            lesson = read(document.root(), file, problems);
        }
        return new LoadedLesson(problems.source(), file, problems.hasErrors() ? null : lesson, problems.all());
    }

    private static Lesson read(SourceNode root, Path file, Problems problems) {
        ObjectFields fields = ObjectFields.forRecord(root, problems, "a lesson", Lesson.class);
        if (!fields.isObject()) {
            return null;
        }
        String schema = fields.text("$schema");
        String id = fields.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            problems.error(fields.field("id"), "the id is lower-case words joined by -, e.g. \"diagonal-detector\","
                    + " but this is \"" + id + "\"");
        }
        Integer order = fields.wholeNumberOrNull("order", 1);
        checkFileName(file, id, order, fields, problems);
        Text title = TextReader.optional(fields.field("title"), problems);
        Text summary = TextReader.optional(fields.field("summary"), problems);
        SourceNode stepsNode = fields.field("steps");
        List<SourceNode> stepNodes = stepsNode == null ? null : Values.list(stepsNode, problems, "steps", 1, (n, p) -> n);
        List<Step> steps = new ArrayList<>();
        if (stepNodes != null) {
            LessonTensors tensors = new LessonTensors(file);
            for (SourceNode node : stepNodes) {
                Step step = StepReader.read(node, problems);
                if (step != null) {
                    checkStep(step, node.path(), tensors, problems);
                }
                steps.add(step);
            }
        }
        if (problems.hasErrors()) {
            return null;
        }
        return new Lesson(schema, id, order, title, summary, steps);
    }

    /** {@code NN-slug.json} must hold {@code order} NN and {@code id} slug. */
    private static void checkFileName(Path file, String id, Integer order, ObjectFields fields, Problems problems) {
        Matcher m = file == null || file.getFileName() == null ? null : FILE_NAME.matcher(file.getFileName().toString());
        if (m == null || !m.matches()) {
            return;
        }
        if (order != null && Integer.parseInt(m.group(1)) != order) {
            problems.error(fields.field("order"), "the file is named " + file.getFileName() + " but its order is "
                    + order + "; the number in front of the name and the order must agree");
        }
        if (id != null && !m.group(2).equals(id)) {
            problems.error(fields.field("id"), "the file is named " + file.getFileName() + " but its id is \""
                    + id + "\"; the name after the number and the id must agree");
        }
    }

    private static void checkStep(Step step, String path, LessonTensors tensors, Problems problems) {
        Map<String, String> values = StepChecks.check(step, path, tensors, problems);
        if (values == null) {
            return;
        }
        for (Map.Entry<String, Text> text : StepValues.texts(step).entrySet()) {
            checkPlaceholders(text.getValue().en(), SourceNode.join(path, text.getKey() + ".en"), values, problems);
            checkPlaceholders(text.getValue().zh(), SourceNode.join(path, text.getKey() + ".zh"), values, problems);
        }
    }

    private static void checkPlaceholders(String text, String path, Map<String, String> values, Problems problems) {
        for (String name : Placeholders.names(text)) {
            if (!values.containsKey(name)) {
                problems.error(path, "unknown placeholder {" + name + "}; " + (values.isEmpty()
                        ? "this step computes no values to show"
                        : "this step can show {" + String.join("}, {", values.keySet()) + "}"));
            }
        }
    }
}
