package cnnlab.engine;

/**
 * The fast path behind {@link Pool2d#apply}: reads the input array directly, clips each window to
 * the real cells (the padding never wins a max and is not counted in a mean) and visits them in
 * row-major order, so every value equals the one {@link Pool2d#traceCell} records. The common
 * 2×2, stride 2, unpadded max has its own loop: the larger of each column pair first (one SIMD
 * pass over two copied rows), then of each pair of columns.
 */
final class PoolRows {
    private final float[] input;
    private final Shape in;
    private final PoolSpec spec;
    private final Shape out;

    PoolRows(float[] input, Shape in, PoolSpec spec, Shape out) {
        this.input = input;
        this.in = in;
        this.spec = spec;
        this.out = out;
    }

    /** Writes all {@code out.size()} pooled values into {@code target}. Modified: {@code target}. */
    void computeInto(float[] target, int maxThreads) {
        int rows = out.channels() * out.height();
        long work = (long) out.size() * spec.size() * spec.size();
        boolean twoByTwoMax = spec.size() == 2 && spec.stride() == 2 && spec.padding() == 0
                && spec.kind() == PoolKind.MAX;
        RowBands.run(rows, work, maxThreads, (from, to) -> {
            float[][] scratch = twoByTwoMax ? new float[3][in.width()] : null;
            for (int row = from; row < to; row++) {
                int c = row / out.height();
                int oy = row % out.height();
                if (twoByTwoMax) {
                    twoByTwoMaxRow(target, c, oy, scratch[0], scratch[1], scratch[2]);
                } else {
                    clippedRow(target, c, oy);
                }
            }
        });
    }

    private void twoByTwoMaxRow(float[] target, int c, int oy, float[] top, float[] bottom, float[] larger) {
        int width = in.width();
        int start = in.index(c, 2 * oy, 0);
        System.arraycopy(input, start, top, 0, width);
        System.arraycopy(input, start + width, bottom, 0, width);
        for (int x = 0; x < width; x++) {
            larger[x] = Math.max(top[x], bottom[x]);
        }
        int o = out.index(c, oy, 0);
        for (int x = 0; x < out.width(); x++) {
            float best = Math.max(larger[2 * x], larger[2 * x + 1]);
            // Math.max differs from the first-wins rule only when a NaN or a signed zero is involved
            if (best == 0f || best != best) {
                best = firstMax(firstMax(firstMax(top[2 * x], top[2 * x + 1]), bottom[2 * x]), bottom[2 * x + 1]);
            }
            target[o + x] = best;
        }
    }

    private void clippedRow(float[] target, int c, int oy) {
        int size = spec.size();
        int stride = spec.stride();
        int pad = spec.padding();
        int width = in.width();
        int y0 = oy * stride - pad;
        int firstRow = c * in.planeSize() + Math.max(0, y0) * width;
        int endRow = c * in.planeSize() + Math.min(in.height(), y0 + size) * width;
        int rows = (endRow - firstRow) / width;
        boolean max = spec.kind() == PoolKind.MAX;
        int o = out.index(c, oy, 0);
        for (int ox = 0; ox < out.width(); ox++) {
            int x0 = ox * stride - pad;
            int xFrom = Math.max(0, x0);
            int xTo = Math.min(width, x0 + size);
            target[o + ox] = max ? windowMax(firstRow, endRow, xFrom, xTo)
                    : windowSum(firstRow, endRow, xFrom, xTo) / (rows * (xTo - xFrom));
        }
    }

    /** Sum of the window's real cells, added in row-major order from 0. */
    private float windowSum(int firstRow, int endRow, int xFrom, int xTo) {
        float sum = 0f;
        for (int row = firstRow; row < endRow; row += in.width()) {
            for (int i = row + xFrom; i < row + xTo; i++) {
                sum += input[i];
            }
        }
        return sum;
    }

    /** Largest of the window's real cells; among equals, the first in row-major order. */
    private float windowMax(int firstRow, int endRow, int xFrom, int xTo) {
        float best = Float.NEGATIVE_INFINITY;
        for (int row = firstRow; row < endRow; row += in.width()) {
            for (int i = row + xFrom; i < row + xTo; i++) {
                best = Math.max(best, input[i]);
            }
        }
        // Math.max is branch-free; it differs from the first-wins rule only for NaN and signed zeros
        if (best == 0f || best != best) {
            best = input[firstRow + xFrom];
            for (int row = firstRow; row < endRow; row += in.width()) {
                for (int i = row + xFrom; i < row + xTo; i++) {
                    best = firstMax(best, input[i]);
                }
            }
        }
        return best;
    }

    /** The running maximum: a later value wins only when strictly greater (ties keep the first). */
    private static float firstMax(float best, float v) {
        return v > best ? v : best;
    }
}
