package cnnlab.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * Validates one JSON file of the lessons folder: a lesson, or a network file
 * ({@code {"input": ..., "layers": ...}} without {@code steps}), which lessons and
 * {@code summary --network} share.
 */
public final class FileValidator {
    /** What a file turned out to be. */
    public enum Kind {
        LESSON, NETWORK
    }

    /**
     * @param kind     what the file is (a file too broken to tell counts as a lesson)
     * @param problems every error and warning
     */
    public record Result(Kind kind, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** True when no problem is an error. */
        public boolean clean() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private FileValidator() {
    }

    /**
     * Reads and checks the file. Never throws.
     *
     * @param source how problems name the file
     */
    public static Result validate(Path file, String source) {
        Problems problems = new Problems(source);
        JsonDocument document = JsonDocument.read(file, source, problems);
        if (document != null && isNetwork(document.root())) {
            problems.attach(document);
            NetworkReader.read(document.root(), problems);
            return new Result(Kind.NETWORK, problems.all());
        }
        return new Result(Kind.LESSON, LessonLoader.finish(document, file, problems).problems());
    }

    private static boolean isNetwork(SourceNode root) {
        return root.value().isObject() && root.value().has("layers") && !root.value().has("steps");
    }
}
