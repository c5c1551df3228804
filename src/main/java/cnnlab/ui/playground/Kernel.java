package cnnlab.ui.playground;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/**
 * One kernel of the filter bank: its weights ({@code C × kh × kw}, one plane per input channel)
 * and its bias.
 *
 * @param weights the weights
 * @param bias    added to every output value
 */
public record Kernel(Tensor weights, float bias) {

    /** The smallest and largest kernel side the editor offers. */
    public static final int MIN_SIDE = 1;
    public static final int MAX_SIDE = 7;

    public Kernel {
        Shape s = weights.shape();
        if (s.height() < MIN_SIDE || s.height() > MAX_SIDE || s.width() < MIN_SIDE || s.width() > MAX_SIDE) {
            throw new IllegalArgumentException("a kernel is 1×1 to 7×7, got " + s.height() + "×" + s.width());
        }
    }

    /** A kernel without bias. */
    public static Kernel of(Tensor weights) {
        return new Kernel(weights, 0);
    }

    public Shape shape() {
        return weights.shape();
    }

    public Kernel withWeights(Tensor newWeights) {
        return new Kernel(newWeights, bias);
    }

    public Kernel withBias(float newBias) {
        return new Kernel(weights, newBias);
    }
}
