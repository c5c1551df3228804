package cnnlab.engine.explain;

import cnnlab.engine.EngineException;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.engine.training.Sequential;
import java.util.List;

/**
 * The score {@code y^c} of one class (the model's output before any final softmax) and its
 * gradient at every layer boundary, from one forward and one backward pass started with the
 * one-hot vector of class {@code c}.
 *
 * @param score     {@code y^c}
 * @param gradients element {@code i} is {@code ∂y^c/∂(input of layer i)}; element 0 is the gradient
 *                  with respect to the image
 */
public record ClassScore(double score, List<Tensor> gradients) {

    /**
     * Runs {@code model} on {@code input} and back-propagates class {@code classIndex}'s score.
     * Modified: the model's remembered forward pass and its parameter gradients (added into).
     *
     * @throws EngineException when the class index is out of range
     */
    public static ClassScore of(Sequential model, Tensor input, int classIndex) {
        Tensor scores = model.scores(input);
        Shape shape = scores.shape();
        EngineException.require(classIndex >= 0 && classIndex < shape.size(),
                "class " + classIndex + " is not one of the model's " + shape.size() + " classes");
        float[] oneHot = new float[shape.size()];
        oneHot[classIndex] = 1f;
        return new ClassScore(scores.getFlat(classIndex), model.gradients(Tensor.of(shape, oneHot)));
    }

    /** {@code y^c} alone, without a backward pass. Modified: the model's remembered forward pass. */
    public static double scoreOf(Sequential model, Tensor input, int classIndex) {
        return model.scores(input).getFlat(classIndex);
    }
}
