package cnnlab.app;

import cnnlab.app.cli.AppVersion;
import cnnlab.app.cli.Command;
import cnnlab.app.cli.CommandRegistry;
import cnnlab.app.cli.ErrorLog;
import cnnlab.app.cli.ExitCodes;
import cnnlab.app.cli.HelpText;
import cnnlab.app.cli.OptionParser;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.UsageException;
import cnnlab.app.cli.commands.ConvolveCommand;
import cnnlab.app.cli.commands.PoolCommand;
import cnnlab.app.cli.commands.SummaryCommand;
import cnnlab.app.cli.commands.TrainCommand;
import cnnlab.app.cli.commands.ValidateCommand;
import cnnlab.app.cli.commands.VersionCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headless command line: picks the command, shows help, parses options, runs the command
 * and turns every failure into one line and an exit code from {@link ExitCodes}. Never starts
 * JavaFX; nothing here may import {@code javafx.*} or {@code cnnlab.ui} (ArchitectureTest).
 */
public final class Cli {

    private static final String PROGRAM = HelpText.PROGRAM;

    private final CommandRegistry commands;
    private final PrintStream out;
    private final PrintStream err;
    private final ErrorLog errorLog;

    /**
     * @param commands the commands to offer
     * @param out where results and help go
     * @param err where error lines go
     * @param errorLog where stack traces of internal errors go
     */
    public Cli(CommandRegistry commands, PrintStream out, PrintStream err, ErrorLog errorLog) {
        this.commands = commands;
        this.out = out;
        this.err = err;
        this.errorLog = errorLog;
    }

    /**
     * @param out where results and help go
     * @param err where error lines go
     * @return the command line as shipped, logging internal errors under the config directory
     */
    public static Cli standard(PrintStream out, PrintStream err) {
        return new Cli(standardCommands(), out, err, ErrorLog.inConfigDirectory());
    }

    /** @return every command of {@code cnn-lab}, in the order {@code --help} lists them */
    public static CommandRegistry standardCommands() {
        return new CommandRegistry(List.of(
                new ConvolveCommand(),
                new PoolCommand(),
                new SummaryCommand(),
                new TrainCommand(),
                new ValidateCommand(),
                new VersionCommand(AppVersion.current())));
    }

    /**
     * Runs one command line. Never throws and never prints a stack trace.
     *
     * @param args the program arguments, e.g. {@code ["version"]}
     * @return the exit code: {@link ExitCodes#OK}, {@link ExitCodes#BAD_INPUT} or
     *     {@link ExitCodes#INTERNAL_ERROR}
     */
    public int run(List<String> args) {
        try {
            return dispatch(args);
        } catch (Throwable unexpected) {
            String where = errorLog.record(unexpected, "command line: " + PROGRAM + " " + String.join(" ", args));
            err.println(PROGRAM + ": internal error: " + ErrorLog.summary(unexpected) + " (" + where + ")");
            return ExitCodes.INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(List<String> args) {
        if (args.isEmpty()) {
            err.print(HelpText.overview(commands));
            return ExitCodes.BAD_INPUT;
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (isHelp(first)) {
            out.print(HelpText.overview(commands));
            return ExitCodes.OK;
        }
        if (first.equals("--version") && commands.find("version").isPresent()) {
            first = "version";
        }
        if (first.startsWith("-")) {
            err.println(PROGRAM + ": unknown option " + first + " (known: " + String.join(", ", topLevelOptions()) + ")");
            return ExitCodes.BAD_INPUT;
        }
        Optional<Command> command = commands.find(first);
        if (command.isEmpty()) {
            err.println(PROGRAM + ": unknown command '" + first + "' (known commands: "
                    + String.join(", ", commands.names()) + ")");
            return ExitCodes.BAD_INPUT;
        }
        return runCommand(command.get(), rest);
    }

    private int runCommand(Command command, List<String> args) {
        if (asksForHelp(args)) {
            out.print(HelpText.forCommand(command));
            return ExitCodes.OK;
        }
        try {
            ParsedArgs parsed = new OptionParser(command.options()).parse(args);
            return command.run(parsed, out, err);
        } catch (UsageException e) {
            String prefix = PROGRAM + " " + command.name();
            String hint = e.pointsToHelp() ? " (see '" + prefix + " --help')" : "";
            err.println(prefix + ": " + oneLine(e.getMessage()) + hint);
            return ExitCodes.BAD_INPUT;
        }
    }

    private List<String> topLevelOptions() {
        List<String> known = new ArrayList<>(List.of("--help"));
        if (commands.find("version").isPresent()) {
            known.add("--version");
        }
        return known;
    }

    private static boolean asksForHelp(List<String> args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (isHelp(arg)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--" + OptionParser.HELP) || arg.equals("-h");
    }

    private static String oneLine(String text) {
        return text == null ? "bad input" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
