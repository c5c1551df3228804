package cnnlab.engine.training;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/**
 * Reads a {@code C × H × W} map as a vector of {@code C·H·W} values ({@code N × 1 × 1}), in the
 * tensor's own channel-height-width order; backward reshapes the gradient back. No numbers change.
 */
public final class FlattenLayer implements Layer {
    private final String name;
    private final Shape inputShape;
    private final Shape outputShape;

    public FlattenLayer(String name, Shape input) {
        this.name = name;
        this.inputShape = input;
        this.outputShape = new Shape(input.size(), 1, 1);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Shape inputShape() {
        return inputShape;
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }

    @Override
    public Tensor forward(Tensor input) {
        ShapeCheck.require(input, inputShape, name, "input");
        return Tensor.of(outputShape, input.toArray());
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        ShapeCheck.require(outputGradient, outputShape, name, "output gradient");
        return Tensor.of(inputShape, outputGradient.toArray());
    }
}
