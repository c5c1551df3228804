package cnnlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Max or average pooling over each channel separately:
 * {@code out[c][y][x] = max (or mean) of in[c][y·s − p + i][x·s − p + j]} over the real cells with
 * {@code 0 ≤ i, j < size}. Padding cells never win a max and are not counted in a mean.
 * Ties in a max go to the first cell in row-major order. Instances are immutable.
 */
public record Pool2d(PoolSpec spec) {

    public Pool2d {
        EngineException.require(spec != null, "pool spec is missing");
    }

    /**
     * The output shape: channels unchanged, each side {@code ⌊(n + 2p − size)/s⌋ + 1}.
     *
     * @throws EngineException when the window does not fit the padded input
     */
    public Shape outputShape(Shape input) {
        ConvSpec window = spec.window();
        window.requireFits(input.height(), input.width());
        return new Shape(input.channels(), window.outputHeight(input.height()), window.outputWidth(input.width()));
    }

    /**
     * Pools every channel (formula in the class comment), on several threads when the input is
     * large. Not modified: {@code input}.
     */
    public Tensor apply(Tensor input) {
        return apply(input, RowBands.CORES);
    }

    /** {@link #apply(Tensor)} on at most {@code maxThreads} threads. Not modified: {@code input}. */
    public Tensor apply(Tensor input, int maxThreads) {
        Shape out = outputShape(input.shape());
        float[] result = new float[out.size()];
        new PoolRows(input.data(), input.shape(), spec, out).computeInto(result, maxThreads);
        return Tensor.adopt(out, result);
    }

    /** Records every window, its cells and (for max) the winner. Not modified: {@code input}. */
    public PoolTrace trace(Tensor input) {
        Shape out = outputShape(input.shape());
        EngineException.require((long) out.size() * spec.size() * spec.size() <= Conv2d.MAX_TRACE_TAPS,
                "tracing all " + out.size() + " pooled cells would record too many cells; trace single cells instead");
        List<PoolCell> cells = new ArrayList<>(out.size());
        for (int c = 0; c < out.channels(); c++) {
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0; x < out.width(); x++) {
                    cells.add(traceCell(input, c, y, x));
                }
            }
        }
        return new PoolTrace(input.shape(), out, spec, cells);
    }

    /** How output (channel, outY, outX) is pooled; the same record {@link #trace} holds for it. */
    public PoolCell traceCell(Tensor input, int channel, int outY, int outX) {
        Shape out = outputShape(input.shape());
        EngineException.require(channel >= 0 && channel < out.channels() && out.contains(outY, outX),
                "output cell (" + channel + ", " + outY + ", " + outX + ") is outside the " + out + " output");
        List<PoolTap> taps = new ArrayList<>(spec.size() * spec.size());
        Result r = pool(input, channel, outY, outX, taps);
        return new PoolCell(channel, outY, outX, outY * spec.stride() - spec.padding(),
                outX * spec.stride() - spec.padding(), taps, r.winner, r.value);
    }

    private record Result(float value, int winner) {
    }

    /** The one pooling loop behind apply and trace; fills {@code taps} when it is not null. */
    private Result pool(Tensor input, int c, int outY, int outX, List<PoolTap> taps) {
        Shape in = input.shape();
        int top = outY * spec.stride() - spec.padding();
        int left = outX * spec.stride() - spec.padding();
        float best = Float.NEGATIVE_INFINITY;
        int winner = -1;
        float sum = 0f;
        int count = 0;
        int index = 0;
        for (int i = 0; i < spec.size(); i++) {
            for (int j = 0; j < spec.size(); j++, index++) {
                int y = top + i;
                int x = left + j;
                boolean pad = !in.contains(y, x);
                float v = pad ? 0f : input.get(c, y, x);
                if (taps != null) {
                    taps.add(new PoolTap(y, x, pad, v));
                }
                if (!pad) {
                    if (winner < 0 || v > best) {
                        best = v;
                        winner = index;
                    }
                    sum += v;
                    count++;
                }
            }
        }
        return spec.kind() == PoolKind.MAX ? new Result(best, winner) : new Result(sum / count, -1);
    }
}
