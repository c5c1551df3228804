package cnnlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cnnlab.app.cli.ErrorLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The shipped command line run in-process, as a test sees it: exit code, standard output and
 * standard error.
 *
 * @param code the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int code, String out, String err) {

    /**
     * Runs {@link Cli#standardCommands()} with the error log under {@code temp}.
     *
     * @param temp a temporary folder for the error log
     * @param args the command line
     * @return what happened
     */
    public static CliRun of(Path temp, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(Cli.standardCommands(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ErrorLog(temp.resolve("config/errors.log")));
        int code = cli.run(List.of(args));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Asserts success with nothing on standard error.
     *
     * @return standard output
     */
    public String ok() {
        assertEquals("", err, "standard error");
        assertEquals(0, code, "exit code; stderr: " + err);
        return out;
    }

    /**
     * Asserts a bad-input failure: exit 2, nothing on standard output, exactly one line on
     * standard error and no trace of Java internals.
     *
     * @return the one error line
     */
    public String badInput() {
        assertEquals(2, code, "exit code; stdout: " + out + " stderr: " + err);
        assertEquals("", out, "standard output");
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), "error lines: " + err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
        return lines.get(0);
    }
}
