package cnnlab.engine.training;

import cnnlab.engine.EngineException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam (Kingma and Ba, 2015). At step {@code t = 1, 2, …}, with gradient {@code g}:
 * <pre>
 *   m ← β₁·m + (1 − β₁)·g          v ← β₂·v + (1 − β₂)·g²       (m, v start at 0)
 *   m̂ = m / (1 − β₁ᵗ)              v̂ = v / (1 − β₂ᵗ)
 *   θ ← θ − η · m̂ / (√v̂ + ε)
 * </pre>
 * On the first step {@code m̂ = g} and {@code v̂ = g²}, so every value moves by about
 * {@code η} against the sign of its gradient: {@code θ ← θ − η·g/(|g| + ε)}.
 */
public final class Adam implements Optimiser {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Parameter, float[][]> moments = new IdentityHashMap<>();
    private int t;

    /**
     * @param learningRate {@code η > 0}
     * @param beta1        {@code β₁} in {@code [0, 1)}, usually 0.9
     * @param beta2        {@code β₂} in {@code [0, 1)}, usually 0.999
     * @param epsilon      {@code ε > 0}, usually 1e-8
     */
    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        EngineException.require(learningRate > 0, "the learning rate must be positive, got " + learningRate);
        EngineException.require(beta1 >= 0 && beta1 < 1, "beta1 must be in [0, 1), got " + beta1);
        EngineException.require(beta2 >= 0 && beta2 < 1, "beta2 must be in [0, 1), got " + beta2);
        EngineException.require(epsilon > 0, "epsilon must be positive, got " + epsilon);
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** Adam with {@code β₁ = 0.9}, {@code β₂ = 0.999}, {@code ε = 1e-8}. */
    public static Adam withDefaults(double learningRate) {
        return new Adam(learningRate, 0.9, 0.999, 1e-8);
    }

    public double learningRate() {
        return learningRate;
    }

    /** Steps taken so far ({@code t}). */
    public int steps() {
        return t;
    }

    @Override
    public void step(List<Parameter> parameters) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (Parameter p : parameters) {
            float[][] mv = moments.computeIfAbsent(p, k -> new float[2][k.size()]);
            float[] m = mv[0];
            float[] v = mv[1];
            float[] theta = p.values();
            float[] g = p.gradients();
            for (int i = 0; i < theta.length; i++) {
                m[i] = (float) (beta1 * m[i] + (1 - beta1) * g[i]);
                v[i] = (float) (beta2 * v[i] + (1 - beta2) * g[i] * g[i]);
                double mHat = m[i] / correction1;
                double vHat = v[i] / correction2;
                theta[i] -= (float) (learningRate * mHat / (Math.sqrt(vHat) + epsilon));
            }
        }
    }
}
