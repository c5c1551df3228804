package cnnlab.lesson;

import java.util.Objects;

/**
 * One thing wrong (or worth a warning) in a lesson or network file, located so an instructor
 * can jump to it: {@code lessons/03-diagonal.json:12:7: steps[2].kernels[0]: ...}.
 *
 * @param source   the file as the user named it, or a display name for text that is not a file
 * @param line     1-based line of the offending value (1 when unknown)
 * @param column   1-based column of the offending value (1 when unknown)
 * @param path     where in the JSON, e.g. {@code layers[2].kernel}; empty for the whole file
 * @param message  what is wrong, one sentence without a trailing period
 * @param severity an error makes the file unusable; a warning does not
 */
public record Problem(String source, int line, int column, String path, String message, Severity severity) {

    /** How bad a problem is. */
    public enum Severity {
        /** The file cannot be used as it is. */
        ERROR,
        /** The file works, but something will not behave as the author may expect. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** True for {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: path: message}, with {@code warning: } before the message of a warning. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ")
                + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
