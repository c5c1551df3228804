package cnnlab.ui.network;

import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.LayerSummary;
import cnnlab.engine.Network;
import cnnlab.engine.NetworkSummary;
import cnnlab.engine.Shape;
import cnnlab.lesson.NetworkPreset;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.StillStageViewModel;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The network builder (curriculum rows 10 and 16): an editable list of layers whose summary
 * table, total and first problem follow every edit, each number from the engine's
 * {@link Network#summarize()}. A layer that cannot follow its predecessor gets an error row
 * with the engine's reason; the layers after it wait, unsummarised, until it is fixed.
 */
public final class NetworkBuilderViewModel extends StillStageViewModel {
    private final List<NetworkPreset> presets;
    private final ObservableList<LayerSpec> layers = FXCollections.observableArrayList();
    private final IntegerProperty channels = new SimpleIntegerProperty(this, "channels");
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height");
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width");
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ObservableList<BuilderRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper totalParams = new ReadOnlyLongWrapper(this, "totalParams", -1);
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param network the network shown first
     * @param presets networks the student can load, in menu order
     */
    public NetworkBuilderViewModel(Network network, List<NetworkPreset> presets, Messages messages) {
        super(messages);
        this.presets = List.copyOf(presets);
        load(network);
        InvalidationListener edit = obs -> refresh();
        layers.addListener(edit);
        channels.addListener(edit);
        height.addListener(edit);
        width.addListener(edit);
        refresh();
    }

    @Override
    protected void languageChanged() {
        refresh();
    }

    public List<NetworkPreset> presets() {
        return presets;
    }

    /** The layers being edited, first to last (read-only; edit through this model's methods). */
    public ObservableList<LayerSpec> layers() {
        return FXCollections.unmodifiableObservableList(layers);
    }

    /** Input channels, at least 1. */
    public IntegerProperty channelsProperty() {
        return channels;
    }

    /** Input height, at least 1. */
    public IntegerProperty heightProperty() {
        return height;
    }

    /** Input width, at least 1. */
    public IntegerProperty widthProperty() {
        return width;
    }

    /** The layer the edits apply to, −1 for none; new layers go after it. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** One row per layer, with an error row where a layer cannot follow its predecessor. */
    public ObservableList<BuilderRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The total parameter count, or −1 while a layer cannot follow its predecessor. */
    public ReadOnlyLongProperty totalParamsProperty() {
        return totalParams.getReadOnlyProperty();
    }

    /** "Total: 1,199,882 parameters", or what must be fixed first. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The engine's reason why a layer cannot follow its predecessor, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The network as it stands; it may not summarise (see {@link #problemProperty()}). */
    public Network network() {
        return new Network(new Shape(Math.max(1, channels.get()), Math.max(1, height.get()), Math.max(1, width.get())),
                layers);
    }

    /** Replaces everything with {@code network}; nothing is selected. */
    public void load(Network network) {
        selected.set(-1);
        channels.set(network.input().channels());
        height.set(network.input().height());
        width.set(network.input().width());
        layers.setAll(network.layers());
    }

    /** Adds a fresh layer of {@code type} after the selected one (at the end when none is) and selects it. */
    public void add(String type) {
        int at = selected.get() < 0 ? layers.size() : selected.get() + 1;
        layers.add(at, LayerEdits.fresh(type));
        selected.set(at);
    }

    /** Removes the selected layer; its successor (or the new last layer) becomes selected. */
    public void remove() {
        int at = selected.get();
        if (at >= 0 && at < layers.size()) {
            layers.remove(at);
            selected.set(Math.min(at, layers.size() - 1));
        }
    }

    /** Moves the selected layer one place towards the input ({@code -1}) or the output ({@code +1}). */
    public void move(int direction) {
        int at = selected.get();
        int to = at + Integer.signum(direction);
        if (at >= 0 && at < layers.size() && to >= 0 && to < layers.size()) {
            LayerSpec layer = layers.get(at);
            layers.set(at, layers.get(to));
            layers.set(to, layer);
            selected.set(to);
        }
    }

    /** The selected layer's settings, empty when none is selected. */
    public Map<LayerSetting, Integer> selectedSettings() {
        int at = selected.get();
        return at >= 0 && at < layers.size() ? LayerEdits.settings(layers.get(at)) : Map.of();
    }

    /** Sets one number of the selected layer (clamped to the setting's range). */
    public void change(LayerSetting setting, int value) {
        int at = selected.get();
        if (at >= 0 && at < layers.size()) {
            LayerSpec changed = LayerEdits.with(layers.get(at), setting, value);
            if (!changed.equals(layers.get(at))) {
                layers.set(at, changed);
            }
        }
    }

    private void refresh() {
        NumberFormat grouped = NumberFormat.getIntegerInstance(messages().language().locale());
        List<BuilderRow> result = new ArrayList<>();
        Network network = network();
        NetworkSummary summary;
        String reason = "";
        int good;
        try {
            summary = network.summarize();
            good = layers.size();
        } catch (EngineException e) {
            reason = e.getMessage();
            good = firstFailing(network);
            summary = new Network(network.input(), layers.subList(0, good)).summarize();
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            LayerSummary row = i < good ? summary.layers().get(i) : null;
            result.add(new BuilderRow(i, layer.type(), LayerEdits.describe(layer),
                    row == null ? null : NetworkViewModel.row(row, grouped), i == good ? reason : ""));
        }
        rows.setAll(result);
        problem.set(reason);
        if (reason.isEmpty()) {
            totalParams.set(summary.totalParams());
            total.set(messages().format("network.total", grouped.format(summary.totalParams())));
        } else {
            totalParams.set(-1);
            total.set(messages().format("builder.total.blocked", good + 1));
        }
    }

    /** Index of the first layer the engine cannot summarise. */
    private int firstFailing(Network network) {
        for (int n = 1; n <= layers.size(); n++) {
            try {
                new Network(network.input(), layers.subList(0, n)).summarize();
            } catch (EngineException e) {
                return n - 1;
            }
        }
        return layers.size();
    }
}
