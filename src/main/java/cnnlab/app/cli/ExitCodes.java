package cnnlab.app.cli;

/** The exit codes of the command line; scripts and CI rely on them, so they never change. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;

    /** A bug in CNN Lab: the user's input was fine but something unexpected failed. */
    public static final int INTERNAL_ERROR = 1;

    /** The user's input was wrong: unknown command or option, bad value, unreadable file. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
