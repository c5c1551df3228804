package cnnlab.engine.training;

import cnnlab.engine.EngineException;
import cnnlab.engine.Tensor;

/**
 * Softmax followed by cross-entropy, on class scores (logits) {@code z} and the true class
 * {@code y}: {@code p = softmax(z)} ({@link SoftmaxLayer#probabilities}),
 * {@code L = −log p_y = log Σ_j e^(z_j) − z_y}, and {@code ∂L/∂z_i = p_i − [i = y]}.
 */
public final class SoftmaxCrossEntropy {
    private SoftmaxCrossEntropy() {
    }

    /**
     * The loss and its gradient with respect to {@code scores}. Not modified: {@code scores}.
     *
     * @throws EngineException when {@code label} is not a class index of {@code scores}
     */
    public static LossGradient evaluate(Tensor scores, int label) {
        int n = scores.shape().size();
        EngineException.require(label >= 0 && label < n, "class " + label + " is not one of the " + n + " scores");
        float[] p = SoftmaxLayer.probabilities(scores.toArray());
        double loss = -Math.log(Math.max(p[label], Float.MIN_NORMAL));
        float[] gradient = p.clone();
        gradient[label] -= 1f;
        return new LossGradient(loss, Tensor.of(scores.shape(), gradient));
    }
}
