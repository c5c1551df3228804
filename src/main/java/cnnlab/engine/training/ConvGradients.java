package cnnlab.engine.training;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.Padding;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The three gradients of a convolution {@code out[f][y][x] = b[f] + Σ_c Σ_i Σ_j
 * in_pad[c][y·s + i·d][x·s + j·d] · w[f][c][i][j]} (stride {@code s}, dilation {@code d}), given
 * {@code g = ∂L/∂out}:
 * <pre>
 *   ∂L/∂b[f]          = Σ_y Σ_x g[f][y][x]
 *   ∂L/∂w[f][c][i][j] = Σ_y Σ_x g[f][y][x] · in_pad[c][y·s + i·d][x·s + j·d]
 *   ∂L/∂in[c][u][v]   = Σ_f Σ_i Σ_j g[f][y][x] · w[f][c][i][j]   over y·s + i·d = u + p_top, x·s + j·d = v + p_left
 * </pre>
 * The weight gradient is itself a cross-correlation: input channel {@code c} (padded as in the
 * forward pass) correlated with the output-gradient plane {@code g[f]} used as the kernel, with
 * the roles of stride and dilation swapped. {@link #weightGradientConv} returns that correlation
 * as an engine {@link Conv2d}, so a lesson can trace it like any other convolution. For a true
 * convolution ({@link Conv2d#flip()}) the stored kernel is rotated by 180°, and so is its gradient.
 * Nothing passed in is modified.
 */
public final class ConvGradients {
    private ConvGradients() {
    }

    /** {@code ∂L/∂b[f] = Σ_y Σ_x g[f][y][x]}, one value per filter. */
    public static float[] biasGradient(Tensor outputGradient) {
        Shape g = outputGradient.shape();
        float[] values = outputGradient.toArray();
        float[] result = new float[g.channels()];
        for (int f = 0; f < g.channels(); f++) {
            double sum = 0;
            for (int i = f * g.planeSize(); i < (f + 1) * g.planeSize(); i++) {
                sum += values[i];
            }
            result[f] = (float) sum;
        }
        return result;
    }

    /**
     * The correlation whose output on input channel {@code c} holds {@code ∂L/∂w[f][c]} for every
     * filter {@code f} (as output channel {@code f}), in its top-left {@code k_h × k_w} corner:
     * kernels {@code g[f]} of {@code outH × outW}, stride {@code d}, dilation {@code s}, and the
     * forward pass's padding. Cells beyond {@code k_h × k_w} belong to no weight and are dropped.
     */
    public static Conv2d weightGradientConv(Tensor outputGradient, ConvSpec spec) {
        Shape g = outputGradient.shape();
        List<Tensor> kernels = new ArrayList<>(g.channels());
        for (int f = 0; f < g.channels(); f++) {
            kernels.add(outputGradient.channel(f));
        }
        ConvSpec swapped = new ConvSpec(g.height(), g.width(), spec.dilation(), spec.padding(), spec.stride());
        return new Conv2d(kernels, new float[0], swapped, false);
    }

    /**
     * {@code ∂L/∂w} for {@code conv} (formula in the class comment), one {@code C × k_h × k_w}
     * tensor per filter, in the order of {@link Conv2d#filters()}.
     *
     * @param input          the forward pass's input
     * @param outputGradient {@code ∂L/∂out}, shaped like {@code conv.apply(input)}
     */
    public static List<Tensor> weightGradient(Conv2d conv, Tensor input, Tensor outputGradient) {
        ConvSpec spec = conv.spec();
        int kh = spec.kernelHeight();
        int kw = spec.kernelWidth();
        int channels = input.shape().channels();
        int filters = outputGradient.shape().channels();
        Conv2d correlation = weightGradientConv(outputGradient, spec);
        float[][] perFilter = new float[filters][channels * kh * kw];
        for (int c = 0; c < channels; c++) {
            Tensor full = correlation.apply(input.channel(c));
            for (int f = 0; f < filters; f++) {
                for (int i = 0; i < kh; i++) {
                    for (int j = 0; j < kw; j++) {
                        int si = conv.flip() ? kh - 1 - i : i;
                        int sj = conv.flip() ? kw - 1 - j : j;
                        perFilter[f][(c * kh + si) * kw + sj] = full.get(f, i, j);
                    }
                }
            }
        }
        List<Tensor> result = new ArrayList<>(filters);
        for (float[] values : perFilter) {
            result.add(Tensor.of(new Shape(channels, kh, kw), values));
        }
        return result;
    }

    /**
     * {@code ∂L/∂in} for {@code conv} (formula in the class comment): every output-gradient
     * value is sent back, times its weight, to each input cell its window read; cells under
     * padding receive nothing. Equivalently, the stride-dilated gradient correlated with the
     * 180°-rotated kernels, filters and channels swapped.
     *
     * @param inputShape the forward pass's input shape
     */
    public static Tensor inputGradient(Conv2d conv, Tensor outputGradient, Shape inputShape) {
        ConvSpec spec = conv.spec();
        Padding pad = spec.padding();
        Shape out = outputGradient.shape();
        int kh = spec.kernelHeight();
        int kw = spec.kernelWidth();
        int s = spec.stride();
        int d = spec.dilation();
        float[] g = outputGradient.toArray();
        float[] dx = new float[inputShape.size()];
        for (int f = 0; f < out.channels(); f++) {
            float[] w = conv.filters().get(f).toArray();
            for (int oy = 0; oy < out.height(); oy++) {
                for (int ox = 0; ox < out.width(); ox++) {
                    float gv = g[out.index(f, oy, ox)];
                    for (int c = 0; c < inputShape.channels(); c++) {
                        for (int i = 0; i < kh; i++) {
                            int iy = oy * s - pad.top() + i * d;
                            if (iy < 0 || iy >= inputShape.height()) {
                                continue;
                            }
                            for (int j = 0; j < kw; j++) {
                                int ix = ox * s - pad.left() + j * d;
                                if (ix < 0 || ix >= inputShape.width()) {
                                    continue;
                                }
                                int wi = conv.flip() ? (c * kh + kh - 1 - i) * kw + kw - 1 - j : (c * kh + i) * kw + j;
                                dx[inputShape.index(c, iy, ix)] += gv * w[wi];
                            }
                        }
                    }
                }
            }
        }
        return Tensor.of(inputShape, dx);
    }
}
