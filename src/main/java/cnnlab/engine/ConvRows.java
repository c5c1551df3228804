package cnnlab.engine;

import java.util.Arrays;

/**
 * The fast path behind {@link Conv2d#apply}. It works output row by output row, so the
 * accumulator row stays in the L1 cache: each filter's row starts at its bias and then adds the
 * taps in channel, kernel-row, kernel-column order. Each output therefore receives exactly the
 * additions {@link Conv2d#traceCell} records, in the same order, and the two agree bit for bit.
 *
 * <p>A row is computed with the window moving one column at a time; a stride {@code s > 1} keeps
 * every {@code s}-th value (contiguous SIMD work beats a scalar de-interleave of every input row).
 * Rows not on the stride are skipped. Wide outputs are computed in strips of columns so the
 * rows one window height reads stay in the L1 cache; large outputs are split into bands of rows
 * computed on several threads ({@link RowBands}).
 */
final class ConvRows {
    /** Window positions (at stride 1) per strip: the ring of a 3×3 window then fills about 18 KB. */
    static final int STRIP = 512;

    private final float[] input;
    private final Shape in;
    private final ConvSpec spec;
    private final float[] weights;
    private final float[] bias;
    private final Shape out;

    /**
     * @param weights every filter's kernel in filter-channel-row-column order, already flipped
     *                for a true convolution
     */
    ConvRows(float[] input, Shape in, ConvSpec spec, float[] weights, float[] bias, Shape out) {
        this.input = input;
        this.in = in;
        this.spec = spec;
        this.weights = weights;
        this.bias = bias;
        this.out = out;
    }

    /** Writes all {@code out.size()} outputs into {@code target} from index 0. Modified: {@code target}. */
    void computeInto(float[] target, int maxThreads) {
        long work = (long) out.size() * in.channels() * spec.kernelHeight() * spec.kernelWidth() * spec.stride();
        RowBands.run(out.height(), work, maxThreads, (from, to) -> computeRows(target, from, to));
    }

    private void computeRows(float[] target, int fromRow, int toRow) {
        int s = spec.stride();
        int perStrip = Math.max(1, STRIP / s);
        for (int x0 = 0; x0 < out.width(); x0 += perStrip) {
            computeStrip(target, fromRow, toRow, x0, Math.min(out.width(), x0 + perStrip));
        }
    }

    /** Output rows {@code [fromRow, toRow)}, columns {@code [fromColumn, toColumn)} of every filter. */
    private void computeStrip(float[] target, int fromRow, int toRow, int fromColumn, int toColumn) {
        int channels = in.channels();
        int kh = spec.kernelHeight();
        int kw = spec.kernelWidth();
        int s = spec.stride();
        int columns = toColumn - fromColumn;
        int rowWidth = (columns - 1) * s + 1;
        TapRows[] rows = new TapRows[channels];
        for (int c = 0; c < channels; c++) {
            rows[c] = new TapRows(input, c * in.planeSize(), in.height(), in.width(), spec, fromColumn * s, rowWidth);
        }
        int tapsPerFilter = channels * kh * kw;
        float[][] taps = new float[tapsPerFilter][];
        float[] acc = new float[rowWidth];
        float[] accB = out.channels() > 1 ? new float[rowWidth] : null;
        for (int oy = fromRow; oy < toRow; oy++) {
            int t = 0;
            for (int c = 0; c < channels; c++) {
                for (int ky = 0; ky < kh; ky++) {
                    float[][] kernelRow = rows[c].row(oy * s + ky * spec.dilation());
                    System.arraycopy(kernelRow, 0, taps, t, kw);
                    t += kw;
                }
            }
            int f = 0;
            for (; f + 1 < out.channels(); f += 2) {
                Arrays.fill(acc, bias[f]);
                Arrays.fill(accB, bias[f + 1]);
                RowPasses.addTapsTwoFilters(acc, accB, taps, weights, f * tapsPerFilter, (f + 1) * tapsPerFilter,
                        rowWidth);
                store(acc, target, f, oy, fromColumn, columns);
                store(accB, target, f + 1, oy, fromColumn, columns);
            }
            if (f < out.channels()) {
                Arrays.fill(acc, bias[f]);
                RowPasses.addTaps(acc, taps, weights, f * tapsPerFilter, rowWidth);
                store(acc, target, f, oy, fromColumn, columns);
            }
        }
    }

    /** Copies every {@code s}-th value of a stride-1 row into output row {@code oy} of filter {@code f}. */
    private void store(float[] acc, float[] target, int f, int oy, int fromColumn, int columns) {
        int s = spec.stride();
        int o = (f * out.height() + oy) * out.width() + fromColumn;
        if (s == 1) {
            System.arraycopy(acc, 0, target, o, columns);
        } else {
            for (int x = 0; x < columns; x++) {
                target[o + x] = acc[x * s];
            }
        }
    }
}
