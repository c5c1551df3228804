package cnnlab.app;

import java.util.List;

/**
 * Entry point of {@code cnn-lab.jar}. Without arguments it opens the window; with arguments it
 * runs the headless {@link Cli}, which never loads JavaFX. Deliberately not an
 * {@code Application} subclass, so the shaded jar starts from the plain classpath.
 */
public final class Main {

    private Main() {
    }

    /**
     * Opens the window or runs a command, then exits with its code.
     *
     * @param args nothing for the window, else a command and its arguments
     */
    public static void main(String[] args) {
        int exitCode;
        if (args.length == 0) {
            exitCode = DesktopLauncher.launch();
        } else {
            // Image reading uses AWT classes; keep them from looking for a display.
            System.setProperty("java.awt.headless", "true");
            exitCode = Cli.standard(System.out, System.err).run(List.of(args));
        }
        System.exit(exitCode);
    }
}
