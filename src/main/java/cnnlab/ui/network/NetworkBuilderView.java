package cnnlab.ui.network;

import cnnlab.lesson.NetworkPreset;
import cnnlab.ui.Icons;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.WholeNumberConverter;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The network builder: the input size, presets, add / remove / move buttons, the layer table
 * with an error row where a layer cannot follow, the selected layer's numbers, and the total.
 */
public final class NetworkBuilderView extends VBox {
    private final NetworkBuilderViewModel model;
    private final Messages messages;
    private final TableView<BuilderRow> table;
    private final FlowPane editor = new FlowPane(12, 6);

    public NetworkBuilderView(NetworkBuilderViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().addAll("stage", "network-stage", "builder-stage");
        setSpacing(8);

        HBox input = new HBox(6, label("builder.input"), spinner("builder-channels", model.channelsProperty(), 1, 4096),
                new Label("×"), spinner("builder-height", model.heightProperty(), 1, 4096), new Label("×"),
                spinner("builder-width", model.widthProperty(), 1, 4096));
        input.setAlignment(Pos.CENTER_LEFT);
        MenuButton presets = new MenuButton();
        presets.setId("builder-presets");
        presets.textProperty().bind(messages.text("builder.presets"));
        for (NetworkPreset preset : model.presets()) {
            MenuItem item = new MenuItem(preset.name());
            item.setOnAction(e -> model.load(preset.network()));
            presets.getItems().add(item);
        }
        presets.setVisible(!model.presets().isEmpty());
        MenuButton add = new MenuButton();
        add.setId("builder-add");
        add.setGraphic(Icons.ADD.create());
        add.textProperty().bind(messages.text("builder.add"));
        for (String type : LayerEdits.TYPES) {
            MenuItem item = new MenuItem(type);
            item.setId("builder-add-" + type);
            item.setOnAction(e -> model.add(type));
            add.getItems().add(item);
        }
        Button remove = button("builder-remove", Icons.REMOVE, "builder.remove.tip", () -> model.remove());
        Button up = button("builder-up", Icons.MOVE_UP, "builder.up.tip", () -> model.move(-1));
        Button down = button("builder-down", Icons.MOVE_DOWN, "builder.down.tip", () -> model.move(1));
        remove.disableProperty().bind(model.selectedProperty().lessThan(0));
        up.disableProperty().bind(model.selectedProperty().lessThan(1));
        down.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() < 0
                || model.selectedProperty().get() >= model.layers().size() - 1, model.selectedProperty(), model.layers()));
        HBox tools = new HBox(8, input, presets, add, remove, up, down);
        tools.setAlignment(Pos.CENTER_LEFT);

        table = new TableView<>(model.rows());
        table.setId("builder-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(NetworkTableView.column(messages, "builder.column.index", r -> String.valueOf(r.index() + 1)));
        table.getColumns().add(NetworkTableView.column(messages, "network.column.name",
                r -> r.summaryText(NetworkViewModel.Row::name)));
        table.getColumns().add(NetworkTableView.column(messages, "network.column.type", BuilderRow::type));
        table.getColumns().add(NetworkTableView.column(messages, "builder.column.settings", BuilderRow::settings));
        table.getColumns().add(NetworkTableView.column(messages, "network.column.shape",
                r -> r.failed() ? "✗ " + r.reason() : r.summaryText(NetworkViewModel.Row::shape)));
        table.getColumns().add(NetworkTableView.column(messages, "network.column.params",
                r -> r.summaryText(NetworkViewModel.Row::params)));
        table.getColumns().add(NetworkTableView.column(messages, "network.column.field",
                r -> r.summaryText(NetworkViewModel.Row::field)));
        table.getColumns().get(0).setMaxWidth(40);
        table.getColumns().get(4).setPrefWidth(220);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BuilderRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("error-row", "waiting-row");
                if (!empty && row != null && row.failed()) {
                    getStyleClass().add("error-row");
                    setTooltip(new Tooltip(row.problem()));
                } else {
                    if (!empty && row != null && row.summary() == null) {
                        getStyleClass().add("waiting-row");
                    }
                    setTooltip(null);
                }
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.selectedProperty().set(now.intValue());
            }
        });
        model.rows().addListener((ListChangeListener<BuilderRow>) change -> reselect());
        model.selectedProperty().addListener((obs, old, now) -> {
            reselect();
            showEditor();
        });
        model.layers().addListener((ListChangeListener<Object>) change -> showEditor());
        VBox.setVgrow(table, Priority.ALWAYS);

        editor.setId("builder-editor");
        editor.setAlignment(Pos.CENTER_LEFT);
        showEditor();
        Label problem = new Label();
        problem.setId("builder-problem");
        problem.getStyleClass().add("builder-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label total = new Label();
        total.setId("builder-total");
        total.getStyleClass().add("sum-line");
        total.textProperty().bind(model.totalProperty());
        getChildren().addAll(tools, table, editor, problem, total);
    }

    private void reselect() {
        int at = model.selectedProperty().get();
        if (at != table.getSelectionModel().getSelectedIndex()) {
            if (at < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(at);
            }
        }
    }

    /** One spinner per number of the selected layer. */
    private void showEditor() {
        editor.getChildren().clear();
        Map<LayerSetting, Integer> settings = model.selectedSettings();
        int at = model.selectedProperty().get();
        if (at < 0 || at >= model.layers().size()) {
            editor.getChildren().add(label("builder.selectHint"));
            return;
        }
        editor.getChildren().add(new Label(messages.format("builder.editing", at + 1, model.layers().get(at).type())));
        if (settings.isEmpty()) {
            editor.getChildren().add(label("builder.noSettings"));
        }
        settings.forEach((setting, value) -> {
            SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                    new SpinnerValueFactory.IntegerSpinnerValueFactory(setting.min(), setting.max(), value);
            factory.setConverter(new WholeNumberConverter(factory, setting == LayerSetting.PADDING ? LayerSetting.SAME_PADDING : null));
            Spinner<Integer> spinner = new Spinner<>(factory);
            spinner.setId("builder-setting-" + setting.name().toLowerCase(java.util.Locale.ROOT));
            spinner.setEditable(true);
            spinner.setPrefWidth(setting == LayerSetting.UNITS || setting == LayerSetting.FILTERS ? 96 : 80);
            spinner.valueProperty().addListener((obs, old, now) -> model.change(setting, now));
            HBox pair = new HBox(4, label(setting.messageKey()), spinner);
            pair.setAlignment(Pos.CENTER_LEFT);
            editor.getChildren().add(pair);
        });
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        return label;
    }

    private static Spinner<Integer> spinner(String id, javafx.beans.property.IntegerProperty value, int min, int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get());
        factory.setConverter(new WholeNumberConverter(factory, null));
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        spinner.valueProperty().addListener((obs, old, now) -> value.set(now));
        value.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

    private Button button(String id, Icons icon, String tipKey, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(icon.create());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text(tipKey));
        button.setTooltip(tip);
        button.setOnAction(e -> action.run());
        return button;
    }
}
