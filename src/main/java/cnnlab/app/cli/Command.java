package cnnlab.app.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One sub-command of {@code cnn-lab}, e.g. {@code cnn-lab version}. The dispatcher handles
 * {@code --help} and parses the options, so a command only declares them and does its job.
 */
public interface Command {

    /** @return the word that selects the command, lower-case kebab-case */
    String name();

    /** @return one line for the command list, a sentence ending with a period */
    String summary();

    /**
     * @return the synopsis after the program name, e.g. {@code "convolve [options] IMAGE"}
     */
    default String usage() {
        return options().isEmpty() ? name() : name() + " [options]";
    }

    /** @return further paragraphs for {@code CMD --help}, or an empty string */
    default String details() {
        return "";
    }

    /** @return the options the command accepts, in the order the help shows them */
    default List<OptionSpec> options() {
        return List.of();
    }

    /**
     * Runs the command.
     *
     * @param args the parsed arguments after the command name
     * @param out where results go
     * @param err where warnings go; errors are reported by throwing {@link UsageException}
     * @return an exit code from {@link ExitCodes}
     * @throws UsageException if the input cannot be used
     */
    int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException;
}
