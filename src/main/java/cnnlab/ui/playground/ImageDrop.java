package cnnlab.ui.playground;

import cnnlab.imaging.ImageFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Accepts an image file dropped on a scene or a node and hands its path on. */
public final class ImageDrop {
    private ImageDrop() {
    }

    /** Image files dropped anywhere on {@code scene} go to {@code open}. */
    public static void install(Scene scene, Consumer<Path> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> over(e));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> dropped(e, open));
    }

    /** Image files dropped on {@code node} go to {@code open}. */
    public static void install(Node node, Consumer<Path> open) {
        node.addEventHandler(DragEvent.DRAG_OVER, e -> over(e));
        node.addEventHandler(DragEvent.DRAG_DROPPED, e -> dropped(e, open));
    }

    private static void over(DragEvent e) {
        if (imageIn(e.getDragboard()).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private static void dropped(DragEvent e, Consumer<Path> open) {
        Optional<Path> image = imageIn(e.getDragboard());
        image.ifPresent(open);
        e.setDropCompleted(image.isPresent());
        e.consume();
    }

    /** The first dropped file with an image extension. */
    static Optional<Path> imageIn(Dragboard board) {
        if (!board.hasFiles()) {
            return Optional.empty();
        }
        return board.getFiles().stream().map(File::toPath).filter(ImageFiles::hasImageExtension).findFirst();
    }
}
