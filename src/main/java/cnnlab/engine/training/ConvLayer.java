package cnnlab.engine.training;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A trainable convolution (cross-correlation). The forward pass is the engine's
 * {@link Conv2d#apply} with the current weights; the backward pass is {@link ConvGradients}.
 * Weights are stored flat in filter, channel, row, column order:
 * {@code w[f][c][i][j] = weights[((f·C + c)·k_h + i)·k_w + j]}.
 */
public final class ConvLayer extends LayerBase {
    private final ConvSpec spec;
    private final Shape kernelShape;
    private final int filterCount;
    private final Parameter weights;
    private final Parameter bias;
    private Tensor input;
    private Conv2d conv;

    /**
     * @param spec  the layer description; "same" padding is resolved for {@code input}
     * @param input the input shape
     * @throws cnnlab.engine.EngineException when the window does not fit the input
     */
    public ConvLayer(String name, LayerSpec.Conv spec, Shape input) {
        super(name, input, outputOf(spec, input));
        this.spec = spec.window(input.height(), input.width());
        this.kernelShape = new Shape(input.channels(), spec.kernelHeight(), spec.kernelWidth());
        this.filterCount = spec.filters();
        this.weights = new Parameter(name + ".weights", filterCount, input.channels(), spec.kernelHeight(),
                spec.kernelWidth());
        this.bias = spec.bias() ? new Parameter(name + ".bias", filterCount) : null;
    }

    /** The engine's output shape for {@code spec} on {@code input}, with its checks. */
    private static Shape outputOf(LayerSpec.Conv spec, Shape input) {
        Tensor kernel = Tensor.zeros(new Shape(input.channels(), spec.kernelHeight(), spec.kernelWidth()));
        return new Conv2d(Collections.nCopies(spec.filters(), kernel), new float[0],
                spec.window(input.height(), input.width()), false).outputShape(input);
    }

    /** The window geometry with padding resolved for the input shape. */
    public ConvSpec spec() {
        return spec;
    }

    /** The weights, {@code F·C·k_h·k_w} values in the order of the class comment. */
    public Parameter weights() {
        return weights;
    }

    /** The biases, one per filter, or null when the layer has none. */
    public Parameter bias() {
        return bias;
    }

    /** Copies of the current filters, one {@code C × k_h × k_w} tensor each. */
    public List<Tensor> filters() {
        List<Tensor> filters = new ArrayList<>(filterCount);
        float[] w = weights.values();
        for (int f = 0; f < filterCount; f++) {
            filters.add(Tensor.of(kernelShape, Arrays.copyOfRange(w, f * kernelShape.size(), (f + 1) * kernelShape.size())));
        }
        return filters;
    }

    /** The engine convolution with the current weights and biases (a snapshot; later updates do not reach it). */
    public Conv2d toConv2d() {
        return new Conv2d(filters(), bias == null ? new float[0] : bias.values(), spec, false);
    }

    /**
     * Draws the weights from {@code rule} with {@code fanIn = C·k_h·k_w}, {@code fanOut = F·k_h·k_w}.
     * Modified: weights, random.
     */
    public void initialise(WeightInit rule, Random random) {
        int taps = kernelShape.height() * kernelShape.width();
        rule.fill(weights.values(), kernelShape.size(), filterCount * taps, random);
    }

    /** {@code out = conv.apply(in)} with the current weights. Modified: the remembered input. */
    @Override
    public Tensor forward(Tensor input) {
        checkInput(input);
        this.input = input;
        this.conv = toConv2d();
        return conv.apply(input);
    }

    /** Adds {@code ∂L/∂w} and {@code ∂L/∂b} from {@link ConvGradients}; returns {@code ∂L/∂in}. */
    @Override
    public Tensor backward(Tensor outputGradient) {
        checkGradient(outputGradient, conv);
        float[] dw = weights.gradients();
        List<Tensor> perFilter = ConvGradients.weightGradient(conv, input, outputGradient);
        for (int f = 0; f < filterCount; f++) {
            Tensor filterGradient = perFilter.get(f);
            for (int i = 0; i < kernelShape.size(); i++) {
                dw[f * kernelShape.size() + i] += filterGradient.getFlat(i);
            }
        }
        if (bias != null) {
            float[] db = ConvGradients.biasGradient(outputGradient);
            for (int f = 0; f < filterCount; f++) {
                bias.gradients()[f] += db[f];
            }
        }
        return ConvGradients.inputGradient(conv, outputGradient, inputShape());
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(weights) : List.of(weights, bias);
    }
}
