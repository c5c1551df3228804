package cnnlab.engine.training;

import cnnlab.engine.EngineException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent with momentum, in the form PyTorch uses: with learning rate
 * {@code η}, momentum {@code μ} and gradient {@code g},
 * <pre>
 *   v ← μ·v + g        (v starts at 0)
 *   θ ← θ − η·v
 * </pre>
 * With {@code μ = 0} this is plain gradient descent, {@code θ ← θ − η·g}.
 */
public final class Sgd implements Optimiser {
    private final double learningRate;
    private final double momentum;
    private final Map<Parameter, float[]> velocities = new IdentityHashMap<>();

    /**
     * @param learningRate {@code η > 0}
     * @param momentum     {@code μ} in {@code [0, 1)}
     */
    public Sgd(double learningRate, double momentum) {
        EngineException.require(learningRate > 0, "the learning rate must be positive, got " + learningRate);
        EngineException.require(momentum >= 0 && momentum < 1, "momentum must be in [0, 1), got " + momentum);
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    public double learningRate() {
        return learningRate;
    }

    public double momentum() {
        return momentum;
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            float[] v = velocities.computeIfAbsent(p, k -> new float[k.size()]);
            float[] theta = p.values();
            float[] g = p.gradients();
            for (int i = 0; i < theta.length; i++) {
                v[i] = (float) (momentum * v[i] + g[i]);
                theta[i] -= (float) (learningRate * v[i]);
            }
        }
    }
}
