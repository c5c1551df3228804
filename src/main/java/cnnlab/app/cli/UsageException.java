package cnnlab.app.cli;

/**
 * The user's input cannot be used: an unknown option, a missing or malformed value, a file that
 * does not exist. The command line prints the message as one line and exits with
 * {@link ExitCodes#BAD_INPUT}.
 *
 * <p>Write the message as one short sentence fragment a student understands, without a trailing
 * period, e.g. {@code "option --stride needs a whole number, got 'two'"}.
 */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean pointsToHelp;

    /**
     * Creates the exception for a problem with the command line itself; the error line ends
     * with a pointer to the command's {@code --help}.
     *
     * @param message what is wrong with the input, one line
     */
    public UsageException(String message) {
        this(message, true);
    }

    private UsageException(String message, boolean pointsToHelp) {
        super(message);
        this.pointsToHelp = pointsToHelp;
    }

    /**
     * Creates the exception for a problem inside a file or value the user gave, where the help
     * text would not help, e.g. {@code "m.csv:3:4: 'abc' is not a number"}.
     *
     * @param message the place and what is wrong, one line
     * @return the exception
     */
    public static UsageException inInput(String message) {
        return new UsageException(message, false);
    }

    /** @return true when the error line should point to the command's {@code --help} */
    public boolean pointsToHelp() {
        return pointsToHelp;
    }
}
