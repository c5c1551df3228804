package cnnlab.timeline;

/**
 * How fast a sliding-window animation runs.
 *
 * @param secondsPerCell     time for one walked output cell, all four phases of {@link Phase}; more than 0
 * @param termsOneByOne      true to show a cell's products (or pooled cells) one after another,
 *                           false to show them all at once
 * @param fastForwardSeconds time for all cells that are not walked together, more than 0; each gets
 *                           an equal slot, so a hover on any output cell has a moment that shows it
 *                           (a small value such as 0.2 fills the rest in almost at once)
 */
public record Pace(double secondsPerCell, boolean termsOneByOne, double fastForwardSeconds) {

    /** Two seconds a cell, products one by one, the rest filled in over one second. */
    public static final Pace DEFAULT = new Pace(2.0, true, 1.0);

    /** @throws IllegalArgumentException unless both durations are positive numbers */
    public Pace {
        requirePositive(secondsPerCell, "seconds per cell");
        requirePositive(fastForwardSeconds, "fast-forward seconds");
    }

    /** @throws IllegalArgumentException unless {@code seconds} is a positive, finite number */
    static void requirePositive(double seconds, String what) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + seconds);
        }
    }
}
