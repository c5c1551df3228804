package cnnlab.app.cli.commands;

import cnnlab.app.cli.Command;
import cnnlab.app.cli.ExitCodes;
import cnnlab.app.cli.HelpText;
import cnnlab.app.cli.ParsedArgs;
import cnnlab.app.cli.UsageException;
import java.io.PrintStream;

/** {@code cnn-lab version}: prints {@code cnn-lab <version>}. */
public final class VersionCommand implements Command {

    private final String version;

    /** @param version the version to print, e.g. from {@link cnnlab.app.cli.AppVersion#current()} */
    public VersionCommand(String version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "Print the version of CNN Lab.";
    }

    @Override
    public int run(ParsedArgs args, PrintStream out, PrintStream err) throws UsageException {
        args.requirePositionalCount(0, 0);
        out.println(HelpText.PROGRAM + " " + version);
        return ExitCodes.OK;
    }
}
