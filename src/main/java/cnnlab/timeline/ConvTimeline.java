package cnnlab.timeline;

import cnnlab.engine.ConvCell;
import cnnlab.engine.ConvTap;
import cnnlab.engine.ConvTrace;
import java.util.ArrayList;
import java.util.List;

/**
 * The animation of a convolution, replayed from the engine's {@link ConvTrace}: for each walked
 * output cell the window moves, its products appear, their sum travels to the output and the
 * output is revealed (see {@link Phase}); the cells not walked are filled in afterwards by a
 * fast-forward stretch. Immutable; {@link #stateAt} is a pure function of time.
 */
public final class ConvTimeline extends SlidingTimeline<ConvCell, ConvState> {
    private final ConvTrace trace;

    /**
     * @param trace what the engine computed, every cell with its taps
     * @param walk  which output cells to animate phase by phase
     * @param pace  seconds per cell, products one by one or together, fast-forward time
     * @throws IllegalArgumentException when the walk names a cell outside the output or twice
     */
    public ConvTimeline(ConvTrace trace, Walk walk, Pace pace) {
        super(trace.input(), trace.output(), trace.spec(), trace.cells(), walk, pace);
        this.trace = trace;
    }

    /** The trace this timeline replays. */
    public ConvTrace trace() {
        return trace;
    }

    /**
     * The output cells, of every filter, whose window reads input cell (y, x); for a hover on
     * the input. Padding never counts.
     */
    public List<ConvCell> inputCellReaders(int y, int x) {
        List<ConvCell> readers = new ArrayList<>();
        for (int f = 0; f < trace.output().channels(); f++) {
            readers.addAll(trace.readersOf(f, y, x));
        }
        return readers;
    }

    @Override
    Window windowOf(ConvCell cell) {
        return windowAt(cell.windowTop(), cell.windowLeft());
    }

    @Override
    int termCount(ConvCell cell) {
        return cell.taps().size();
    }

    /** Adds the visible products in trace order, as the engine added them, overall and per channel. */
    @Override
    ConvState state(ConvCell cell, SlideState slide) {
        float partial = cell.bias();
        float[] perChannel = new float[trace.input().channels()];
        for (ConvTap tap : cell.taps().subList(0, slide.visibleTerms())) {
            partial += tap.product();
            perChannel[tap.channel()] += tap.product();
        }
        List<Float> channelPartials = new ArrayList<>(perChannel.length);
        for (float p : perChannel) {
            channelPartials.add(p);
        }
        Caption caption = new Caption("conv." + slide.phase().key(), List.of(cell.filter() + 1, cell.outY() + 1,
                cell.outX() + 1, slide.visibleTerms(), cell.taps().size(), partial, cell.sum()));
        return new ConvState(slide, cell, partial, channelPartials, caption);
    }
}
