package cnnlab.lesson;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file could not be read into a model: it holds every error found (never just the first) and
 * any warnings. The message is the problems, one per line, in {@link Problem#toString()} form.
 */
public final class ProblemsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems everything found, at least one of them an error */
    public ProblemsException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order as far as the reader could tell. */
    public List<Problem> problems() {
        return problems;
    }
}
