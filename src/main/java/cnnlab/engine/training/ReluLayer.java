package cnnlab.engine.training;

import cnnlab.engine.Activations;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/**
 * {@code out = max(0, in)} ({@link Activations#relu}); backward
 * {@code ∂L/∂in = ∂L/∂out · [in > 0]} (at exactly 0 the gradient is taken as 0).
 */
public final class ReluLayer implements Layer {
    private final String name;
    private final Shape shape;
    private Tensor input;

    public ReluLayer(String name, Shape shape) {
        this.name = name;
        this.shape = shape;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Shape inputShape() {
        return shape;
    }

    @Override
    public Shape outputShape() {
        return shape;
    }

    /** Modified: the remembered input. */
    @Override
    public Tensor forward(Tensor input) {
        ShapeCheck.require(input, shape, name, "input");
        this.input = input;
        return Activations.relu(input);
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        ShapeCheck.requireForward(input, name);
        ShapeCheck.require(outputGradient, shape, name, "output gradient");
        float[] dx = outputGradient.toArray();
        for (int i = 0; i < dx.length; i++) {
            if (input.getFlat(i) <= 0f) {
                dx[i] = 0f;
            }
        }
        return Tensor.of(shape, dx);
    }
}
