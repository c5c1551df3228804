package cnnlab.timeline;

/**
 * A timeline that computes output cells one after another, so a hover on an output cell can
 * jump to the moment that cell is complete.
 *
 * @param <S> the scene state
 */
public interface CellTimeline<S> extends Timeline<S> {

    /**
     * The first moment output cell (channel, y, x) shows its whole computation and its value:
     * the start of its reveal phase when it is walked, the start of its slot when it is
     * fast-forwarded.
     *
     * @throws IllegalArgumentException when the cell is outside the output
     */
    double timeOfCell(int channel, int y, int x);
}
