package cnnlab.ui.playground;

import java.nio.file.Path;

/** Asks the user for a file to open or to save; tests answer without a dialog. */
public interface FileAsker {

    /**
     * @param kind what is asked for: {@code image}, {@code png}, {@code csv} or {@code lesson}
     * @param save true to choose where to save, false to choose a file to open
     * @param suggestedName the file name offered when saving
     * @return the chosen file, or null when the user cancelled
     */
    Path ask(String kind, boolean save, String suggestedName);
}
