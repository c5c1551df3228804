package cnnlab.engine.training;

import cnnlab.engine.EngineException;
import cnnlab.engine.Tensor;

/**
 * The mean squared error of an output {@code o} against a target {@code t} of the same shape,
 * over its {@code n} values: {@code L = (1/n) Σ_i (o_i − t_i)²}, {@code ∂L/∂o_i = 2(o_i − t_i)/n}.
 */
public final class MeanSquaredError {
    private MeanSquaredError() {
    }

    /**
     * The loss and its gradient with respect to {@code output}. Not modified: the arguments.
     *
     * @throws EngineException when the shapes differ
     */
    public static LossGradient evaluate(Tensor output, Tensor target) {
        EngineException.require(output.shape().equals(target.shape()),
                "the output is " + output.shape() + " but the target is " + target.shape());
        int n = output.shape().size();
        float[] gradient = new float[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double diff = (double) output.getFlat(i) - target.getFlat(i);
            sum += diff * diff;
            gradient[i] = (float) (2 * diff / n);
        }
        return new LossGradient(sum / n, Tensor.of(output.shape(), gradient));
    }
}
