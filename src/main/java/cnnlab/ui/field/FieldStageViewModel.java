package cnnlab.ui.field;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSummary;
import cnnlab.engine.Network;
import cnnlab.engine.ReceptiveField;
import cnnlab.timeline.FieldState;
import cnnlab.timeline.FieldTimeline;
import cnnlab.timeline.Playhead;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.i18n.CaptionText;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.CellPalette;
import cnnlab.ui.stage.StageViewModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The receptive-field stage: every layer of a network (up to its first flatten) as a grid; one
 * focus cell and, lighting up layer by layer down to the input, the cells that feed it. Clicking
 * a cell of any layer makes it the focus and replays the lighting; hovering one shows its whole
 * field at once. Which cells light comes from the engine's walk back through every tap; the
 * sizes in the formula from the engine's closed form.
 */
public final class FieldStageViewModel implements StageViewModel {
    /** Time for one layer to light up at normal speed. */
    public static final double SECONDS_PER_LAYER = 1.0;

    private final Messages messages;
    private final List<ConvSpec> windows;
    private final List<String> names = new ArrayList<>();
    private final int[] heights;
    private final int[] widths;
    private final float[][] blanks;
    private final List<ReadOnlyObjectWrapper<GridPicture>> pictures = new ArrayList<>();
    private final List<ReadOnlyStringWrapper> headings = new ArrayList<>();
    private final List<ReadOnlyStringWrapper> formulas = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Playhead<?>> playheadProperty = new ReadOnlyObjectWrapper<>(this, "playhead");
    private final ReadOnlyObjectWrapper<FieldState> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper focusText = new ReadOnlyStringWrapper(this, "focusText", "");
    private final ReadOnlyIntegerWrapper focusLayer = new ReadOnlyIntegerWrapper(this, "focusLayer");
    private final InvalidationListener languageListener = obs -> refresh();
    private final Runnable playheadListener = this::refresh;
    private Playhead<FieldState> playhead;
    private FieldState preview;

    /**
     * @param network    the layers; convolutions and poolings have windows, element-wise layers pass through
     * @param layerIndex the focus: index in {@code network.layers()} of the layer whose output holds it,
     *                   or −1 for the centre cell of the last spatial layer
     * @param y          row of the focus cell in that layer's output (ignored for −1)
     * @param x          column of the focus cell (ignored for −1)
     * @param messages   the interface texts
     * @throws EngineException when the network has no spatial layer or the focus is outside it
     */
    public FieldStageViewModel(Network network, int layerIndex, int y, int x, Messages messages) {
        this.messages = messages;
        this.windows = FieldTimeline.windowsOf(network);
        if (windows.isEmpty()) {
            throw new EngineException("the network has no convolution or pooling layer to look through");
        }
        List<LayerSummary> summary = network.summarize().layers();
        heights = new int[windows.size() + 1];
        widths = new int[windows.size() + 1];
        heights[0] = network.input().height();
        widths[0] = network.input().width();
        blanks = new float[windows.size() + 1][];
        for (int l = 0; l <= windows.size(); l++) {
            if (l > 0) {
                heights[l] = windows.get(l - 1).outputHeight(heights[l - 1]);
                widths[l] = windows.get(l - 1).outputWidth(widths[l - 1]);
                names.add(summary.get(l - 1).name());
            } else {
                names.add(null);
            }
            blanks[l] = new float[heights[l] * widths[l]];
            pictures.add(new ReadOnlyObjectWrapper<>(this, "layer" + l));
            headings.add(new ReadOnlyStringWrapper(this, "heading" + l, ""));
            formulas.add(new ReadOnlyStringWrapper(this, "formula" + l, ""));
        }
        int last = windows.size();
        if (layerIndex < 0) {
            focusOn(last, heights[last] / 2, widths[last] / 2, false);
        } else {
            if (layerIndex >= windows.size()) {
                throw new EngineException("the focus layer " + layerIndex
                        + " is not a layer with a map (the maps are layers 0 to " + (windows.size() - 1) + ")");
            }
            focusOn(layerIndex + 1, y, x, false);
        }
        messages.languageProperty().addListener(languageListener);
    }

    @Override
    public ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return playheadProperty.getReadOnlyProperty();
    }

    /** The current playhead, typed, for tests. */
    public Playhead<FieldState> playhead() {
        return playhead;
    }

    @Override
    public void dispose() {
        playhead.removeListener(playheadListener);
        messages.languageProperty().removeListener(languageListener);
    }

    /** Layers drawn, the input included. */
    public int layerCount() {
        return windows.size() + 1;
    }

    /** The grid of layer {@code l} (0 is the input) with its lit cells and the focus. */
    public ReadOnlyObjectProperty<GridPicture> picture(int layer) {
        return pictures.get(layer).getReadOnlyProperty();
    }

    /** "conv_1 · 26×26" above each grid. */
    public ReadOnlyStringProperty heading(int layer) {
        return headings.get(layer).getReadOnlyProperty();
    }

    /** The recurrence with this layer's numbers filled in; empty for the input. */
    public ReadOnlyStringProperty formula(int layer) {
        return formulas.get(layer).getReadOnlyProperty();
    }

    /** The state drawn: the playhead's, or the whole field of the hovered cell. */
    public ReadOnlyObjectProperty<FieldState> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Which cell is the focus and how much of the input it sees. */
    public ReadOnlyStringProperty focusTextProperty() {
        return focusText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty focusLayerProperty() {
        return focusLayer.getReadOnlyProperty();
    }

    /** Cell (y, x) of layer {@code l} was clicked: it becomes the focus and its field lights up again. */
    public void click(int layer, int y, int x) {
        if (layer >= 1 && y >= 0 && x >= 0) {
            focusOn(layer, y, x, true);
        }
    }

    /** The mouse is over cell (y, x) of layer {@code l}: show its whole field; (−1, −1) goes back. */
    public void hover(int layer, int y, int x) {
        preview = layer >= 1 && y >= 0 && x >= 0
                ? new FieldTimeline(windows, heights[0], widths[0], layer, y, x, SECONDS_PER_LAYER).complete()
                : null;
        refresh();
    }

    private void focusOn(int layer, int y, int x, boolean play) {
        Playhead<FieldState> next = new Playhead<>(
                new FieldTimeline(windows, heights[0], widths[0], layer, y, x, SECONDS_PER_LAYER));
        if (playhead != null) {
            playhead.removeListener(playheadListener);
        }
        playhead = next;
        playhead.addListener(playheadListener);
        preview = null;
        focusLayer.set(layer);
        playheadProperty.set(playhead);
        if (play) {
            playhead.play();
        }
        refresh();
    }

    private void refresh() {
        FieldState state = preview != null ? preview : playhead.state();
        shown.set(state);
        for (int l = 0; l < layerCount(); l++) {
            pictures.get(l).set(new GridPicture(heights[l], widths[l], blanks[l], 0, 0, 0, 0, null,
                    CellPalette.neutral(), marks(state, l), false));
            headings.get(l).set(l == 0 ? messages.format("field.input", heights[0], widths[0])
                    : messages.format("field.heading", names.get(l), heights[l], widths[l]));
            formulas.get(l).set(l == 0 ? "" : formulaText(l));
        }
        caption.set(CaptionText.format(messages, state.caption()));
        ReceptiveField field = ReceptiveField.of(windows.subList(0, state.focusLayer()));
        focusText.set(messages.format("field.focus", state.focusLayer(), state.focusY() + 1, state.focusX() + 1,
                field.sizeY(), field.sizeX()));
    }

    /** r_l = r_(l−1) + (k_l − 1)·j_(l−1), j_l = j_(l−1)·s_l, with layer l's numbers. */
    private String formulaText(int layer) {
        ReceptiveField before = ReceptiveField.of(windows.subList(0, layer - 1));
        ConvSpec window = windows.get(layer - 1);
        ReceptiveField after = before.then(window);
        return messages.format("field.formula", layer, before.sizeY(), window.spanHeight(), before.jumpY(),
                after.sizeY(), window.stride(), after.jumpY());
    }

    private List<Mark> marks(FieldState state, int layer) {
        List<Mark> marks = new ArrayList<>();
        for (FieldState.LitLayer lit : state.lit()) {
            if (lit.layer() == layer) {
                for (int[] rows : runs(lit.rows())) {
                    for (int[] columns : runs(lit.columns())) {
                        marks.add(new Mark(rows[0], columns[0], rows[1], columns[1], Mark.Style.FIELD));
                    }
                }
            }
        }
        if (layer == state.focusLayer()) {
            marks.add(Mark.cell(state.focusY(), state.focusX(), Mark.Style.FOCUS));
        }
        return marks;
    }

    /** Runs of consecutive set bits as {start, length}, so a field is a few rectangles, not many cells. */
    private static List<int[]> runs(BitSet bits) {
        List<int[]> runs = new ArrayList<>();
        for (int start = bits.nextSetBit(0); start >= 0; ) {
            int end = bits.nextClearBit(start);
            runs.add(new int[] {start, end - start});
            start = bits.nextSetBit(end);
        }
        return runs;
    }
}
