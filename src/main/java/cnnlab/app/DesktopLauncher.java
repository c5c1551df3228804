package cnnlab.app;

import cnnlab.app.cli.ConfigDirectory;
import cnnlab.app.cli.ErrorLog;
import cnnlab.app.cli.ExitCodes;
import cnnlab.app.cli.HelpText;
import cnnlab.ui.CnnLabApp;
import javafx.application.Application;

/** The one place in {@code cnnlab.app} that starts JavaFX. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /**
     * Shows the window and returns when it is closed. Uncaught errors become one line on
     * stderr plus a stack trace in the {@link ErrorLog}.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#INTERNAL_ERROR} if the window could not open
     */
    static int launch() {
        ErrorLog errorLog = ErrorLog.inConfigDirectory();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> System.err.println(HelpText.PROGRAM
                + ": internal error: " + ErrorLog.summary(error)
                + " (" + errorLog.record(error, "uncaught in thread " + thread.getName()) + ")"));
        try {
            Application.launch(CnnLabApp.class,
                    "--" + CnnLabApp.CONFIG_DIR_PARAMETER + "=" + ConfigDirectory.locate());
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            System.err.println(HelpText.PROGRAM + ": cannot open the window: " + ErrorLog.summary(e)
                    + " (" + errorLog.record(e, "opening the window") + "); '"
                    + HelpText.PROGRAM + " --help' lists the commands that need no window");
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
