package cnnlab.ui.playground;

import cnnlab.engine.EngineException;
import cnnlab.engine.PaddingRule;

/**
 * How every kernel of the bank is applied: the window geometry, then ReLU, then pooling.
 *
 * @param stride   cells the window moves per step, at least 1
 * @param padding  zero padding, a number or {@code same}
 * @param dilation spacing between kernel taps, at least 1
 * @param flip     true convolution (kernel rotated by 180°) instead of cross-correlation
 * @param relu     {@code max(0, v)} on the map
 * @param pooling  pooling of the map, or none
 * @param poolSize pooling window side (stride equal to it)
 */
public record MapSettings(int stride, PaddingRule padding, int dilation, boolean flip, boolean relu,
                          Pooling pooling, int poolSize) {

    /** Stride 1, no padding, no dilation, cross-correlation, no ReLU, no pooling. */
    public static final MapSettings DEFAULTS = new MapSettings(1, PaddingRule.VALID, 1, false, false, Pooling.NONE, 2);

    public MapSettings {
        EngineException.require(stride >= 1, "stride must be at least 1, got " + stride);
        EngineException.require(dilation >= 1, "dilation must be at least 1, got " + dilation);
        EngineException.require(poolSize >= 1, "pool size must be at least 1, got " + poolSize);
        EngineException.require(padding != null && pooling != null, "padding and pooling must be set");
    }

    public MapSettings withStride(int value) {
        return new MapSettings(value, padding, dilation, flip, relu, pooling, poolSize);
    }

    public MapSettings withPadding(PaddingRule value) {
        return new MapSettings(stride, value, dilation, flip, relu, pooling, poolSize);
    }

    public MapSettings withDilation(int value) {
        return new MapSettings(stride, padding, value, flip, relu, pooling, poolSize);
    }

    public MapSettings withFlip(boolean value) {
        return new MapSettings(stride, padding, dilation, value, relu, pooling, poolSize);
    }

    public MapSettings withRelu(boolean value) {
        return new MapSettings(stride, padding, dilation, flip, value, pooling, poolSize);
    }

    public MapSettings withPooling(Pooling value, int size) {
        return new MapSettings(stride, padding, dilation, flip, relu, value, size);
    }
}
