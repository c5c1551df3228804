package cnnlab.app.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.app.Cli;
import cnnlab.app.cli.ErrorLog;
import cnnlab.app.cli.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cnn-lab validate} through the real command line. */
class ValidateCommandTest {

    @TempDir
    Path temp;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(Cli.standardCommands(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ErrorLog(temp.resolve("errors.log")));
        int code = cli.run(List.of(args));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String lesson(String id, int order, String text) {
        return "{\"id\": \"" + id + "\", \"order\": " + order + ", \"title\": {\"en\": \"T\", \"zh\": \"题\"},\n"
                + " \"steps\": [{\"type\": \"prose\", \"text\": " + text + "}]}\n";
    }

    @Test
    void theBundledLessonsAreClean() {
        Result result = run("validate", System.getProperty("cnnlab.lessons.dir"));
        assertEquals(ExitCodes.OK, result.code(), result.out());
        assertTrue(result.out().matches("\\d+ lessons?, 0 problems\n"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void printsEveryProblemOfEveryFileAndExitsTwo() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("lessons/sub"));
        Files.writeString(temp.resolve("lessons/01-good.json"), lesson("good", 1, "{\"en\": \"Hi\", \"zh\": \"你好\"}"));
        String bad = lesson("bad", 2, "{\"en\": \"Hi\"}");
        Files.writeString(folder.resolve("02-bad.json"), bad);
        int column = bad.lines().toList().get(1).indexOf("{\"en\"") + 1;
        Files.writeString(temp.resolve("lessons/lesson.schema.json"), "not even JSON");
        String net = "{\"input\": [1, 4, 4], \"layers\": [{\"type\": \"pool\"}]}";
        Files.writeString(temp.resolve("lessons/net.json"), net);
        Result result = run("validate", temp.resolve("lessons").toString());
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        List<String> lines = result.out().lines().toList();
        assertEquals(3, lines.size(), result.out());
        assertEquals(temp.resolve("lessons/net.json") + ":1:" + (net.indexOf("\"pool\"") + 1) + ": layers[0].type: unknown layer type \"pool\"", lines.get(0)
                .substring(0, lines.get(0).indexOf(';')));
        assertTrue(lines.get(1).startsWith(folder.resolve("02-bad.json") + ":2:" + column + ": steps[0].text: the Chinese text"
                + " \"zh\" is missing"), lines.get(1));
        assertEquals("2 lessons, 1 network file, 2 problems", lines.get(2));
        assertEquals("", result.err());
    }

    @Test
    void warningsAloneKeepTheExitCodeZero() throws IOException {
        Path file = temp.resolve("01-warn.json");
        String json = lesson("warn", 1, "{\"en\": \"Hi\", \"zh\": \"Hi\"}");
        Files.writeString(file, json);
        String secondLine = json.lines().toList().get(1);
        int column = secondLine.indexOf("\"Hi\"}") + 1;
        Result result = run("validate", file.toString());
        assertEquals(ExitCodes.OK, result.code());
        assertEquals(file + ":2:" + column + ": steps[0].text.zh: warning: the Chinese text has no Chinese characters; is it"
                + " still English?\n1 lesson, 0 problems, 1 warning\n", result.out());
    }

    @Test
    void aMissingFileIsAProblemAndNoArgumentsIsAUsageError() {
        Result missing = run("validate", temp.resolve("nope.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertEquals(temp.resolve("nope.json") + ":1:1: the file does not exist\n1 lesson, 1 problem\n", missing.out());
        Result none = run("validate");
        assertEquals(ExitCodes.BAD_INPUT, none.code());
        assertEquals("cnn-lab validate: expects at least one lesson file or folder (see 'cnn-lab validate --help')\n",
                none.err());
    }
}
