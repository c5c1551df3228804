package cnnlab.app.cli.commands;

import cnnlab.app.cli.Command;
import cnnlab.app.cli.ExitCodes;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.UsageException;
import cnnlab.lesson.FileValidator;
import cnnlab.lesson.LessonFiles;
import cnnlab.lesson.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cnn-lab validate PATH...}: checks lesson files (and network files) and prints every
 * problem as {@code file:line:column: json.path: what is wrong}, then one summary line. Exit 0
 * when there is no error (warnings allowed), 2 otherwise.
 */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check lesson files and print every problem.";
    }

    @Override
    public String usage() {
        return "validate PATH...";
    }

    @Override
    public String details() {
        return "Each PATH is a lesson file or a folder; folders are searched for *.json files\n"
                + "(except " + LessonFiles.SCHEMA + " and " + LessonFiles.INDEX + "). A file with \"input\" and \"layers\"\n"
                + "but no \"steps\" is checked as a network file. Every problem is printed as\n"
                + "file:line:column: json.path: what is wrong. Exit code 0 when there is no error\n"
                + "(warnings are allowed), 2 when there is one.";
    }

    @Override
    public int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException {
        if (args.positionals().isEmpty()) {
            throw new UsageException("expects at least one lesson file or folder");
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args.positionals()) {
            files.addAll(filesOf(Path.of(arg)));
        }
        int lessons = 0;
        int networks = 0;
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            FileValidator.Result result = FileValidator.validate(file, file.toString());
            if (result.kind() == FileValidator.Kind.NETWORK) {
                networks++;
            } else {
                lessons++;
            }
            for (Problem problem : result.problems()) {
                out.println(problem);
                if (problem.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        out.println(count(lessons, "lesson") + (networks > 0 ? ", " + count(networks, "network file") : "")
                + ", " + count(errors, "problem") + (warnings > 0 ? ", " + count(warnings, "warning") : ""));
        return errors == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static List<Path> filesOf(Path path) throws UsageException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try {
            return LessonFiles.in(path, true);
        } catch (IOException e) {
            throw new UsageException("cannot list the folder " + path + ": " + e.getMessage());
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
