package cnnlab.ui.network;

import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSummary;
import cnnlab.engine.Network;
import cnnlab.engine.NetworkSummary;
import cnnlab.engine.ReceptiveField;
import cnnlab.timeline.Playhead;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.StageViewModel;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The model summary table of a network, every number from the engine's {@link NetworkSummary}. Read-only. */
public final class NetworkViewModel implements StageViewModel {

    /**
     * One row of the table, as text.
     *
     * @param name   the layer's name
     * @param type   its type word
     * @param shape  the output shape, height × width × channels, or the length once flattened
     * @param params trainable parameters, grouped by thousands
     * @param field  the receptive field in input cells, empty once flattened
     * @param jump   input cells between neighbouring outputs, empty once flattened
     */
    public record Row(String name, String type, String shape, String params, String field, String jump) {
    }

    private final Network network;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Playhead<?>> noAnimation = new ReadOnlyObjectWrapper<>(this, "playhead");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyStringWrapper input = new ReadOnlyStringWrapper(this, "input", "");
    private final InvalidationListener languageListener = obs -> refresh();

    /** @throws EngineException naming the layer that cannot follow its input */
    public NetworkViewModel(Network network, Messages messages) {
        this.network = network;
        this.messages = messages;
        network.summarize();
        messages.languageProperty().addListener(languageListener);
        refresh();
    }

    @Override
    public ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return noAnimation.getReadOnlyProperty();
    }

    @Override
    public void dispose() {
        messages.languageProperty().removeListener(languageListener);
    }

    /** One row per layer, first layer first. */
    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** "Total: 1,199,882 parameters". */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "Input: 28×28×1". */
    public ReadOnlyStringProperty inputProperty() {
        return input.getReadOnlyProperty();
    }

    private void refresh() {
        NetworkSummary summary = network.summarize();
        NumberFormat grouped = NumberFormat.getIntegerInstance(messages.language().locale());
        rows.setAll(summary.layers().stream().map(layer -> row(layer, grouped)).toList());
        total.set(messages.format("network.total", grouped.format(summary.totalParams())));
        input.set(messages.format("network.input", summary.input().height() + "×" + summary.input().width() + "×"
                + summary.input().channels()));
    }

    /** The table row of one layer summary, numbers grouped as {@code grouped} does. */
    static Row row(LayerSummary layer, NumberFormat grouped) {
        List<Integer> shape = layer.outputShape();
        String shapeText = shape.size() == 3 ? shape.get(1) + "×" + shape.get(2) + "×" + shape.get(0)
                : shape.stream().map(grouped::format).collect(Collectors.joining("×"));
        ReceptiveField field = layer.field();
        return new Row(layer.name(), layer.type(), shapeText, grouped.format(layer.params()),
                field == null ? "" : pair(field.sizeY(), field.sizeX()),
                field == null ? "" : pair(field.jumpY(), field.jumpX()));
    }

    private static String pair(int y, int x) {
        return y + "×" + x;
    }
}
