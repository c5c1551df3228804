package cnnlab.ui.conv;

import cnnlab.engine.PaddingRule;
import cnnlab.lesson.Control;
import cnnlab.lesson.ConvolutionLayer;
import cnnlab.ui.Controls;
import cnnlab.ui.Icons;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.playground.KernelEditor;
import cnnlab.ui.stage.WholeNumberConverter;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The controls a convolution step declares, in the order it lists them: stride, padding and
 * dilation spinners (↑/↓ change them), flip and ReLU switches (space), the kernel's weights, and
 * undo/redo. A refused change snaps its control back and says why on the line below.
 */
final class ConvolutionControlsBar extends VBox {
    /** The padding spinner's value that stands for "same". */
    private static final int SAME = -1;

    private final ConvolutionControlsViewModel model;
    private final Messages messages;
    private final FlowPane row = new FlowPane(18, 8);
    private Spinner<Integer> stride;
    private Spinner<Integer> padding;
    private Spinner<Integer> dilation;
    private CheckBox flip;
    private CheckBox relu;
    private boolean refreshing;

    ConvolutionControlsBar(ConvolutionControlsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("convolution-controls");
        getStyleClass().add("convolution-controls");
        setSpacing(4);
        row.setAlignment(Pos.CENTER);
        row.setRowValignment(VPos.CENTER);
        for (Control control : model.controls()) {
            row.getChildren().add(controlOf(control));
        }
        row.getChildren().add(history());
        Label refusal = new Label();
        refusal.setId("control-refusal");
        refusal.getStyleClass().add("kernel-refusal");
        refusal.textProperty().bind(model.refusalProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        refusal.setMaxWidth(Double.MAX_VALUE);
        refusal.setAlignment(Pos.CENTER);
        getChildren().addAll(row, refusal);
        model.layerProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private Node controlOf(Control control) {
        switch (control) {
            case STRIDE:
                stride = spinner("control-stride", 1, model::setStride);
                return labelled("playground.stride", "controls.stride.tip", stride);
            case PADDING:
                padding = spinner("control-padding", model.offersSamePadding() ? SAME : 0,
                        p -> model.setPadding(p == SAME ? PaddingRule.SAME : PaddingRule.of(p)));
                padding.getValueFactory().setConverter(new WholeNumberConverter(padding.getValueFactory(), SAME));
                return labelled("playground.padding", "controls.padding.tip", padding);
            case DILATION:
                dilation = spinner("control-dilation", 1, model::setDilation);
                return labelled("playground.dilation", "controls.dilation.tip", dilation);
            case FLIP:
                flip = toggle("control-flip", "playground.flip", "playground.flip.tip", model::setFlip);
                return flip;
            case RELU:
                relu = toggle("control-relu", "playground.relu", "playground.relu.tip", model::setRelu);
                return relu;
            default:
                return kernel();
        }
    }

    /** A spinner from {@code min}, not typed into, so ↑/↓ change it and every value is one the engine was asked about. */
    private Spinner<Integer> spinner(String id, int min, Function<Integer, Optional<String>> set) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, min, min));
        spinner.setId(id);
        spinner.setEditable(false);
        spinner.setPrefWidth(84);
        spinner.valueProperty().addListener((obs, old, now) -> {
            if (!refreshing && now != null && set.apply(now).isPresent()) {
                refresh();
            }
        });
        return spinner;
    }

    private CheckBox toggle(String id, String textKey, String tipKey, Function<Boolean, Optional<String>> set) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.textProperty().bind(messages.text(textKey));
        Controls.tooltip(box, messages, tipKey);
        box.selectedProperty().addListener((obs, old, now) -> {
            if (!refreshing && set.apply(now).isPresent()) {
                refresh();
            }
        });
        return box;
    }

    private HBox labelled(String textKey, String tipKey, Spinner<Integer> spinner) {
        Label label = new Label();
        label.textProperty().bind(messages.text(textKey));
        label.setLabelFor(spinner);
        Controls.tooltip(spinner, messages, tipKey);
        HBox pair = new HBox(6, label, spinner);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    /** The kernel editor, with a choice of filter or input plane when there are several. */
    private Node kernel() {
        Label heading = new Label();
        heading.getStyleClass().add("grid-heading");
        heading.textProperty().bind(messages.text("controls.kernel"));
        HBox top = new HBox(8, heading);
        top.setAlignment(Pos.CENTER_LEFT);
        if (model.filters() > 1) {
            Spinner<Integer> filter = new Spinner<>(1, model.filters(), 1);
            filter.setId("control-kernel-filter");
            filter.setPrefWidth(70);
            Controls.tooltip(filter, messages, "controls.kernel.filter.tip");
            filter.valueProperty().addListener((obs, old, now) -> model.editKernel(now - 1));
            top.getChildren().add(filter);
        }
        int channels = model.setup().conv().inputChannels();
        if (channels > 1) {
            Spinner<Integer> plane = new Spinner<>(1, channels, 1);
            plane.setId("control-kernel-plane");
            plane.setPrefWidth(70);
            Controls.tooltip(plane, messages, "controls.kernel.plane.tip");
            plane.valueProperty().addListener((obs, old, now) -> model.setEditPlane(now - 1));
            top.getChildren().add(plane);
        }
        VBox box = new VBox(4, top, new KernelEditor(model, messages));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox history() {
        var undo = Controls.iconButton("control-undo", Icons.UNDO, messages, "playground.undo.tip", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        var redo = Controls.iconButton("control-redo", Icons.REDO, messages, "playground.redo.tip", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        HBox box = new HBox(2, undo, redo);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Shows the current settings and their bounds. */
    private void refresh() {
        refreshing = true;
        ConvolutionLayer now = model.layerProperty().get();
        ControlBounds bounds = model.boundsProperty().get();
        if (stride != null) {
            set(stride, bounds.maxStride(), now.stride());
        }
        if (padding != null) {
            set(padding, bounds.maxPadding(), now.padding().same() ? SAME : now.padding().amount());
        }
        if (dilation != null) {
            set(dilation, bounds.maxDilation(), now.dilation());
        }
        if (flip != null) {
            flip.setSelected(now.flip());
        }
        if (relu != null) {
            relu.setSelected(now.relu());
        }
        refreshing = false;
    }

    private static void set(Spinner<Integer> spinner, int max, int value) {
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        factory.setMax(max);
        factory.setValue(value);
    }
}
