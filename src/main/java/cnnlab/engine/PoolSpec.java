package cnnlab.engine;

/**
 * A square pooling window.
 *
 * @param size    window side, at least 1
 * @param stride  cells the window moves per step, at least 1 (usually equal to {@code size})
 * @param padding cells added on every side, at most {@code size / 2} so every window sees a real cell
 * @param kind    max or average
 */
public record PoolSpec(int size, int stride, int padding, PoolKind kind) {

    public PoolSpec {
        EngineException.require(size >= 1, "pool size must be at least 1, got " + size);
        EngineException.require(stride >= 1, "stride must be at least 1, got " + stride);
        EngineException.require(padding >= 0, "padding cannot be negative, got " + padding);
        EngineException.require(padding <= size / 2, "padding " + padding + " is more than half the pool size "
                + size + "; a window could then cover only padding");
        EngineException.require(kind != null, "pool kind is missing");
    }

    /** The usual non-overlapping pooling: stride equal to size, no padding. */
    public static PoolSpec of(int size, PoolKind kind) {
        return new PoolSpec(size, size, 0, kind);
    }

    /** The window geometry, shared with convolution for output sizes and receptive fields. */
    public ConvSpec window() {
        return ConvSpec.square(size, stride, padding, 1);
    }
}
