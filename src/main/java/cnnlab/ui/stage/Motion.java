package cnnlab.ui.stage;

/** How things glide on stage: eased so movement starts and stops gently. */
public final class Motion {
    private Motion() {
    }

    /** Smoothstep of {@code t} clamped to [0, 1]: 0 → 0, 1 → 1, flat at both ends. */
    public static double ease(double t) {
        double c = Math.min(1, Math.max(0, t));
        return c * c * (3 - 2 * c);
    }

    /** The point {@code ease(t)} of the way from {@code from} to {@code to}. */
    public static double between(double from, double to, double t) {
        return from + (to - from) * ease(t);
    }
}
