package cnnlab.engine.training;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.List;
import java.util.Random;

/**
 * A fully connected layer, {@code out[u] = b[u] + Σ_i W[u][i] · in[i]}, with the input read as a
 * flat vector of {@code n} values and {@code W[u][i] = weights[u·n + i]}. Backward:
 * <pre>
 *   ∂L/∂W[u][i] = g[u] · in[i]      ∂L/∂b[u] = g[u]      ∂L/∂in[i] = Σ_u W[u][i] · g[u]
 * </pre>
 */
public final class DenseLayer extends LayerBase {
    private final int inputs;
    private final int units;
    private final Parameter weights;
    private final Parameter bias;
    private float[] input;

    /** @param withBias false for {@code out = W·in} alone */
    public DenseLayer(String name, int units, boolean withBias, Shape input) {
        super(name, input, new Shape(units, 1, 1));
        this.inputs = input.size();
        this.units = units;
        this.weights = new Parameter(name + ".weights", units, inputs);
        this.bias = withBias ? new Parameter(name + ".bias", units) : null;
    }

    /** The weights, {@code units·n} values, row {@code u} holding the weights of output {@code u}. */
    public Parameter weights() {
        return weights;
    }

    /** The biases, or null when the layer has none. */
    public Parameter bias() {
        return bias;
    }

    /** Draws the weights from {@code rule} with {@code fanIn = n}, {@code fanOut = units}. Modified: weights, random. */
    public void initialise(WeightInit rule, Random random) {
        rule.fill(weights.values(), inputs, units, random);
    }

    /** Modified: the remembered input. */
    @Override
    public Tensor forward(Tensor input) {
        checkInput(input);
        this.input = input.toArray();
        float[] w = weights.values();
        float[] out = new float[units];
        for (int u = 0; u < units; u++) {
            double sum = bias == null ? 0 : bias.values()[u];
            int row = u * inputs;
            for (int i = 0; i < inputs; i++) {
                sum += w[row + i] * this.input[i];
            }
            out[u] = (float) sum;
        }
        return Tensor.of(outputShape(), out);
    }

    @Override
    public Tensor backward(Tensor outputGradient) {
        checkGradient(outputGradient, input);
        float[] w = weights.values();
        float[] dw = weights.gradients();
        float[] dx = new float[inputs];
        for (int u = 0; u < units; u++) {
            float g = outputGradient.getFlat(u);
            int row = u * inputs;
            for (int i = 0; i < inputs; i++) {
                dw[row + i] += g * input[i];
                dx[i] += w[row + i] * g;
            }
            if (bias != null) {
                bias.gradients()[u] += g;
            }
        }
        return Tensor.of(inputShape(), dx);
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(weights) : List.of(weights, bias);
    }
}
