package cnnlab.ui.playground;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.imaging.NumberText;
import cnnlab.ui.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The grid of weights of the selected kernel (one plane): type a number and press Enter (or
 * leave the cell), drag a cell up or down to change it, move with the arrow keys, paste a
 * block with Ctrl+V. A cell that is not a number is refused in place: its old value comes back,
 * it is marked, and its tooltip and the line below the grid say why.
 */
public final class KernelEditor extends VBox {
    /** Pixels of vertical drag per step of {@link #DRAG_STEP}. */
    static final double DRAG_PIXELS = 4;
    /** The change of one drag step; ten times as much with Shift. */
    static final float DRAG_STEP = 0.1f;

    private final KernelEditing model;
    private final Messages messages;
    private final GridPane cells = new GridPane();
    private final Label refusal = new Label();
    private TextField[][] fields = new TextField[0][0];
    private boolean refreshing;

    public KernelEditor(KernelEditing model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("kernel-editor");
        setId("kernel-editor");
        setSpacing(6);
        cells.getStyleClass().add("kernel-cells");
        cells.setHgap(3);
        cells.setVgap(3);
        refusal.setId("kernel-refusal");
        refusal.getStyleClass().add("kernel-refusal");
        refusal.setWrapText(true);
        refusal.setMaxWidth(360);
        refusal.managedProperty().bind(refusal.visibleProperty());
        refusal.setVisible(false);
        getChildren().addAll(cells, refusal);
        model.editedWeights().addListener((obs, old, now) -> refresh());
        model.editPlaneProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The text field of weight (y, x), for tests. */
    public TextField cell(int y, int x) {
        return fields[y][x];
    }

    /** Shows the selected kernel's plane, rebuilding the grid when its size changed. */
    private void refresh() {
        Tensor weights = model.editedWeights().getValue();
        Shape shape = weights.shape();
        if (fields.length != shape.height() || fields[0].length != shape.width()) {
            build(shape.height(), shape.width());
        }
        refreshing = true;
        int plane = Math.min(model.editPlaneProperty().get(), shape.channels() - 1);
        for (int y = 0; y < shape.height(); y++) {
            for (int x = 0; x < shape.width(); x++) {
                TextField field = fields[y][x];
                String text = NumberText.format(weights.get(plane, y, x));
                if (!field.getText().equals(text)) {
                    field.setText(text);
                }
            }
        }
        refreshing = false;
    }

    private void build(int height, int width) {
        cells.getChildren().clear();
        fields = new TextField[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                TextField field = field(y, x);
                fields[y][x] = field;
                cells.add(field, x, y);
            }
        }
    }

    private TextField field(int y, int x) {
        TextField field = new TextField();
        field.setId("kernel-cell-" + y + "-" + x);
        field.getStyleClass().add("kernel-cell");
        field.setPrefColumnCount(4);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(300));
        tip.textProperty().bind(messages.text("playground.editor.tip"));
        field.setTooltip(tip);
        field.setOnAction(e -> commit(field, y, x));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !refreshing) {
                commit(field, y, x);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> key(e, field, y, x));
        new DragToChange(field, y, x).install();
        return field;
    }

    /** Sends the typed text to the model; a refusal keeps the old value and says why. */
    private void commit(TextField field, int y, int x) {
        Tensor weights = model.editedWeights().getValue();
        int plane = Math.min(model.editPlaneProperty().get(), weights.shape().channels() - 1);
        if (y >= weights.shape().height() || x >= weights.shape().width()
                || field.getText().strip().equals(NumberText.format(weights.get(plane, y, x)))) {
            return;
        }
        Optional<String> refused = model.typeCell(y, x, field.getText());
        if (refused.isPresent()) {
            refuse(field, refused.get());
            refresh();
        } else {
            accept(field);
        }
    }

    private void refuse(TextField field, String why) {
        if (!field.getStyleClass().contains("refused")) {
            field.getStyleClass().add("refused");
        }
        field.getTooltip().textProperty().unbind();
        field.getTooltip().setText(why);
        refusal.setText(why);
        refusal.setVisible(true);
    }

    private void accept(TextField field) {
        field.getStyleClass().remove("refused");
        field.getTooltip().textProperty().bind(messages.text("playground.editor.tip"));
        refusal.setVisible(false);
    }

    private void key(KeyEvent e, TextField field, int y, int x) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.V) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null && text.strip().split("[\\s,;\\[\\]]+").length > 1) {
                pasteBlock(field, y, x, text);
                e.consume();
            }
            return;
        }
        int dy = 0;
        int dx = 0;
        switch (e.getCode()) {
            case UP -> dy = -1;
            case DOWN -> dy = 1;
            case LEFT -> dx = field.getCaretPosition() == 0 ? -1 : 0;
            case RIGHT -> dx = field.getCaretPosition() == field.getText().length() ? 1 : 0;
            default -> {
                return;
            }
        }
        int ny = y + dy;
        int nx = x + dx;
        if ((dy != 0 || dx != 0) && ny >= 0 && nx >= 0 && ny < fields.length && nx < fields[0].length) {
            commit(field, y, x);
            fields[ny][nx].requestFocus();
            fields[ny][nx].selectAll();
            e.consume();
        }
    }

    /**
     * Pastes a block of numbers with its top-left at (y, x).
     *
     * @return true when it was pasted; otherwise the refusal shows below the grid
     */
    public boolean pasteBlock(TextField field, int y, int x, String text) {
        Optional<String> refused = model.paste(y, x, text);
        if (refused.isPresent()) {
            refuse(field, refused.get());
            return false;
        }
        accept(field);
        return true;
    }

    /** Vertical drags on a cell change its weight live; one drag is one undo step. */
    private final class DragToChange {
        private final TextField field;
        private final int y;
        private final int x;
        private double startY;
        private float startValue;
        private boolean dragging;

        DragToChange(TextField field, int y, int x) {
            this.field = field;
            this.y = y;
            this.x = x;
        }

        void install() {
            field.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                startY = e.getScreenY();
                Tensor w = model.editedWeights().getValue();
                startValue = w.get(Math.min(model.editPlaneProperty().get(), w.shape().channels() - 1), y, x);
                dragging = false;
            });
            field.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
                double dy = startY - e.getScreenY();
                if (!dragging && Math.abs(dy) < DRAG_PIXELS) {
                    return;
                }
                if (!dragging) {
                    dragging = true;
                    model.beginGesture();
                }
                float step = e.isShiftDown() ? DRAG_STEP * 10 : DRAG_STEP;
                float value = startValue + Math.round(dy / DRAG_PIXELS) * step;
                model.dragCell(y, x, Math.round(value * 1000) / 1000f);
                e.consume();
            });
            field.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                if (dragging) {
                    dragging = false;
                    model.endGesture();
                    e.consume();
                }
            });
        }
    }
}
