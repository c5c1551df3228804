package cnnlab.engine.training;

import cnnlab.engine.EngineException;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/** What every layer has: a name, the input shape it was built for and its output shape, and the checks on them. */
abstract class LayerBase implements Layer {
    private final String name;
    private final Shape inputShape;
    private final Shape outputShape;

    LayerBase(String name, Shape inputShape, Shape outputShape) {
        this.name = name;
        this.inputShape = inputShape;
        this.outputShape = outputShape;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Shape inputShape() {
        return inputShape;
    }

    @Override
    public final Shape outputShape() {
        return outputShape;
    }

    /** @throws EngineException naming the layer when {@code input} is not {@link #inputShape()} */
    final void checkInput(Tensor input) {
        ShapeCheck.require(input, inputShape, name, "input");
    }

    /**
     * @param remembered what the forward pass kept, null before any forward pass
     * @throws EngineException naming the layer before a forward pass or for a gradient not shaped like the output
     */
    final void checkGradient(Tensor outputGradient, Object remembered) {
        ShapeCheck.requireForward(remembered, name);
        ShapeCheck.require(outputGradient, outputShape, name, "output gradient");
    }
}
