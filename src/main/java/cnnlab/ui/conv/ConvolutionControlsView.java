package cnnlab.ui.conv;

import cnnlab.ui.i18n.Messages;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A convolution step with controls or the size formula: the {@link ConvolutionStageView} of the
 * current settings (drawn anew after each change), the output-size formula under it, and the
 * {@link ConvolutionControlsBar}. Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo a change
 * while the step is shown, except in a kernel cell being typed into, which keeps its own undo.
 */
public final class ConvolutionControlsView extends VBox {
    private final ConvolutionControlsViewModel model;
    private final Messages messages;
    private final StackPane stage = new StackPane();
    private final EventHandler<KeyEvent> shortcuts = this::shortcut;

    public ConvolutionControlsView(ConvolutionControlsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("convolution-controls-stage");
        setSpacing(8);
        VBox.setVgrow(stage, Priority.ALWAYS);
        getChildren().add(stage);
        if (model.showsFormula()) {
            getChildren().add(formula());
        }
        if (!model.controls().isEmpty()) {
            getChildren().add(new ConvolutionControlsBar(model, messages));
        }
        model.stageProperty().addListener((obs, old, now) -> showStage());
        showStage();
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
    }

    private void showStage() {
        stage.getChildren().setAll(new ConvolutionStageView(model.stageProperty().get(), messages));
    }

    /** Rows and columns, each on one line that never breaks inside; the two lines wrap between them. */
    private FlowPane formula() {
        Label rows = formulaLine("size-formula-rows");
        rows.textProperty().bind(model.rowsFormulaProperty());
        Label columns = formulaLine("size-formula-columns");
        columns.textProperty().bind(model.columnsFormulaProperty());
        columns.visibleProperty().bind(model.columnsFormulaProperty().isNotEmpty());
        columns.managedProperty().bind(columns.visibleProperty());
        FlowPane line = new FlowPane(32, 4, rows, columns);
        line.setId("size-formula");
        line.setAlignment(Pos.CENTER);
        return line;
    }

    private static Label formulaLine(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("size-formula");
        label.setWrapText(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void shortcut(KeyEvent e) {
        Scene scene = getScene();
        if (!e.isShortcutDown() || model.controls().isEmpty()
                || scene != null && scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.Z && e.isShiftDown() || e.getCode() == KeyCode.Y) {
            model.redo();
            e.consume();
        } else if (e.getCode() == KeyCode.Z) {
            model.undo();
            e.consume();
        }
    }
}
