package cnnlab.engine.training;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/**
 * Reads a {@code C × H × W} map as a vector of {@code C·H·W} values ({@code N × 1 × 1}), in the
 * tensor's own channel-height-width order; backward reshapes the gradient back. No numbers change.
 */
public final class FlattenLayer extends LayerBase {

    public FlattenLayer(String name, Shape input) {
        super(name, input, new Shape(input.size(), 1, 1));
    }

    @Override
    public Tensor forward(Tensor input) {
        checkInput(input);
        return Tensor.of(outputShape(), input.toArray());
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        checkGradient(outputGradient, this);
        return Tensor.of(inputShape(), outputGradient.toArray());
    }
}
