package cnnlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A 2-D convolution layer with fixed weights: {@code F} filters of shape {@code C × k_h × k_w},
 * one bias per filter, and a window geometry ({@link ConvSpec}).
 *
 * <p>Like deep-learning libraries it computes a cross-correlation,
 * {@code out[f][y][x] = b[f] + Σ_c Σ_i Σ_j in_pad[c][y·s + i·d][x·s + j·d] · w[f][c][i][j]}.
 * With {@code flip} it computes a true convolution, using {@code w[f][c][k_h−1−i][k_w−1−j]}.
 *
 * <p>{@link #apply} and {@link #trace} add the terms in the same order (bias first, then
 * channel, kernel row, kernel column), so every traced sum equals the fast output bit for bit;
 * the fast path may reorganise its loops (row buffers, SIMD-friendly passes, threads) but never
 * that order, because float addition is not associative.
 * Instances are immutable.
 */
public final class Conv2d {
    /** Most taps a full trace may hold; bigger requests should trace single cells instead. */
    public static final long MAX_TRACE_TAPS = 2_000_000;

    private final List<Tensor> filters;
    private final float[] bias;
    private final ConvSpec spec;
    private final boolean flip;
    /** Every weight in filter-channel-row-column order as window offset (ky, kx) multiplies it. */
    private final float[] weights;

    /**
     * @param filters one tensor per filter, all {@code C × k_h × k_w} with the kernel size of {@code spec}
     * @param bias    one value per filter, or an empty array for no bias
     * @param spec    stride, padding and dilation; its kernel size must match the filters
     * @param flip    true for a true convolution (kernel rotated by 180°)
     * @throws EngineException when the filters disagree in shape or the bias has the wrong length
     */
    public Conv2d(List<Tensor> filters, float[] bias, ConvSpec spec, boolean flip) {
        EngineException.require(filters != null && !filters.isEmpty(), "a convolution needs at least one filter");
        Shape first = filters.get(0).shape();
        for (int f = 0; f < filters.size(); f++) {
            Shape s = filters.get(f).shape();
            EngineException.require(s.equals(first), "filter " + (f + 1) + " is " + s
                    + " but filter 1 is " + first + "; all filters must have the same shape");
        }
        EngineException.require(first.height() == spec.kernelHeight() && first.width() == spec.kernelWidth(),
                "the kernels are " + first.height() + "×" + first.width() + " but the window is "
                        + spec.kernelHeight() + "×" + spec.kernelWidth());
        EngineException.require(bias.length == 0 || bias.length == filters.size(),
                "there are " + filters.size() + " filters but " + bias.length + " bias values");
        this.filters = List.copyOf(filters);
        this.bias = bias.length == 0 ? new float[filters.size()] : bias.clone();
        this.spec = spec;
        this.flip = flip;
        this.weights = windowWeights(this.filters, spec, flip);
    }

    /** One single-channel or multi-channel kernel, no bias, cross-correlation. */
    public static Conv2d of(Tensor kernel, int stride, Padding padding, int dilation) {
        Shape k = kernel.shape();
        return new Conv2d(List.of(kernel), new float[0],
                new ConvSpec(k.height(), k.width(), stride, padding, dilation), false);
    }

    public List<Tensor> filters() {
        return filters;
    }

    /** A copy of the biases, one per filter. */
    public float[] bias() {
        return bias.clone();
    }

    public ConvSpec spec() {
        return spec;
    }

    public boolean flip() {
        return flip;
    }

    /** Input channels every filter expects. */
    public int inputChannels() {
        return filters.get(0).shape().channels();
    }

    /**
     * The output shape {@code F × outH × outW} for an input of {@code input}, where
     * {@code out = ⌊(n + p_before + p_after − d(k−1) − 1)/s⌋ + 1}.
     *
     * @throws EngineException when the channels differ or the output would be empty
     */
    public Shape outputShape(Shape input) {
        EngineException.require(input.channels() == inputChannels(), "the input has " + input.channels()
                + " channel(s) but the kernel expects " + inputChannels());
        spec.requireFits(input.height(), input.width());
        Budget.checkElements((long) filters.size() * spec.outputHeight(input.height())
                * spec.outputWidth(input.width()), "the convolution output");
        return new Shape(filters.size(), spec.outputHeight(input.height()), spec.outputWidth(input.width()));
    }

    /**
     * Computes every output value (the formula in the class comment), on several threads when
     * the output is large. Not modified: {@code input}.
     *
     * @return a new {@code F × outH × outW} tensor
     */
    public Tensor apply(Tensor input) {
        return apply(input, RowBands.CORES);
    }

    /**
     * {@link #apply(Tensor)} on at most {@code maxThreads} threads (1 = the calling thread only).
     * Not modified: {@code input}.
     */
    public Tensor apply(Tensor input, int maxThreads) {
        Shape out = outputShape(input.shape());
        float[] result = new float[out.size()];
        new ConvRows(input.data(), input.shape(), spec, weights, bias, out).computeInto(result, maxThreads);
        return Tensor.adopt(out, result);
    }

    /**
     * Writes every output value into {@code target} in filter-row-column order from index 0,
     * without allocating an output tensor: the path for a feature map redrawn on every edit.
     * The values equal {@link #apply(Tensor)}'s. Modified: {@code target}. Not modified: {@code input}.
     *
     * @param maxThreads at most this many threads (1 = the calling thread only)
     * @return the output shape, which says how many values were written
     * @throws EngineException when {@code target} is shorter than the output
     */
    public Shape applyInto(Tensor input, float[] target, int maxThreads) {
        Shape out = outputShape(input.shape());
        EngineException.require(target.length >= out.size(), "the output needs " + out.size()
                + " values but the target holds only " + target.length);
        new ConvRows(input.data(), input.shape(), spec, weights, bias, out).computeInto(target, maxThreads);
        return out;
    }

    /**
     * Records how every output value is computed: for each cell, the input cells under the
     * window (padding marked), the weights, the products and the sum. Not modified: {@code input}.
     *
     * @throws EngineException when the trace would exceed {@link #MAX_TRACE_TAPS} taps
     */
    public ConvTrace trace(Tensor input) {
        Shape out = outputShape(input.shape());
        long taps = (long) out.size() * inputChannels() * spec.kernelHeight() * spec.kernelWidth();
        EngineException.require(taps <= MAX_TRACE_TAPS, "tracing all " + out.size() + " output cells would record "
                + taps + " products, more than " + MAX_TRACE_TAPS + "; trace single cells instead");
        List<ConvCell> cells = new ArrayList<>(out.size());
        for (int f = 0; f < out.channels(); f++) {
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0; x < out.width(); x++) {
                    cells.add(traceCell(input, f, y, x));
                }
            }
        }
        return new ConvTrace(input.shape(), out, spec, flip, cells);
    }

    /**
     * The computation of the single output value (filter, outY, outX); the same numbers
     * {@link #trace} records for that cell. Not modified: {@code input}.
     */
    public ConvCell traceCell(Tensor input, int filter, int outY, int outX) {
        Shape out = outputShape(input.shape());
        EngineException.require(filter >= 0 && filter < out.channels() && out.contains(outY, outX),
                "output cell (" + filter + ", " + outY + ", " + outX + ") is outside the " + out + " output");
        Shape in = input.shape();
        int top = outY * spec.stride() - spec.padding().top();
        int left = outX * spec.stride() - spec.padding().left();
        int d = spec.dilation();
        List<ConvTap> taps = new ArrayList<>(inputChannels() * spec.kernelHeight() * spec.kernelWidth());
        float sum = bias[filter];
        for (int c = 0; c < inputChannels(); c++) {
            for (int ky = 0; ky < spec.kernelHeight(); ky++) {
                for (int kx = 0; kx < spec.kernelWidth(); kx++) {
                    int iy = top + ky * d;
                    int ix = left + kx * d;
                    boolean pad = !in.contains(iy, ix);
                    float value = pad ? 0f : input.get(c, iy, ix);
                    float w = weight(filter, c, ky, kx);
                    float product = w * value;
                    sum += product;
                    int shownY = flip ? spec.kernelHeight() - 1 - ky : ky;
                    int shownX = flip ? spec.kernelWidth() - 1 - kx : kx;
                    taps.add(new ConvTap(c, shownY, shownX, iy, ix, pad, value, w, product));
                }
            }
        }
        return new ConvCell(filter, outY, outX, top, left, taps, bias[filter], sum);
    }

    /** The weight that window offset (ky, kx) multiplies: flipped for a true convolution. */
    private float weight(int f, int c, int ky, int kx) {
        return weights[((f * inputChannels() + c) * spec.kernelHeight() + ky) * spec.kernelWidth() + kx];
    }

    private static float[] windowWeights(List<Tensor> filters, ConvSpec spec, boolean flip) {
        int kh = spec.kernelHeight();
        int kw = spec.kernelWidth();
        int channels = filters.get(0).shape().channels();
        float[] flat = new float[filters.size() * channels * kh * kw];
        int i = 0;
        for (Tensor k : filters) {
            for (int c = 0; c < channels; c++) {
                for (int ky = 0; ky < kh; ky++) {
                    for (int kx = 0; kx < kw; kx++) {
                        flat[i++] = flip ? k.get(c, kh - 1 - ky, kw - 1 - kx) : k.get(c, ky, kx);
                    }
                }
            }
        }
        return flat;
    }
}
