package cnnlab.timeline;

import cnnlab.engine.PoolCell;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolTrace;
import java.util.List;
import java.util.Locale;

/**
 * The animation of a pooling, replayed from the engine's {@link PoolTrace}: for each walked
 * output cell the window moves, the cells under it light up, the winner (max) or the mean
 * (average) travels to the output and the output is revealed (see {@link Phase}); the cells not
 * walked are filled in afterwards by a fast-forward stretch. Immutable; {@link #stateAt} is a
 * pure function of time.
 */
public final class PoolTimeline extends SlidingTimeline<PoolCell, PoolState> {
    private final PoolTrace trace;

    /**
     * @param trace what the engine computed, every pooled cell with its window
     * @param walk  which output cells to animate phase by phase
     * @param pace  seconds per cell, window cells one by one or together, fast-forward time
     * @throws IllegalArgumentException when the walk names a cell outside the output or twice
     */
    public PoolTimeline(PoolTrace trace, Walk walk, Pace pace) {
        super(trace.input(), trace.output(), trace.spec().window(), trace.cells(), walk, pace);
        this.trace = trace;
    }

    /** The trace this timeline replays. */
    public PoolTrace trace() {
        return trace;
    }

    @Override
    Window windowOf(PoolCell cell) {
        return windowAt(cell.windowTop(), cell.windowLeft());
    }

    @Override
    int termCount(PoolCell cell) {
        return cell.taps().size();
    }

    @Override
    PoolState state(PoolCell cell, SlideState slide) {
        boolean resultShown = slide.phase().showsAllTerms();
        PoolKind kind = trace.spec().kind();
        int winner = resultShown && kind == PoolKind.MAX ? cell.winner() : -1;
        Caption caption = new Caption("pool." + kind.name().toLowerCase(Locale.ROOT) + "." + slide.phase().key(),
                List.of(cell.channel() + 1, cell.outY() + 1, cell.outX() + 1, slide.visibleTerms(),
                        cell.taps().size(), cell.value()));
        return new PoolState(slide, kind, cell, winner, resultShown, caption);
    }
}
