package cnnlab.ui.playground;

import cnnlab.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The {@link FileAsker} of the window: the system's open and save dialogs, remembering the last folder. */
final class FileDialogs implements FileAsker {
    private static final Map<String, List<String>> PATTERNS = Map.of(
            "image", List.of("*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif", "*.PNG", "*.JPG", "*.JPEG", "*.BMP", "*.GIF"),
            "png", List.of("*.png"), "csv", List.of("*.csv"), "lesson", List.of("*.json"));
    private static final Map<String, String> FILTER_KEYS = Map.of("image", "playground.filter.images",
            "png", "playground.filter.png", "csv", "playground.filter.csv", "lesson", "playground.filter.lesson");

    private final Node owner;
    private final Messages messages;
    private File folder;

    FileDialogs(Node owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Path ask(String kind, boolean save, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.format(FILTER_KEYS.get(kind)),
                PATTERNS.get(kind)));
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        if (save) {
            chooser.setInitialFileName(suggestedName);
        }
        File file = save ? chooser.showSaveDialog(owner.getScene().getWindow())
                : chooser.showOpenDialog(owner.getScene().getWindow());
        if (file == null) {
            return null;
        }
        folder = file.getParentFile();
        return file.toPath();
    }
}
