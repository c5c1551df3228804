package cnnlab.ui.playground;

import cnnlab.imaging.ImageChannels;
import cnnlab.imaging.WorkingSize;
import cnnlab.ui.Controls;
import cnnlab.ui.Icons;
import cnnlab.ui.i18n.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The playground's menu bar (File, Edit) and toolbar: open an image or a sample, the working
 * size, grayscale or RGB, binarising with its threshold, undo and redo, numbers, exports. A
 * lesson step's playground, whose input is fixed, shows only the edit and export controls.
 */
final class PlaygroundToolbar extends VBox {
    private final PlaygroundView view;
    private final PlaygroundViewModel model;
    private final Messages messages;
    private final ChoiceBox<WorkingSize> size = new ChoiceBox<>();
    private final ToggleGroup channels = new ToggleGroup();
    private final CheckBox binarize = new CheckBox();
    private final Slider threshold = new Slider(0, 1, 0.5);
    private final Label thresholdValue = new Label();
    private boolean refreshing;

    PlaygroundToolbar(PlaygroundView view, PlaygroundViewModel model, Messages messages) {
        this.view = view;
        this.model = model;
        this.messages = messages;
        getStyleClass().add("playground-toolbar");
        ToolBar tools = new ToolBar();
        if (!model.fixedInput()) {
            getChildren().add(menuBar());
            tools.getItems().addAll(
                    Controls.iconButton("open-image", Icons.OPEN_IMAGE, messages, "playground.open.tip", view::openDialog),
                    samplesButton(), new Separator(), label("playground.size"), sizeChoice(), channelToggles(),
                    binarizeControls(), new Separator());
        }
        ToggleButton numbers = new ToggleButton();
        numbers.setId("toggle-numbers");
        numbers.setGraphic(Icons.NUMBERS.create());
        numbers.textProperty().bind(messages.text("playground.numbers"));
        numbers.setFocusTraversable(false);
        numbers.selectedProperty().bindBidirectional(model.showNumbersProperty());
        Controls.tooltip(numbers, messages, "playground.numbers.tip");
        var undo = Controls.iconButton("undo", Icons.UNDO, messages, "playground.undo.tip", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        var redo = Controls.iconButton("redo", Icons.REDO, messages, "playground.redo.tip", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        tools.getItems().addAll(undo, redo, numbers, exportButton());
        getChildren().add(tools);
        model.imageProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        return label;
    }

    private MenuBar menuBar() {
        Menu file = new Menu();
        file.textProperty().bind(messages.text("playground.menu.file"));
        MenuItem open = item("menu-open", "playground.open", view::openDialog);
        Menu samples = new Menu();
        samples.setId("menu-samples");
        samples.textProperty().bind(messages.text("playground.samples"));
        samples.getItems().addAll(sampleItems("menu-sample-"));
        Menu export = new Menu();
        export.textProperty().bind(messages.text("playground.export"));
        export.getItems().addAll(exportItems("menu-export-"));
        file.getItems().addAll(open, samples, new SeparatorMenuItem(), export);
        Menu edit = new Menu();
        edit.textProperty().bind(messages.text("playground.menu.edit"));
        MenuItem undo = item("menu-undo", "playground.undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("menu-redo", "playground.redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        edit.getItems().addAll(undo, redo);
        MenuBar bar = new MenuBar(file, edit);
        bar.setId("playground-menu");
        return bar;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(messages.text(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private List<MenuItem> sampleItems(String idPrefix) {
        return SampleImages.list().stream().map(path -> {
            MenuItem item = new MenuItem(path.getFileName().toString());
            item.setId(idPrefix + path.getFileName().toString().replace('.', '-'));
            item.setOnAction(e -> model.openImage(path));
            return item;
        }).toList();
    }

    private List<MenuItem> exportItems(String idPrefix) {
        return List.of(item(idPrefix + "map-png", "playground.export.mapPng", () -> view.export("png")),
                item(idPrefix + "map-csv", "playground.export.mapCsv", () -> view.export("csv")),
                item(idPrefix + "input-csv", "playground.export.inputCsv", () -> view.export("input")),
                item(idPrefix + "lesson", "playground.export.lesson", () -> view.export("lesson")));
    }

    private MenuButton samplesButton() {
        MenuButton samples = new MenuButton();
        samples.setId("samples-button");
        samples.setGraphic(Icons.SAMPLES.create());
        samples.textProperty().bind(messages.text("playground.samples"));
        samples.setFocusTraversable(false);
        Controls.tooltip(samples, messages, "playground.samples.tip");
        samples.getItems().addAll(sampleItems("sample-"));
        return samples;
    }

    private MenuButton exportButton() {
        MenuButton export = new MenuButton();
        export.setId("export-button");
        export.setGraphic(Icons.EXPORT.create());
        export.textProperty().bind(messages.text("playground.export"));
        export.setFocusTraversable(false);
        Controls.tooltip(export, messages, "playground.export.tip");
        export.getItems().addAll(exportItems("export-"));
        return export;
    }

    private ChoiceBox<WorkingSize> sizeChoice() {
        size.setId("working-size");
        size.getItems().setAll(WorkingSize.PRESETS);
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkingSize s) {
                return s == null ? "" : s.side() == 0 ? messages.format("playground.size.full", WorkingSize.FULL_LIMIT)
                        : s.toString();
            }

            @Override
            public WorkingSize fromString(String s) {
                return null;
            }
        });
        Controls.tooltip(size, messages, "playground.size.tip");
        size.valueProperty().addListener((obs, old, now) -> {
            if (!refreshing && now != null) {
                model.setImageSetup(model.imageProperty().get().withSize(now));
            }
        });
        return size;
    }

    private javafx.scene.layout.HBox channelToggles() {
        ToggleButton gray = new ToggleButton();
        gray.setId("channels-gray");
        gray.textProperty().bind(messages.text("playground.gray"));
        gray.setUserData(ImageChannels.GRAYSCALE);
        ToggleButton rgb = new ToggleButton();
        rgb.setId("channels-rgb");
        rgb.textProperty().bind(messages.text("playground.rgb"));
        rgb.setUserData(ImageChannels.RGB);
        for (ToggleButton b : List.of(gray, rgb)) {
            b.setToggleGroup(channels);
            b.setFocusTraversable(false);
            Controls.tooltip(b, messages, "playground.channels.tip");
        }
        channels.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                channels.selectToggle(old);
            } else if (!refreshing) {
                model.setImageSetup(model.imageProperty().get().withChannels((ImageChannels) now.getUserData()));
            }
        });
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(gray, rgb);
        box.getStyleClass().add("segmented");
        return box;
    }

    private javafx.scene.layout.HBox binarizeControls() {
        binarize.setId("binarize");
        binarize.textProperty().bind(messages.text("playground.binarize"));
        Controls.tooltip(binarize, messages, "playground.binarize.tip");
        threshold.setId("threshold");
        threshold.setPrefWidth(110);
        Controls.tooltip(threshold, messages, "playground.threshold.tip");
        threshold.disableProperty().bind(binarize.selectedProperty().not());
        thresholdValue.setMinWidth(32);
        binarize.selectedProperty().addListener((obs, old, now) -> pushThreshold());
        threshold.valueProperty().addListener((obs, old, now) -> {
            thresholdValue.setText(String.format(java.util.Locale.ROOT, "%.2f", now.doubleValue()));
            pushThreshold();
        });
        thresholdValue.setText("0.50");
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, binarize, threshold, thresholdValue);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void pushThreshold() {
        if (!refreshing) {
            float value = binarize.isSelected() ? (float) (Math.round(threshold.getValue() * 100) / 100.0) : Float.NaN;
            model.setImageSetup(model.imageProperty().get().withThreshold(value));
        }
    }

    private void refresh() {
        refreshing = true;
        ImageSetup setup = model.imageProperty().get();
        size.setValue(setup.size());
        channels.getToggles().stream().filter(t -> t.getUserData() == setup.channels()).findFirst()
                .ifPresent(channels::selectToggle);
        binarize.setSelected(setup.binarizes());
        if (setup.binarizes()) {
            threshold.setValue(setup.threshold());
        }
        refreshing = false;
    }
}
