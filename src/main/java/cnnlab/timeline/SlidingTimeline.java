package cnnlab.timeline;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.Shape;
import java.util.List;

/**
 * What the convolution and pooling timelines share: a window walking over the output cells of a
 * trace, cell by cell and phase by phase ({@link Phase}), the cells not walked filled in by a
 * fast-forward stretch at the end. Subclasses turn one traced cell and the shared
 * {@link SlideState} into their own scene state. Immutable; {@link #stateAt} is a pure function of
 * time.
 *
 * @param <C> the trace's cell type
 * @param <S> the scene state
 */
public abstract class SlidingTimeline<C, S> implements CellTimeline<S> {
    private final ConvSpec window;
    private final List<C> cells;
    private final CellSchedule schedule;
    private final StrideSkips skips;

    /**
     * @param input  the input shape the window slides over
     * @param output the output shape
     * @param window the window geometry
     * @param cells  the traced cells in output order
     * @throws IllegalArgumentException when the walk names a cell outside the output or twice
     */
    SlidingTimeline(Shape input, Shape output, ConvSpec window, List<C> cells, Walk walk, Pace pace) {
        this.window = window;
        this.cells = cells;
        this.schedule = new CellSchedule(output, walk, pace);
        this.skips = new StrideSkips(window, input, output);
    }

    @Override
    public final double duration() {
        return schedule.duration();
    }

    @Override
    public final double[] stepStarts() {
        return schedule.stepStarts();
    }

    @Override
    public final double timeOfCell(int channel, int y, int x) {
        return schedule.timeOfCell(channel, y, x);
    }

    @Override
    public final S stateAt(double t) {
        double time = Math.min(Math.max(t, 0), duration());
        CellSchedule.Moment moment = schedule.at(time);
        C cell = cells.get(moment.cell());
        Window now = windowOf(cell);
        Window before = moment.previous() < 0 ? now : windowOf(cells.get(moment.previous()));
        SlideState slide = new SlideState(time, moment.phase(), moment.progress(), now, before,
                skips.between(moment.previous(), before, moment.cell(), now),
                schedule.termsVisible(moment, termCount(cell)), schedule.revealedAt(moment));
        return state(cell, slide);
    }

    /** The window of {@code spec} with its first tap at (top, left). */
    final Window windowAt(int top, int left) {
        return Window.of(window, top, left);
    }

    /** Where the window sits for {@code cell}, from the trace. */
    abstract Window windowOf(C cell);

    /** How many terms (products, or pooled cells) {@code cell} shows. */
    abstract int termCount(C cell);

    /** The scene for {@code cell} at the moment {@code slide} describes. */
    abstract S state(C cell, SlideState slide);
}
