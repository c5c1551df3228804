package cnnlab.engine.training;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;

/**
 * Turns scores into probabilities, {@code p_i = e^(z_i − m) / Σ_j e^(z_j − m)} over all values,
 * with {@code m = max_j z_j} subtracted so no exponential overflows. Backward (the Jacobian
 * {@code ∂p_i/∂z_k = p_i(δ_ik − p_k)} times the gradient):
 * {@code ∂L/∂z_i = p_i · (g_i − Σ_j g_j p_j)}.
 *
 * <p>For training with cross-entropy, {@link SoftmaxCrossEntropy} fuses this layer with the loss,
 * which is exact and better conditioned; {@link Sequential#scores} stops before a final softmax.
 */
public final class SoftmaxLayer extends LayerBase {
    private float[] probabilities;

    public SoftmaxLayer(String name, Shape shape) {
        super(name, shape, shape);
    }

    /** {@code softmax(z)} as in the class comment. Not modified: {@code scores}. */
    public static float[] probabilities(float[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : scores) {
            max = Math.max(max, z);
        }
        double[] exp = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            exp[i] = Math.exp(scores[i] - max);
            sum += exp[i];
        }
        float[] p = new float[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = (float) (exp[i] / sum);
        }
        return p;
    }

    /** Modified: the remembered probabilities. */
    @Override
    public Tensor forward(Tensor input) {
        checkInput(input);
        probabilities = probabilities(input.toArray());
        return Tensor.of(inputShape(), probabilities);
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        checkGradient(outputGradient, probabilities);
        double dot = 0;
        for (int j = 0; j < probabilities.length; j++) {
            dot += outputGradient.getFlat(j) * probabilities[j];
        }
        float[] dz = new float[probabilities.length];
        for (int i = 0; i < dz.length; i++) {
            dz[i] = (float) (probabilities[i] * (outputGradient.getFlat(i) - dot));
        }
        return Tensor.of(inputShape(), dz);
    }
}
