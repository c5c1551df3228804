package cnnlab.engine.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Finite-difference checks of back-propagated gradients.
 *
 * <p>A layer is checked through the scalar {@code L = Σ_i r_i · out_i} with fixed random weights
 * {@code r}, so {@code ∂L/∂out = r}. Each analytic derivative {@code a} is compared with the
 * central difference {@code n = (L(θ + h) − L(θ − h)) / 2h}, {@code h = }{@value #STEP}, and must
 * satisfy {@code |a − n| ≤ }{@value #RELATIVE}{@code ·max(|a|, |n|) + }{@value #ABSOLUTE}.
 * The engine computes in {@code float}, so the rounding error of {@code L} (about 1e-6 of its
 * size) divided by {@code 2h} sets the absolute floor; {@code L} is summed in {@code double}.
 * Callers choose inputs at least {@code 10h} away from every kink (ReLU at 0, ties in a max).
 */
final class GradientCheck {
    static final double STEP = 1e-2;
    static final double RELATIVE = 1e-2;
    static final double ABSOLUTE = 2e-3;

    private GradientCheck() {
    }

    /** Checks {@code ∂L/∂in} and {@code ∂L/∂θ} of {@code layer} at {@code input}. */
    static void checkLayer(Layer layer, Tensor input, Random random) {
        float[] r = uniform(random, layer.outputShape().size(), 1);
        Tensor upstream = Tensor.of(layer.outputShape(), r);
        ToDoubleFunction<Tensor> loss = x -> dot(r, layer.forward(x));
        for (Parameter p : layer.parameters()) {
            p.zeroGradients();
        }
        layer.forward(input);
        Tensor dx = layer.backward(upstream);
        checkInput(loss, input, dx, layer.name() + " input");
        for (Parameter p : layer.parameters()) {
            float[] analytic = p.gradients().clone();
            float[] values = p.values();
            for (int i = 0; i < values.length; i++) {
                float saved = values[i];
                values[i] = (float) (saved + STEP);
                double plus = loss.applyAsDouble(input);
                values[i] = (float) (saved - STEP);
                double minus = loss.applyAsDouble(input);
                values[i] = saved;
                assertClose(analytic[i], (plus - minus) / (2 * STEP), p.name() + "[" + i + "]");
            }
        }
    }

    /** Checks every component of {@code analytic} = ∂f/∂x against central differences of {@code f} at {@code x}. */
    static void checkInput(ToDoubleFunction<Tensor> f, Tensor x, Tensor analytic, String what) {
        checkInput(f, x, analytic, what, STEP);
    }

    /** As {@link #checkInput(ToDoubleFunction, Tensor, Tensor, String)} with step {@code h}. */
    static void checkInput(ToDoubleFunction<Tensor> f, Tensor x, Tensor analytic, String what, double h) {
        float[] values = x.toArray();
        for (int i = 0; i < values.length; i++) {
            float saved = values[i];
            values[i] = (float) (saved + h);
            double plus = f.applyAsDouble(Tensor.of(x.shape(), values));
            values[i] = (float) (saved - h);
            double minus = f.applyAsDouble(Tensor.of(x.shape(), values));
            values[i] = saved;
            assertClose(analytic.getFlat(i), (plus - minus) / (2 * h), what + "[" + i + "]");
        }
    }

    static void assertClose(double analytic, double numeric, String what) {
        double allowed = RELATIVE * Math.max(Math.abs(analytic), Math.abs(numeric)) + ABSOLUTE;
        assertTrue(Math.abs(analytic - numeric) <= allowed,
                what + ": back-propagated " + analytic + ", finite difference " + numeric);
    }

    /** Σ r_i · t_i in double. */
    static double dot(float[] r, Tensor t) {
        double sum = 0;
        for (int i = 0; i < r.length; i++) {
            sum += (double) r[i] * t.getFlat(i);
        }
        return sum;
    }

    /** Uniform values in [−scale, scale). */
    static float[] uniform(Random random, int n, double scale) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
        }
        return values;
    }

    /** Random values whose magnitudes are at least {@code 0.1} (ten steps from ReLU's kink at 0). */
    static Tensor awayFromZero(Random random, Shape shape) {
        float[] values = new float[shape.size()];
        for (int i = 0; i < values.length; i++) {
            double magnitude = 0.1 + random.nextDouble();
            values[i] = (float) (random.nextBoolean() ? magnitude : -magnitude);
        }
        return Tensor.of(shape, values);
    }

    /**
     * Distinct values 0.1 apart in random order, shifted to straddle 0: no two cells are within
     * ten steps of a tie, so a small nudge never changes which cell wins a max.
     */
    static Tensor distinct(Random random, Shape shape) {
        int n = shape.size();
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (0.1 * (i - n / 2.0));
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            float t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return Tensor.of(shape, values);
    }
}
