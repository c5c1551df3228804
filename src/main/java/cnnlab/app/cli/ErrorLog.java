package cnnlab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;

/**
 * A file that keeps the stack traces of internal errors, so the user sees one line and a bug
 * report can still carry the details.
 */
public final class ErrorLog {

    /** Past this size the log starts over, so it cannot grow without bound. */
    private static final long MAX_BYTES = 1L << 20;

    private final Path file;

    /** @param file the log file; its folder is created on the first error */
    public ErrorLog(Path file) {
        this.file = file;
    }

    /** @return the log {@code errors.log} in the user's {@link ConfigDirectory} */
    public static ErrorLog inConfigDirectory() {
        return new ErrorLog(ConfigDirectory.locate().resolve("errors.log"));
    }

    /** @return the log file */
    public Path file() {
        return file;
    }

    /**
     * Appends the error with its stack trace and context to the log. Never throws.
     *
     * @param error what went wrong
     * @param context what was being done, e.g. the command line
     * @return a phrase that tells the user where the details are, e.g.
     *     {@code "details in /home/ana/.config/cnn-lab/errors.log"}
     */
    public String record(Throwable error, String context) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean tooBig = Files.exists(file) && Files.size(file) > MAX_BYTES;
            Files.writeString(file, entry(error, context), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    tooBig ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
            return "details in " + file;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return "details could not be saved to " + file + ": " + e.getMessage();
        }
    }

    /**
     * @param error any error
     * @return one line for the user: the error's message, or its type when it has none
     */
    public static String summary(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank()
                ? error.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String entry(Throwable error, String context) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "=== " + OffsetDateTime.now() + " cnn-lab " + AppVersion.current()
                + ", Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n"
                + context + "\n" + trace + "\n";
    }
}
