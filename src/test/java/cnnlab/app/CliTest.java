package cnnlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.app.cli.Command;
import cnnlab.app.cli.CommandRegistry;
import cnnlab.app.cli.ErrorLog;
import cnnlab.app.cli.OptionSpec;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.UsageException;
import cnnlab.app.cli.commands.VersionCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    @TempDir
    Path temp;

    /** Repeats its positional arguments {@code --times} times; fails on demand for the tests. */
    private static final class EchoCommand implements Command {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String summary() {
            return "Print the arguments.";
        }

        @Override
        public String usage() {
            return "echo [options] WORD...";
        }

        @Override
        public List<OptionSpec> options() {
            return List.of(OptionSpec.value("times", "N", "How often to print them."),
                    OptionSpec.value("fail", "HOW", "usage, bug, bug-without-message or multi-line."));
        }

        @Override
        public int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException {
            switch (args.value("fail").orElse("")) {
                case "usage" -> throw new UsageException("cannot echo that");
                case "input" -> throw UsageException.inInput("m.csv:2:1: 'x' is not a number");
                case "multi-line" -> throw new UsageException("first line\nsecond line");
                case "bug" -> throw new IllegalStateException("kernel was null");
                case "bug-without-message" -> throw new NullPointerException();
                default -> { }
            }
            for (int i = 0; i < args.intValue("times", 1); i++) {
                out.println(String.join(" ", args.positionals()));
            }
            return 0;
        }
    }

    private record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new CommandRegistry(List.of(new VersionCommand("1.2.3"), new EchoCommand())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ErrorLog(temp.resolve("config/errors.log")));
        int code = cli.run(List.of(args));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpListsEveryCommandWithItsSummary(String flag) {
        Result result = run(flag);

        assertEquals(0, result.code());
        assertTrue(result.out().startsWith("Usage: cnn-lab [COMMAND"), result.out());
        assertTrue(result.out().contains("  version  Print the version of CNN Lab.\n"), result.out());
        assertTrue(result.out().contains("  echo     Print the arguments.\n"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void commandHelpShowsUsageAndOptionsAndExitsZero() {
        Result result = run("echo", "--times", "2", "--help");

        assertEquals(0, result.code());
        assertTrue(result.out().startsWith("Usage: cnn-lab echo [options] WORD...\n\nPrint the arguments.\n"),
                result.out());
        assertTrue(result.out().contains("  --times N   How often to print them.\n"), result.out());
        assertTrue(result.out().contains("  --help      Show this help and exit.\n"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void versionPrintsProgramAndVersion() {
        assertEquals(new Result(0, "cnn-lab 1.2.3\n", ""), run("version"));
        assertEquals(new Result(0, "cnn-lab 1.2.3\n", ""), run("--version"));
    }

    @Test
    void runsTheCommandWithParsedArguments() {
        assertEquals(new Result(0, "a -1\na -1\n", ""), run("echo", "--times=2", "a", "-1"));
    }

    @Test
    void helpAfterDoubleDashIsAnArgument() {
        assertEquals(new Result(0, "--help\n", ""), run("echo", "--", "--help"));
    }

    @Test
    void unknownCommandIsOneLineNamingItAndTheKnownOnes() {
        Result result = run("convolve", "x.png");

        assertEquals(2, result.code());
        assertEquals(List.of("cnn-lab: unknown command 'convolve' (known commands: version, echo)"), result.errLines());
        assertEquals("", result.out());
    }

    @Test
    void unknownTopLevelOption() {
        Result result = run("--verbose");

        assertEquals(2, result.code());
        assertEquals(List.of("cnn-lab: unknown option --verbose (known: --help, --version)"), result.errLines());
    }

    @Test
    void noArgumentsPrintsTheOverviewAsAnError() {
        Result result = run();

        assertEquals(2, result.code());
        assertTrue(result.err().contains("Commands:"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void unknownOptionOfACommandNamesTheCommandAndKnownOptions() {
        Result result = run("echo", "--tims", "2");

        assertEquals(2, result.code());
        assertEquals(List.of("cnn-lab echo: unknown option --tims (known: --times, --fail) (see 'cnn-lab echo --help')"),
                result.errLines());
    }

    @Test
    void usageErrorFromTheCommandIsOneLine() {
        assertEquals(new Result(2, "", "cnn-lab echo: cannot echo that (see 'cnn-lab echo --help')\n"),
                run("echo", "--fail", "usage"));
        assertEquals(List.of("cnn-lab echo: first line second line (see 'cnn-lab echo --help')"),
                run("echo", "--fail", "multi-line").errLines());
        assertEquals(List.of("cnn-lab version: takes no arguments, got 'now' (see 'cnn-lab version --help')"),
                run("version", "now").errLines());
    }

    @Test
    void internalErrorIsOneLineAndTheStackTraceGoesToTheLog() throws IOException {
        Path log = temp.resolve("config/errors.log");

        Result result = run("echo", "--fail", "bug");

        assertEquals(1, result.code());
        assertEquals(List.of("cnn-lab: internal error: kernel was null (details in " + log + ")"), result.errLines());
        String logged = Files.readString(log);
        assertTrue(logged.contains("command line: cnn-lab echo --fail bug"), logged);
        assertTrue(logged.contains("java.lang.IllegalStateException: kernel was null"), logged);
        assertTrue(logged.contains("at cnnlab.app.CliTest$EchoCommand.run"), logged);
    }

    @Test
    void internalErrorWithoutMessageStillNamesWhatFailed() {
        Result result = run("echo", "--fail", "bug-without-message");

        assertEquals(1, result.code());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("cnn-lab: internal error: NullPointerException (details in "), result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"convolve", "--verbose", "echo --tims 2", "echo --times", "echo --times two",
        "echo --times 1 --times 2", "echo --fail usage", "echo --fail bug", "version now", "-x"})
    void failuresNeverShowAStackTrace(String commandLine) {
        Result result = run(commandLine.split(" "));

        assertFalse(result.code() == 0, "should fail: " + commandLine);
        assertEquals(1, result.errLines().size(), result.err());
        String shown = result.out() + result.err();
        assertFalse(shown.contains("Exception"), shown);
        assertFalse(shown.contains("at cnnlab."), shown);
    }

    @Test
    void standardCommandsAreTheIssuesCommandsAndVersion() {
        assertEquals(List.of("convolve", "pool", "render", "summary", "train", "validate", "version"), Cli.standardCommands().names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"convolve", "pool", "summary"})
    void everyCommandHasHelp(String name) {
        CliRun run = CliRun.of(temp, name, "--help");

        assertTrue(run.ok().startsWith("Usage: cnn-lab " + name + " --"), run.out());
        assertTrue(run.out().contains("  --json "), run.out());
    }

    @Test
    void problemsInsideInputFilesDoNotPointToTheHelp() {
        assertEquals(new Result(2, "", "cnn-lab echo: cannot echo that (see 'cnn-lab echo --help')\n"),
                run("echo", "--fail", "usage"));
        assertEquals(new Result(2, "", "cnn-lab echo: m.csv:2:1: 'x' is not a number\n"), run("echo", "--fail", "input"));
    }
}
