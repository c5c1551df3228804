package cnnlab.engine.training;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.Random;

/**
 * Inverted dropout. While training, each value is kept with probability {@code 1 − r} and
 * scaled by {@code 1/(1 − r)}, otherwise set to 0: {@code out_i = m_i · in_i / (1 − r)} with
 * {@code m_i ∈ {0, 1}} drawn from a seeded {@link Random}; backward uses the same mask,
 * {@code ∂L/∂in_i = m_i · g_i / (1 − r)}. Outside training it passes values through unchanged.
 */
public final class DropoutLayer extends LayerBase {
    private final double rate;
    private final Random random;
    private boolean training;
    private float[] scaledMask;

    /** @param seed seeds the masks, so a run is reproducible */
    public DropoutLayer(String name, double rate, Shape shape, long seed) {
        super(name, shape, shape);
        this.rate = rate;
        this.random = new Random(seed);
    }

    /** Switches between training (random masks) and evaluation (identity). Modified: this layer. */
    public void setTraining(boolean training) {
        this.training = training;
    }

    /** Modified: the remembered mask and the random generator while training. */
    @Override
    public Tensor forward(Tensor input) {
        checkInput(input);
        scaledMask = new float[inputShape().size()];
        float keep = (float) (1 / (1 - rate));
        float[] out = input.toArray();
        for (int i = 0; i < out.length; i++) {
            scaledMask[i] = !training ? 1f : random.nextDouble() < rate ? 0f : keep;
            out[i] *= scaledMask[i];
        }
        return Tensor.of(inputShape(), out);
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        checkGradient(outputGradient, scaledMask);
        float[] dx = outputGradient.toArray();
        for (int i = 0; i < dx.length; i++) {
            dx[i] *= scaledMask[i];
        }
        return Tensor.of(inputShape(), dx);
    }
}
