package cnnlab.ui.playground;

import cnnlab.ui.i18n.Messages;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The kernel playground: menu and toolbar on top; the input with the products of the hovered
 * cell on the left; the kernel bank and editor in the middle; the settings and the maps on the
 * right; a status line below. Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo, Ctrl+O opens
 * an image, while the playground is shown. An image file dropped on it is opened.
 */
public final class PlaygroundView extends BorderPane {
    private final PlaygroundViewModel model;
    private final InputPanel input;
    private final MapsPane maps;
    private FileAsker files;

    public PlaygroundView(PlaygroundViewModel model, Messages messages) {
        this.model = model;
        this.files = new FileDialogs(this, messages);
        setId("playground");
        getStyleClass().add("playground");
        input = new InputPanel(model, messages);
        maps = new MapsPane(model, messages);
        VBox left = new VBox(12, input, new ProductsPanel(model, messages));
        KernelPanel kernels = new KernelPanel(model, messages);
        ScrollPane mapScroll = new ScrollPane(maps);
        mapScroll.setFitToWidth(true);
        mapScroll.getStyleClass().add("maps-scroll");
        HBox.setHgrow(mapScroll, Priority.ALWAYS);
        HBox columns = new HBox(14, scrolling(left, 310), scrolling(kernels, 300), mapScroll);
        columns.setPadding(new Insets(10));
        setTop(new PlaygroundToolbar(this, model, messages));
        setCenter(columns);
        Label status = new Label();
        status.setId("playground-status");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(status);
        if (!model.fixedInput()) {
            ImageDrop.install(this, model::openImage);
        }
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
            }
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
            }
        });
    }

    private static ScrollPane scrolling(Node content, double width) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setMinWidth(width);
        scroll.setPrefWidth(width);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("playground-column");
        return scroll;
    }

    public PlaygroundViewModel model() {
        return model;
    }

    /** Replaces the file dialogs, e.g. by a test's answers. */
    public void setFileAsker(FileAsker asker) {
        files = asker;
    }

    /** The tile of kernel {@code index}'s map, for tests. */
    PlaneView mapView(int index) {
        return maps.tile(index).plane();
    }

    /** The values kernel {@code index}'s tile draws, for tests. */
    float[] drawnMap(int index) {
        return maps.tile(index).values();
    }

    void openDialog() {
        Path file = files.ask("image", false, null);
        if (file != null) {
            model.openImage(file);
        }
    }

    /** Asks where to save and exports: {@code png} or {@code csv} (selected map), {@code input}, {@code lesson}. */
    void export(String what) {
        String stem = model.imageProperty().get().file() == null ? "playground"
                : model.imageProperty().get().file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        switch (what) {
            case "png" -> ask("png", stem + "-map-" + (model.state().selected() + 1) + ".png", model::exportMapPng);
            case "csv" -> ask("csv", stem + "-map-" + (model.state().selected() + 1) + ".csv", model::exportMapCsv);
            case "input" -> ask("csv", stem + "-input.csv", f -> model.exportInputCsv(f, input.shownChannel()));
            default -> ask("lesson", stem + "-playground.json", model::exportLesson);
        }
    }

    private void ask(String kind, String name, java.util.function.Consumer<Path> save) {
        Path file = files.ask(kind, true, name);
        if (file != null) {
            save.accept(file);
        }
    }

    /** The playground's keys, only while it is on screen. */
    private void shortcut(KeyEvent e) {
        if (!e.isShortcutDown() || !shown()) {
            return;
        }
        boolean handled = true;
        if (e.getCode() == KeyCode.Z && e.isShiftDown() || e.getCode() == KeyCode.Y) {
            model.redo();
        } else if (e.getCode() == KeyCode.Z) {
            model.undo();
        } else if (e.getCode() == KeyCode.O && !model.fixedInput()) {
            openDialog();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean shown() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Scene scene = getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }
}
