package cnnlab.app.cli;

import java.io.PrintStream;

/**
 * What a command does, apart from its name, help and options: lets a headless command
 * declaration hand its work to a class loaded only when the command runs (the {@code render}
 * command needs JavaFX; the other commands must never load it).
 */
@FunctionalInterface
public interface CommandBody {

    /**
     * @see Command#run
     * @return an exit code from {@link ExitCodes}
     * @throws UsageException if the input cannot be used
     */
    int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException;
}
