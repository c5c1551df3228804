package cnnlab.ui.playground;

import cnnlab.engine.PaddingRule;
import cnnlab.ui.Controls;
import cnnlab.ui.i18n.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/** Stride, padding, dilation, flip, ReLU and pooling: the controls beside the maps. */
final class SettingsBar extends FlowPane {
    private static final int MAX_STRIDE = 8;
    private static final int MAX_DILATION = 4;
    private static final List<PaddingRule> PADDINGS = List.of(PaddingRule.of(0), PaddingRule.of(1), PaddingRule.of(2),
            PaddingRule.of(3), PaddingRule.SAME);

    private final PlaygroundViewModel model;
    private final Spinner<Integer> stride = new Spinner<>(1, MAX_STRIDE, 1);
    private final ChoiceBox<PaddingRule> padding = new ChoiceBox<>();
    private final Spinner<Integer> dilation = new Spinner<>(1, MAX_DILATION, 1);
    private final CheckBox flip = new CheckBox();
    private final CheckBox relu = new CheckBox();
    private final ChoiceBox<Pooling> pooling = new ChoiceBox<>();
    private boolean refreshing;

    SettingsBar(PlaygroundViewModel model, Messages messages) {
        super(10, 6);
        this.model = model;
        getStyleClass().add("map-settings");
        setAlignment(Pos.CENTER_LEFT);
        stride.setId("setting-stride");
        stride.setPrefWidth(64);
        dilation.setId("setting-dilation");
        dilation.setPrefWidth(64);
        padding.setId("setting-padding");
        padding.getItems().setAll(PADDINGS);
        padding.setConverter(converter(p -> p.same() ? messages.format("playground.padding.same") : p.toString()));
        flip.setId("setting-flip");
        flip.textProperty().bind(messages.text("playground.flip"));
        Controls.tooltip(flip, messages, "playground.flip.tip");
        relu.setId("setting-relu");
        relu.textProperty().bind(messages.text("playground.relu"));
        Controls.tooltip(relu, messages, "playground.relu.tip");
        pooling.setId("setting-pooling");
        pooling.getItems().setAll(Pooling.values());
        pooling.setConverter(converter(p -> messages.format("playground.pooling." + p.name().toLowerCase(java.util.Locale.ROOT))));
        getChildren().addAll(pair(label(messages, "playground.stride"), stride),
                pair(label(messages, "playground.padding"), padding), pair(label(messages, "playground.dilation"), dilation),
                flip, relu, pair(label(messages, "playground.pooling"), pooling));
        stride.valueProperty().addListener((obs, old, now) -> push());
        dilation.valueProperty().addListener((obs, old, now) -> push());
        padding.valueProperty().addListener((obs, old, now) -> push());
        flip.selectedProperty().addListener((obs, old, now) -> push());
        relu.selectedProperty().addListener((obs, old, now) -> push());
        pooling.valueProperty().addListener((obs, old, now) -> push());
        model.stateProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private static Label label(Messages messages, String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        return label;
    }

    /** A label and its control, kept on one line when the bar wraps. */
    private static javafx.scene.layout.HBox pair(Label label, javafx.scene.Node control) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(5, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void push() {
        if (refreshing || padding.getValue() == null || pooling.getValue() == null) {
            return;
        }
        MapSettings current = model.state().settings();
        model.setSettings(new MapSettings(stride.getValue(), padding.getValue(), dilation.getValue(),
                flip.isSelected(), relu.isSelected(), pooling.getValue(), current.poolSize()));
    }

    private void refresh() {
        refreshing = true;
        MapSettings s = model.state().settings();
        stride.getValueFactory().setValue(Math.min(s.stride(), MAX_STRIDE));
        dilation.getValueFactory().setValue(Math.min(s.dilation(), MAX_DILATION));
        if (!padding.getItems().contains(s.padding())) {
            padding.getItems().add(s.padding());
        }
        padding.setValue(s.padding());
        flip.setSelected(s.flip());
        relu.setSelected(s.relu());
        pooling.setValue(s.pooling());
        refreshing = false;
    }
}
