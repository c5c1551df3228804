package cnnlab.timeline;

/**
 * The stages of one output cell of a sliding-window animation. A walked cell passes through
 * the first four in order, each taking its {@link #fraction()} of {@link Pace#secondsPerCell()};
 * a cell that is not walked gets one short {@link #FAST_FORWARD} slot instead.
 */
public enum Phase {
    /** The window slides from the previous cell's position to this one; no products yet. */
    MOVE_WINDOW("move", 0.20),
    /** The products (convolution) or the cells under the window (pooling) appear. */
    SHOW_TERMS("terms", 0.45),
    /** The sum (or the winner, or the mean) travels to its output cell. */
    CARRY_RESULT("carry", 0.20),
    /** The output cell shows its value. */
    REVEAL_OUTPUT("reveal", 0.15),
    /** A cell that is not walked: everything shown at once and the output revealed. */
    FAST_FORWARD("fastForward", 0);

    private final String key;
    private final double fraction;

    Phase(String key, double fraction) {
        this.key = key;
        this.fraction = fraction;
    }

    /** The word captions use for this phase, e.g. {@code "terms"} in {@code "conv.terms"}. */
    public String key() {
        return key;
    }

    /** Share of a walked cell's time; the four walked phases add up to 1, fast-forward has none. */
    public double fraction() {
        return fraction;
    }

    /** True once the output value is on screen: reveal and fast-forward. */
    public boolean revealsOutput() {
        return this == REVEAL_OUTPUT || this == FAST_FORWARD;
    }

    /** True once every term of the cell is shown: after the terms phase, or in fast-forward. */
    public boolean showsAllTerms() {
        return this != MOVE_WINDOW && this != SHOW_TERMS;
    }
}
