package cnnlab.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorLogTest {

    @TempDir
    Path temp;

    @Test
    void createsFoldersAndAppendsStackTracesWithContext() throws IOException {
        Path file = temp.resolve("a/b/errors.log");
        ErrorLog log = new ErrorLog(file);

        assertEquals("details in " + file, log.record(new IllegalStateException("first"), "command line: x"));
        log.record(new IllegalStateException("second"), "command line: y");

        String text = Files.readString(file);
        assertTrue(text.contains("command line: x"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: first"), text);
        assertTrue(text.contains("at cnnlab.app.cli.ErrorLogTest"), text);
        assertTrue(text.indexOf("second") > text.indexOf("first"), text);
    }

    @Test
    void saysWhyWhenTheLogCannotBeWritten() throws IOException {
        Path blocker = Files.writeString(temp.resolve("not-a-folder"), "x");
        ErrorLog log = new ErrorLog(blocker.resolve("errors.log"));

        String where = log.record(new IllegalStateException("boom"), "context");

        assertTrue(where.startsWith("details could not be saved to " + blocker.resolve("errors.log")), where);
    }

    @Test
    void startsOverWhenTheLogIsTooBig() throws IOException {
        Path file = temp.resolve("errors.log");
        Files.writeString(file, "old\n".repeat(300_000));

        new ErrorLog(file).record(new IllegalStateException("fresh"), "context");

        String text = Files.readString(file);
        assertTrue(text.startsWith("=== "), text.substring(0, 20));
        assertTrue(text.contains("fresh"));
        assertTrue(Files.size(file) < 100_000);
    }

    @Test
    void summaryIsTheMessageOnOneLineOrTheType() {
        assertEquals("kernel is empty at row 3", ErrorLog.summary(new IllegalStateException("kernel is empty\n  at row 3")));
        assertEquals("NullPointerException", ErrorLog.summary(new NullPointerException()));
        assertEquals("StackOverflowError", ErrorLog.summary(new StackOverflowError(" ")));
    }
}
