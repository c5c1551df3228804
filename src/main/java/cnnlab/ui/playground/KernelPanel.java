package cnnlab.ui.playground;

import cnnlab.engine.Shape;
import cnnlab.imaging.NumberText;
import cnnlab.ui.Controls;
import cnnlab.ui.Icons;
import cnnlab.ui.i18n.Messages;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The filter bank and the editor of its selected kernel: one button per kernel (plus add and
 * remove), the kernel's size, its channel for RGB input, presets, the whole-kernel edits, the
 * weights and the bias.
 */
final class KernelPanel extends VBox {
    private static final String[] CHANNEL_KEYS = {"conv.channel.red", "conv.channel.green", "conv.channel.blue"};

    private final PlaygroundViewModel model;
    private final Messages messages;
    private final HBox bank = new HBox(4);
    private final ToggleGroup bankGroup = new ToggleGroup();
    private final Spinner<Integer> rows = new Spinner<>(Kernel.MIN_SIDE, Kernel.MAX_SIDE, 3);
    private final Spinner<Integer> columns = new Spinner<>(Kernel.MIN_SIDE, Kernel.MAX_SIDE, 3);
    private final ChoiceBox<Integer> plane = new ChoiceBox<>();
    private final HBox planeBox;
    private final TextField bias = new TextField();
    private boolean refreshing;

    KernelPanel(PlaygroundViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("kernel-panel");
        setSpacing(8);
        Label heading = new Label();
        heading.getStyleClass().add("panel-heading");
        heading.textProperty().bind(messages.text("playground.kernels"));
        bank.setAlignment(Pos.CENTER_LEFT);
        bank.setId("kernel-bank");

        rows.setId("kernel-rows");
        columns.setId("kernel-columns");
        for (Spinner<Integer> spinner : java.util.List.of(rows, columns)) {
            spinner.setPrefWidth(64);
            spinner.valueProperty().addListener((obs, old, now) -> {
                if (!refreshing) {
                    model.resize(rows.getValue(), columns.getValue());
                }
            });
        }
        plane.setId("kernel-plane");
        plane.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer c) {
                return c == null ? "" : c < CHANNEL_KEYS.length ? messages.format(CHANNEL_KEYS[c]) : Integer.toString(c + 1);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        plane.valueProperty().addListener((obs, old, now) -> {
            if (!refreshing && now != null) {
                model.setEditPlane(now);
            }
        });
        planeBox = new HBox(6, label("playground.kernel.plane"), plane);
        planeBox.setAlignment(Pos.CENTER_LEFT);
        planeBox.managedProperty().bind(planeBox.visibleProperty());
        HBox size = new HBox(6, label("playground.kernel.rows"), rows, label("playground.kernel.columns"), columns,
                planeBox);
        size.setAlignment(Pos.CENTER_LEFT);

        bias.setId("kernel-bias");
        bias.setPrefColumnCount(5);
        Controls.tooltip(bias, messages, "playground.bias.tip");
        bias.setOnAction(e -> commitBias());
        bias.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitBias();
            }
        });
        HBox biasRow = new HBox(6, label("playground.bias"), bias);
        biasRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(heading, bank, size, presets(), edits(), new KernelEditor(model, messages), biasRow);
        model.stateProperty().addListener((obs, old, now) -> refresh());
        model.editPlaneProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        return label;
    }

    private MenuButton presets() {
        MenuButton presets = new MenuButton();
        presets.setId("kernel-presets");
        presets.textProperty().bind(messages.text("playground.presets"));
        Controls.tooltip(presets, messages, "playground.presets.tip");
        for (String name : KernelTransforms.presetNames()) {
            MenuItem item = new MenuItem();
            item.setId("preset-" + name);
            item.textProperty().bind(messages.text("preset." + name));
            item.setOnAction(e -> model.applyPreset(name));
            presets.getItems().add(item);
        }
        return presets;
    }

    private FlowPane edits() {
        FlowPane edits = new FlowPane(4, 4,
                textButton("kernel-normalize", "playground.normalize", model::normalize),
                textButton("kernel-flip", "playground.flipKernel", model::flip),
                textButton("kernel-transpose", "playground.transpose", model::transpose),
                textButton("kernel-double", "playground.double", () -> model.scale(2)),
                textButton("kernel-half", "playground.half", () -> model.scale(0.5f)),
                textButton("kernel-clear", "playground.clear", model::clear));
        edits.setPrefWrapLength(340);
        return edits;
    }

    private Button textButton(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(messages.text(key));
        Controls.tooltip(button, messages, key + ".tip");
        button.setOnAction(e -> action.run());
        return button;
    }

    private void commitBias() {
        if (refreshing || bias.getText().strip().equals(NumberText.format(model.state().selectedKernel().bias()))) {
            return;
        }
        Optional<String> refused = model.typeBias(bias.getText());
        if (refused.isPresent()) {
            bias.setText(NumberText.format(model.state().selectedKernel().bias()));
            bias.getTooltip().textProperty().unbind();
            bias.getTooltip().setText(refused.get());
            if (!bias.getStyleClass().contains("refused")) {
                bias.getStyleClass().add("refused");
            }
        } else {
            bias.getStyleClass().remove("refused");
            Controls.tooltip(bias, messages, "playground.bias.tip");
        }
    }

    private void refresh() {
        refreshing = true;
        PlaygroundState state = model.state();
        if (bank.getChildren().size() != state.kernels().size() + 2) {
            rebuildBank(state.kernels().size());
        }
        ((ToggleButton) bank.getChildren().get(state.selected())).setSelected(true);
        Shape shape = state.selectedKernel().shape();
        rows.getValueFactory().setValue(shape.height());
        columns.getValueFactory().setValue(shape.width());
        planeBox.setVisible(shape.channels() > 1);
        if (plane.getItems().size() != shape.channels()) {
            plane.getItems().setAll(java.util.stream.IntStream.range(0, shape.channels()).boxed().toList());
        }
        plane.setValue(Math.min(model.editPlaneProperty().get(), shape.channels() - 1));
        String biasText = NumberText.format(state.selectedKernel().bias());
        if (!bias.isFocused() && !bias.getText().equals(biasText)) {
            bias.setText(biasText);
        }
        refreshing = false;
    }

    private void rebuildBank(int count) {
        bank.getChildren().clear();
        bankGroup.getToggles().clear();
        for (int i = 0; i < count; i++) {
            int index = i;
            ToggleButton button = new ToggleButton(Integer.toString(i + 1));
            button.setId("kernel-tab-" + i);
            button.getStyleClass().add("kernel-tab");
            button.setToggleGroup(bankGroup);
            button.setFocusTraversable(false);
            Controls.tooltip(button, messages, "playground.kernel.tip");
            button.setOnAction(e -> {
                button.setSelected(true);
                model.select(index);
            });
            bank.getChildren().add(button);
        }
        bank.getChildren().addAll(
                Controls.iconButton("kernel-add", Icons.ADD, messages, "playground.kernel.add.tip", model::addKernel),
                Controls.iconButton("kernel-remove", Icons.REMOVE, messages, "playground.kernel.remove.tip",
                        () -> model.removeKernel(model.state().selected())));
    }
}
