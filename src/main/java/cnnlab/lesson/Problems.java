package cnnlab.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file while it is read, so the reader can go on after the first
 * and report everything at once.
 */
final class Problems {
    private final String source;
    private final List<Problem> found = new ArrayList<>();
    private JsonDocument document;

    /** @param source the file's display name, put in front of every problem */
    Problems(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    /** Locates later problems given by path in {@code parsed}. */
    void attach(JsonDocument parsed) {
        this.document = parsed;
    }

    /** An error at the value with this JSON path (line and column from the attached document, else 1:1). */
    void error(String path, String message) {
        add(positionOf(path), path, message, Problem.Severity.ERROR);
    }

    /** A warning at the value with this JSON path. */
    void warning(String path, String message) {
        add(positionOf(path), path, message, Problem.Severity.WARNING);
    }

    private TextPosition positionOf(String path) {
        return document == null ? TextPosition.START : document.valuePosition(path);
    }

    /** The number of errors so far; compare before and after reading a part to see if it failed. */
    int errorCount() {
        return (int) found.stream().filter(Problem::isError).count();
    }

    /** An error at a value. */
    void error(SourceNode at, String message) {
        add(at.position(), at.path(), message, Problem.Severity.ERROR);
    }

    /** A warning at a value. */
    void warning(SourceNode at, String message) {
        add(at.position(), at.path(), message, Problem.Severity.WARNING);
    }

    /** An error at a position that has no JSON value (broken syntax, an unreadable file). */
    void error(TextPosition at, String path, String message) {
        add(at, path, message, Problem.Severity.ERROR);
    }

    private void add(TextPosition at, String path, String message, Problem.Severity severity) {
        found.add(new Problem(source, at.line(), at.column(), path, message, severity));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** Everything found so far, sorted by position in the file. */
    List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return sorted;
    }

    /** @throws ProblemsException holding every problem when at least one is an error */
    void throwIfErrors() throws ProblemsException {
        if (hasErrors()) {
            throw new ProblemsException(all());
        }
    }
}
