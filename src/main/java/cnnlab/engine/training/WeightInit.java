package cnnlab.engine.training;

import java.util.Random;

/**
 * How a layer's weights are drawn before training; biases always start at 0.
 * {@code fanIn} is the number of inputs one output sums over ({@code C·k_h·k_w} for a
 * convolution, {@code n} for a dense layer), {@code fanOut} the number of outputs one input
 * feeds ({@code F·k_h·k_w}, {@code units}).
 */
public enum WeightInit {
    /**
     * He (Kaiming) normal, for layers followed by ReLU: {@code w ~ N(0, σ²)} with
     * {@code σ = √(2 / fanIn)}, which keeps the variance of activations steady through ReLUs
     * (He et al., 2015).
     */
    HE_NORMAL,
    /**
     * Xavier (Glorot) uniform, for the other layers: {@code w ~ U(−a, a)} with
     * {@code a = √(6 / (fanIn + fanOut))} (Glorot and Bengio, 2010).
     */
    XAVIER_UNIFORM;

    /** Fills {@code weights} with draws from {@code random}, in index order. Modified: weights, random. */
    public void fill(float[] weights, int fanIn, int fanOut, Random random) {
        if (this == HE_NORMAL) {
            double sigma = Math.sqrt(2.0 / fanIn);
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) (random.nextGaussian() * sigma);
            }
        } else {
            double limit = Math.sqrt(6.0 / (fanIn + fanOut));
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
            }
        }
    }
}
