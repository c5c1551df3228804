package cnnlab.timeline;

/**
 * An animation as a pure function of time: the same time always gives the same state, so
 * seeking to a moment and playing up to it cannot disagree. A {@link Playhead} feeds it time.
 *
 * @param <S> the immutable scene state a view draws
 */
public interface Timeline<S> {

    /** Length of the whole animation in seconds, at least 0. */
    double duration();

    /**
     * The moments {@link Playhead#nextCell()} and {@link Playhead#previousCell()} jump between:
     * the start of every cell (or layer) and the end, ascending, without repeats, first 0.
     *
     * @return a new array
     */
    double[] stepStarts();

    /** The scene at time {@code t}, clamped to {@code [0, duration]}. */
    S stateAt(double t);
}
