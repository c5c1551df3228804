package cnnlab.engine.training;

import cnnlab.engine.Activations;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/**
 * {@code out = max(0, in)} ({@link Activations#relu}); backward
 * {@code ∂L/∂in = ∂L/∂out · [in > 0]} (at exactly 0 the gradient is taken as 0).
 */
public final class ReluLayer extends LayerBase {
    private Tensor input;

    public ReluLayer(String name, Shape shape) {
        super(name, shape, shape);
    }

    /** Modified: the remembered input. */
    @Override
    public Tensor forward(Tensor input) {
        checkInput(input);
        this.input = input;
        return Activations.relu(input);
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        checkGradient(outputGradient, input);
        float[] dx = outputGradient.toArray();
        for (int i = 0; i < dx.length; i++) {
            if (input.getFlat(i) <= 0f) {
                dx[i] = 0f;
            }
        }
        return Tensor.of(inputShape(), dx);
    }
}
