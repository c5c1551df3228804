package cnnlab.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several cell timelines that keep one schedule, played together by one {@link Playhead}: max
 * and average pooling side by side, both windows on the same cell at every moment. The state is
 * the list of every timeline's state at the same time. Immutable.
 *
 * @param <S> the scene state of each timeline
 */
public final class ParallelTimeline<S> implements CellTimeline<List<S>> {
    private final List<CellTimeline<S>> parts;

    /**
     * @param parts one or more timelines with the same duration and the same step starts
     * @throws IllegalArgumentException when there are none or their schedules differ
     */
    public ParallelTimeline(List<? extends CellTimeline<S>> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a parallel timeline needs at least one timeline");
        }
        this.parts = List.copyOf(parts);
        double[] steps = this.parts.get(0).stepStarts();
        for (CellTimeline<S> part : this.parts) {
            if (part.duration() != duration() || !Arrays.equals(part.stepStarts(), steps)) {
                throw new IllegalArgumentException("timelines played together must keep the same schedule");
            }
        }
    }

    /** The timelines, in the order of the state list. */
    public List<CellTimeline<S>> parts() {
        return parts;
    }

    @Override
    public double duration() {
        return parts.get(0).duration();
    }

    @Override
    public double[] stepStarts() {
        return parts.get(0).stepStarts();
    }

    @Override
    public double timeOfCell(int channel, int y, int x) {
        return parts.get(0).timeOfCell(channel, y, x);
    }

    /** Every timeline's state at {@code t}, in order. */
    @Override
    public List<S> stateAt(double t) {
        List<S> states = new ArrayList<>(parts.size());
        for (CellTimeline<S> part : parts) {
            states.add(part.stateAt(t));
        }
        return List.copyOf(states);
    }
}
