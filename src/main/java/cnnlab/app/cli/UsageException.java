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

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the input, one line
     */
    public UsageException(String message) {
        super(message);
    }
}
