package cnnlab.ui.pool;

import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolCell;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.PoolTap;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.timeline.CellTimeline;
import cnnlab.timeline.Pace;
import cnnlab.timeline.ParallelTimeline;
import cnnlab.timeline.Phase;
import cnnlab.timeline.Playhead;
import cnnlab.timeline.PoolState;
import cnnlab.timeline.PoolTimeline;
import cnnlab.timeline.Walk;
import cnnlab.ui.grid.CellColors;
import cnnlab.ui.grid.CellText;
import cnnlab.ui.grid.GridPicture;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.i18n.CaptionText;
import cnnlab.ui.i18n.Messages;
import cnnlab.ui.stage.Carry;
import cnnlab.ui.stage.CellPalette;
import cnnlab.ui.stage.Planes;
import cnnlab.ui.stage.SlideMarks;
import cnnlab.ui.stage.StageViewModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The pooling stage: one panel per pooling kind (max, average, or both side by side), all driven
 * by one playhead over the engine's pooling traces, so both windows always sit on the same cell.
 */
public final class PoolingStageViewModel implements StageViewModel {
    private final Messages messages;
    private final Playhead<List<PoolState>> playhead;
    private final ReadOnlyObjectWrapper<Playhead<?>> playheadProperty;
    private final Shape mapShape;
    private final Shape outputShape;
    private final float[][] mapPlanes;
    private final CellColors colors;
    private final float scale;
    private final List<Panel> panels = new ArrayList<>();
    private final InvalidationListener languageListener = obs -> refresh();
    private final Runnable playheadListener = this::refresh;

    /** What one pooling kind shows; every property read-only to the views. */
    public static final class Panel {
        private final int index;
        private final PoolSpec spec;
        private final float[][] outputPlanes;
        private final List<ReadOnlyObjectWrapper<GridPicture>> inputs = new ArrayList<>();
        private final List<ReadOnlyObjectWrapper<GridPicture>> outputs = new ArrayList<>();
        private final ReadOnlyObjectWrapper<String> caption = new ReadOnlyObjectWrapper<>(this, "caption", "");
        private final ReadOnlyObjectWrapper<String> result = new ReadOnlyObjectWrapper<>(this, "result", "");
        private final ReadOnlyObjectWrapper<String> heading = new ReadOnlyObjectWrapper<>(this, "heading", "");
        private final ReadOnlyObjectWrapper<Carry> carry = new ReadOnlyObjectWrapper<>(this, "carry");

        private Panel(int index, PoolSpec spec, float[][] outputPlanes, int channels) {
            this.index = index;
            this.spec = spec;
            this.outputPlanes = outputPlanes;
            for (int c = 0; c < channels; c++) {
                inputs.add(new ReadOnlyObjectWrapper<>(this, "input" + c));
                outputs.add(new ReadOnlyObjectWrapper<>(this, "output" + c));
            }
        }

        public PoolKind kind() {
            return spec.kind();
        }

        public PoolSpec spec() {
            return spec;
        }

        /** Grid key of channel {@code c} of the pooled map, for {@link Carry}. */
        public String inputGrid(int channel) {
            return "pool" + index + ":input:" + channel;
        }

        /** Grid key of channel {@code c} of the pooled output. */
        public String outputGrid(int channel) {
            return "pool" + index + ":output:" + channel;
        }

        public ReadOnlyObjectProperty<GridPicture> input(int channel) {
            return inputs.get(channel).getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<GridPicture> output(int channel) {
            return outputs.get(channel).getReadOnlyProperty();
        }

        /** The pooled values of one channel as the engine computed them; a copy. */
        public float[] outputValues(int channel) {
            return outputPlanes[channel].clone();
        }

        public ReadOnlyObjectProperty<String> captionProperty() {
            return caption.getReadOnlyProperty();
        }

        /** "max = 3" or "mean of 4 cells = 0.25" once the result is known, else empty. */
        public ReadOnlyObjectProperty<String> resultProperty() {
            return result.getReadOnlyProperty();
        }

        /** "2×2 max pooling, stride 2". */
        public ReadOnlyObjectProperty<String> headingProperty() {
            return heading.getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<Carry> carryProperty() {
            return carry.getReadOnlyProperty();
        }
    }

    /**
     * @param map      the map the windows slide over (every channel pooled separately)
     * @param pools    one pooling, or max and average to show side by side (same window)
     * @param walk     which output cells to animate phase by phase
     * @param pace     how fast
     * @param messages the interface texts
     * @throws cnnlab.engine.EngineException when a window does not fit the map
     * @throws IllegalArgumentException when the poolings differ in window, so cannot share a schedule
     */
    public PoolingStageViewModel(Tensor map, List<Pool2d> pools, Walk walk, Pace pace, Messages messages) {
        this.messages = messages;
        this.mapShape = map.shape();
        this.mapPlanes = Planes.of(map);
        List<CellTimeline<PoolState>> timelines = new ArrayList<>();
        Shape out = null;
        for (int i = 0; i < pools.size(); i++) {
            Pool2d pool = pools.get(i);
            timelines.add(new PoolTimeline(pool.trace(map), walk, pace));
            Tensor pooled = pool.apply(map);
            out = pooled.shape();
            panels.add(new Panel(i, pool.spec(), Planes.of(pooled), mapShape.channels()));
        }
        this.outputShape = out;
        this.playhead = new Playhead<>(new ParallelTimeline<>(timelines));
        this.playheadProperty = new ReadOnlyObjectWrapper<>(this, "playhead", playhead);
        this.scale = CellPalette.scaleOf(mapPlanes);
        this.colors = CellPalette.diverging(scale);
        playhead.addListener(playheadListener);
        messages.languageProperty().addListener(languageListener);
        refresh();
    }

    @Override
    public ReadOnlyObjectProperty<Playhead<?>> playheadProperty() {
        return playheadProperty.getReadOnlyProperty();
    }

    /** The playhead, typed, for tests. */
    public Playhead<List<PoolState>> playhead() {
        return playhead;
    }

    @Override
    public void dispose() {
        playhead.removeListener(playheadListener);
        messages.languageProperty().removeListener(languageListener);
    }

    public List<Panel> panels() {
        return List.copyOf(panels);
    }

    public Shape mapShape() {
        return mapShape;
    }

    public Shape outputShape() {
        return outputShape;
    }

    /** The largest |value| of the map, the colour legend's end. */
    public float scale() {
        return scale;
    }

    /** The mouse is over output cell (y, x) of channel {@code c}: jump to the moment it is complete. */
    public void hoverOutput(int channel, int y, int x) {
        if (y < 0 || x < 0) {
            return;
        }
        playhead.pause();
        playhead.seekToCell(channel, y, x);
    }

    private void refresh() {
        List<PoolState> states = playhead.state();
        for (int i = 0; i < panels.size(); i++) {
            Panel panel = panels.get(i);
            PoolState now = states.get(i);
            PoolCell cell = now.cell();
            for (int c = 0; c < mapShape.channels(); c++) {
                panel.inputs.get(c).set(inputPicture(panel, now, c));
                BitSet revealed = SlideMarks.revealedIn(now.slide(), c, outputShape.planeSize());
                List<Mark> marks = cell.channel() == c ? List.of(Mark.cell(cell.outY(), cell.outX(), Mark.Style.FOCUS))
                        : List.of();
                panel.outputs.get(c).set(new GridPicture(outputShape.height(), outputShape.width(),
                        panel.outputPlanes[c], 0, 0, 0, 0, revealed, colors, marks, true));
            }
            panel.caption.set(CaptionText.format(messages, now.caption()));
            panel.result.set(now.resultShown() ? resultText(now) : "");
            PoolSpec spec = panel.spec;
            panel.heading.set(messages.format(spec.kind() == PoolKind.MAX ? "pool.heading.max" : "pool.heading.avg",
                    spec.size(), spec.stride()));
            panel.carry.set(carryOf(panel, now));
        }
    }

    private String resultText(PoolState now) {
        PoolCell cell = now.cell();
        if (now.kind() == PoolKind.MAX) {
            return messages.format("pool.result.max", CellText.format(cell.value()));
        }
        long real = cell.taps().stream().filter(t -> !t.padding()).count();
        return messages.format("pool.result.avg", real, CellText.format(cell.value()));
    }

    private GridPicture inputPicture(Panel panel, PoolState now, int channel) {
        PoolSpec spec = panel.spec;
        List<Mark> marks = new ArrayList<>();
        PoolCell cell = now.cell();
        if (cell.channel() == channel) {
            marks.addAll(SlideMarks.skipped(now.slide()));
            for (PoolTap tap : now.highlightedTaps()) {
                if (!tap.padding()) {
                    marks.add(Mark.cell(tap.inputY(), tap.inputX(), Mark.Style.FIELD));
                }
            }
            if (now.winner() >= 0) {
                PoolTap winner = cell.taps().get(now.winner());
                marks.add(Mark.cell(winner.inputY(), winner.inputX(), Mark.Style.FOCUS));
            }
            marks.add(SlideMarks.window(now.slide()));
        }
        int p = spec.padding();
        return new GridPicture(mapShape.height(), mapShape.width(), mapPlanes[channel], p, p, p, p, null, colors,
                marks, true);
    }

    private Carry carryOf(Panel panel, PoolState now) {
        if (now.slide().phase() != Phase.CARRY_RESULT) {
            return null;
        }
        PoolCell cell = now.cell();
        double top;
        double left;
        double size;
        if (now.winner() >= 0) {
            PoolTap winner = cell.taps().get(now.winner());
            top = winner.inputY();
            left = winner.inputX();
            size = 1;
        } else {
            top = cell.windowTop();
            left = cell.windowLeft();
            size = panel.spec.size();
        }
        return new Carry(CellText.format(cell.value()), panel.inputGrid(cell.channel()), top, left, size, size,
                panel.outputGrid(cell.channel()), cell.outY(), cell.outX(), now.slide().phaseProgress());
    }

}
