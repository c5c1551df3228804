package cnnlab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of loading one lesson file: the lesson when it has no errors, and every problem.
 *
 * @param source   the file as problems name it
 * @param file     the file, or null for text that is not a file
 * @param lesson   the lesson, or null when there is at least one error
 * @param problems every error and warning, in file order
 */
public record LoadedLesson(String source, Path file, Lesson lesson, List<Problem> problems) {
    public LoadedLesson {
        problems = List.copyOf(problems);
    }

    /** True when the lesson loaded without errors (it may still have warnings). */
    public boolean ok() {
        return lesson != null;
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The warnings only. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
