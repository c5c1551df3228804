package cnnlab.engine.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cnnlab.engine.EngineException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SGD and Adam on the quadratic {@code f(θ) = ½ Σ a_i (θ_i − c_i)²}, gradient
 * {@code a_i (θ_i − c_i)}, minimum at {@code θ = c}.
 */
class OptimiserTest {
    private static final float[] CURVATURE = {1f, 4f, 0.5f};
    private static final float[] MINIMUM = {2f, -1f, 0.5f};
    private static final float[] START = {0f, 1f, -3f};

    private static Parameter start() {
        Parameter p = new Parameter("theta", 3);
        System.arraycopy(START, 0, p.values(), 0, 3);
        computeGradient(p);
        return p;
    }

    private static void computeGradient(Parameter p) {
        for (int i = 0; i < 3; i++) {
            p.gradients()[i] = CURVATURE[i] * (p.values()[i] - MINIMUM[i]);
        }
    }

    private static Parameter minimise(Optimiser optimiser, int steps) {
        Parameter p = start();
        for (int s = 0; s < steps; s++) {
            computeGradient(p);
            optimiser.step(List.of(p));
        }
        return p;
    }

    @Test
    void sgdFirstStepsFollowTheFormulaByHand() {
        Parameter p = start();
        Sgd sgd = new Sgd(0.1, 0.9);
        // g0 = a(θ0 − c) = [1·(0−2), 4·(1+1), 0.5·(−3−0.5)] = [−2, 8, −1.75]; v1 = g0; θ1 = θ0 − 0.1·v1
        sgd.step(List.of(p));
        assertArrayEquals(new float[] {0.2f, 0.2f, -2.825f}, p.values(), 1e-6f);
        // g1 = [1·(0.2−2), 4·(0.2+1), 0.5·(−2.825−0.5)] = [−1.8, 4.8, −1.6625]
        // v2 = 0.9·v1 + g1 = [−3.6, 12, −3.2375]; θ2 = θ1 − 0.1·v2
        computeGradient(p);
        sgd.step(List.of(p));
        assertArrayEquals(new float[] {0.56f, -1.0f, -2.50125f}, p.values(), 1e-5f);
    }

    @Test
    void adamFirstStepMovesEveryValueByTheLearningRateAgainstItsGradient() {
        Parameter p = start();
        Adam.withDefaults(0.1).step(List.of(p));
        // m̂ = g, v̂ = g², so Δθ = −0.1·g/(|g| + 1e-8) = −0.1·sign(g); g = [−2, 8, −1.75]
        assertArrayEquals(new float[] {0.1f, 0.9f, -2.9f}, p.values(), 1e-6f);
    }

    @Test
    void adamSecondStepUsesBiasCorrectedMoments() {
        Parameter p = start();
        Adam adam = new Adam(0.1, 0.9, 0.999, 1e-8);
        adam.step(List.of(p));
        float[] g1 = new float[3];
        for (int i = 0; i < 3; i++) {
            g1[i] = CURVATURE[i] * (p.values()[i] - MINIMUM[i]);
        }
        float[] expected = p.values().clone();
        float[] g0 = {-2f, 8f, -1.75f};
        for (int i = 0; i < 3; i++) {
            double m = 0.9 * (0.1 * g0[i]) + 0.1 * g1[i];
            double v = 0.999 * (0.001 * g0[i] * g0[i]) + 0.001 * g1[i] * g1[i];
            double mHat = m / (1 - 0.81);
            double vHat = v / (1 - 0.999 * 0.999);
            expected[i] -= (float) (0.1 * mHat / (Math.sqrt(vHat) + 1e-8));
        }
        computeGradient(p);
        adam.step(List.of(p));
        assertArrayEquals(expected, p.values(), 1e-5f);
        assertEquals(2, adam.steps());
    }

    @Test
    void plainSgdMomentumAndAdamAllReachTheMinimum() {
        assertArrayEquals(MINIMUM, minimise(new Sgd(0.2, 0), 200).values(), 1e-4f);
        assertArrayEquals(MINIMUM, minimise(new Sgd(0.05, 0.9), 300).values(), 1e-4f);
        assertArrayEquals(MINIMUM, minimise(Adam.withDefaults(0.05), 1000).values(), 1e-3f);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThrows(EngineException.class, () -> new Sgd(0, 0.5));
        assertThrows(EngineException.class, () -> new Sgd(0.1, 1));
        assertThrows(EngineException.class, () -> new Adam(0.1, 1, 0.999, 1e-8));
        assertThrows(EngineException.class, () -> new Adam(0.1, 0.9, 0.999, 0));
    }
}
