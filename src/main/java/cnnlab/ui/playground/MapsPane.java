package cnnlab.ui.playground;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.Tensor;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The maps column: the settings, the output-size formula of the selected kernel, and one
 * {@link MapTile} per kernel, redrawn whenever the model computes new maps.
 */
final class MapsPane extends VBox {
    /** Redraws in a new language; held here so the shared language property does not keep this view alive. */
    private final ChangeListener<Language> relabel = (obs, old, now) -> redraw();
    private final PlaygroundViewModel model;
    private final Messages messages;
    private final Label formula = new Label();
    private final FlowPane tiles = new FlowPane(14, 14);
    private final List<MapTile> tileList = new ArrayList<>();

    MapsPane(PlaygroundViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("maps-pane");
        setSpacing(8);
        formula.setId("output-formula");
        formula.getStyleClass().add("formula");
        formula.setWrapText(true);
        tiles.setId("map-tiles");
        getChildren().addAll(new SettingsBar(model, messages), formula, tiles);
        model.mapsProperty().addListener((obs, old, now) -> redraw());
        model.hoverProperty().addListener((obs, old, now) -> redraw());
        model.showNumbersProperty().addListener((obs, old, now) -> redraw());
        messages.languageProperty().addListener(new WeakChangeListener<>(relabel));
        redraw();
    }

    /** The tile of kernel {@code index}, for tests. */
    MapTile tile(int index) {
        return tileList.get(index);
    }

    private void redraw() {
        List<KernelMap> maps = model.mapsProperty().get();
        while (tileList.size() > maps.size()) {
            tileList.remove(tileList.size() - 1);
        }
        while (tileList.size() < maps.size()) {
            tileList.add(new MapTile(tileList.size(), model, messages));
        }
        if (!tiles.getChildren().equals(tileList)) {
            tiles.getChildren().setAll(tileList);
        }
        int selected = model.state().selected();
        for (int i = 0; i < maps.size(); i++) {
            tileList.get(i).show(maps.get(i), i == selected, model.showNumbersProperty().get(), model.hoverProperty().get());
        }
        formula.setText(formulaText(maps, selected));
    }

    private String formulaText(List<KernelMap> maps, int selected) {
        Tensor input = model.inputProperty().get();
        if (input == null || selected >= maps.size() || !maps.get(selected).ok()) {
            return "";
        }
        KernelMap map = maps.get(selected);
        ConvSpec spec = map.conv().spec();
        String text = messages.format("playground.formula", OutputSizeText.rows(spec, input.shape().height()),
                OutputSizeText.columns(spec, input.shape().width()));
        if (map.pool() != null) {
            int size = map.pool().spec().size();
            text += messages.format("playground.formula.pooled",
                    OutputSizeText.pooled(map.beforePool().shape().height(), size),
                    OutputSizeText.pooled(map.beforePool().shape().width(), size));
        }
        return text;
    }
}
