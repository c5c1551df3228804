package cnnlab.app.render;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display, on Monocle's headless glass platform with the software
 * renderer (the settings the UI tests use), and runs work on its application thread.
 */
final class HeadlessFx {
    private static final String[][] PROPERTIES = {
        {"glass.platform", "Monocle"},
        {"monocle.platform", "Headless"},
        {"prism.order", "sw"},
        {"prism.text", "t2k"},
    };

    /**
     * JavaFX warns that it was loaded from the class path, which is how the jar runs; a command's
     * stderr is for the user's problems only. Held here so the setting is not garbage-collected.
     */
    private static final Logger PLATFORM_LOG = Logger.getLogger("javafx");

    private HeadlessFx() {
    }

    /**
     * Runs {@code work} on the JavaFX application thread, starting the toolkit headless first
     * if it is not running yet (properties already set on the command line are kept), and waits.
     *
     * @throws ExecutionException wrapping whatever {@code work} threw
     */
    static <T> T call(Callable<T> work) throws ExecutionException, InterruptedException {
        start();
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static void start() {
        for (String[] property : PROPERTIES) {
            if (System.getProperty(property[0]) == null) {
                System.setProperty(property[0], property[1]);
            }
        }
        PLATFORM_LOG.setLevel(Level.SEVERE);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // a second render in the same JVM (the tests) finds the toolkit started
        }
        Platform.setImplicitExit(false);
    }
}
