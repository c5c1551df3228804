package cnnlab.engine;

/**
 * The inner loops of the fast convolution: one pass adds up to five taps into an accumulator row.
 * Every array in a pass is read at the same index {@code x}, the form the JIT turns into SIMD
 * code; five is the most whose loop body the JIT still unrolls and vectorises.
 *
 * <p>A pass computes {@code acc[x] = acc[x] + w0·t0[x] + w1·t1[x] + …} left to right, and the
 * passes take the taps in the order given, so the additions into each output happen in exactly
 * that order (the order {@link Conv2d#trace} records).
 */
final class RowPasses {
    private RowPasses() {
    }

    /**
     * {@code acc[x] += Σ_t weights[from + t] · taps[t][x]}, adding {@code t = 0 … taps.length − 1}
     * in that order, for {@code x < width}. Modified: {@code acc}.
     */
    static void addTaps(float[] acc, float[][] taps, float[] weights, int from, int width) {
        int t = 0;
        int count = taps.length;
        for (; count - t >= 5; t += 5) {
            add5(acc, taps, weights, from, t, width);
        }
        switch (count - t) {
            case 4:
                add4(acc, taps, weights, from, t, width);
                break;
            case 3:
                add3(acc, taps, weights, from, t, width);
                break;
            case 2:
                add2(acc, taps, weights, from, t, width);
                break;
            case 1:
                add1(acc, taps[t], weights[from + t], width);
                break;
            default:
                break;
        }
    }

    /**
     * {@link #addTaps} for two filters at once over the same taps, each tap row loaded once for
     * both: {@code accA[x] += Σ_t weights[fromA + t] · taps[t][x]} and likewise {@code accB} with
     * {@code fromB}, each adding its taps in order. Modified: {@code accA}, {@code accB}.
     */
    static void addTapsTwoFilters(float[] accA, float[] accB, float[][] taps, float[] weights, int fromA, int fromB,
                                  int width) {
        int t = 0;
        int count = taps.length;
        for (; count - t >= 4; t += 4) {
            float[] t0 = taps[t];
            float[] t1 = taps[t + 1];
            float[] t2 = taps[t + 2];
            float[] t3 = taps[t + 3];
            float a0 = weights[fromA + t];
            float a1 = weights[fromA + t + 1];
            float a2 = weights[fromA + t + 2];
            float a3 = weights[fromA + t + 3];
            float b0 = weights[fromB + t];
            float b1 = weights[fromB + t + 1];
            float b2 = weights[fromB + t + 2];
            float b3 = weights[fromB + t + 3];
            for (int x = 0; x < width; x++) {
                float v0 = t0[x];
                float v1 = t1[x];
                float v2 = t2[x];
                float v3 = t3[x];
                accA[x] = accA[x] + a0 * v0 + a1 * v1 + a2 * v2 + a3 * v3;
                accB[x] = accB[x] + b0 * v0 + b1 * v1 + b2 * v2 + b3 * v3;
            }
        }
        for (; count - t >= 3; t += 3) {
            float[] t0 = taps[t];
            float[] t1 = taps[t + 1];
            float[] t2 = taps[t + 2];
            float a0 = weights[fromA + t];
            float a1 = weights[fromA + t + 1];
            float a2 = weights[fromA + t + 2];
            float b0 = weights[fromB + t];
            float b1 = weights[fromB + t + 1];
            float b2 = weights[fromB + t + 2];
            for (int x = 0; x < width; x++) {
                float v0 = t0[x];
                float v1 = t1[x];
                float v2 = t2[x];
                accA[x] = accA[x] + a0 * v0 + a1 * v1 + a2 * v2;
                accB[x] = accB[x] + b0 * v0 + b1 * v1 + b2 * v2;
            }
        }
        for (; t < count; t++) {
            float[] t0 = taps[t];
            float a0 = weights[fromA + t];
            float b0 = weights[fromB + t];
            for (int x = 0; x < width; x++) {
                float v0 = t0[x];
                accA[x] = accA[x] + a0 * v0;
                accB[x] = accB[x] + b0 * v0;
            }
        }
    }

    private static void add1(float[] acc, float[] t0, float w0, int width) {
        for (int x = 0; x < width; x++) {
            acc[x] = acc[x] + w0 * t0[x];
        }
    }

    private static void add2(float[] acc, float[][] taps, float[] weights, int from, int t, int width) {
        float[] t0 = taps[t];
        float[] t1 = taps[t + 1];
        float w0 = weights[from + t];
        float w1 = weights[from + t + 1];
        for (int x = 0; x < width; x++) {
            acc[x] = acc[x] + w0 * t0[x] + w1 * t1[x];
        }
    }

    private static void add3(float[] acc, float[][] taps, float[] weights, int from, int t, int width) {
        float[] t0 = taps[t];
        float[] t1 = taps[t + 1];
        float[] t2 = taps[t + 2];
        float w0 = weights[from + t];
        float w1 = weights[from + t + 1];
        float w2 = weights[from + t + 2];
        for (int x = 0; x < width; x++) {
            acc[x] = acc[x] + w0 * t0[x] + w1 * t1[x] + w2 * t2[x];
        }
    }

    private static void add4(float[] acc, float[][] taps, float[] weights, int from, int t, int width) {
        float[] t0 = taps[t];
        float[] t1 = taps[t + 1];
        float[] t2 = taps[t + 2];
        float[] t3 = taps[t + 3];
        float w0 = weights[from + t];
        float w1 = weights[from + t + 1];
        float w2 = weights[from + t + 2];
        float w3 = weights[from + t + 3];
        for (int x = 0; x < width; x++) {
            acc[x] = acc[x] + w0 * t0[x] + w1 * t1[x] + w2 * t2[x] + w3 * t3[x];
        }
    }

    private static void add5(float[] acc, float[][] taps, float[] weights, int from, int t, int width) {
        float[] t0 = taps[t];
        float[] t1 = taps[t + 1];
        float[] t2 = taps[t + 2];
        float[] t3 = taps[t + 3];
        float[] t4 = taps[t + 4];
        float w0 = weights[from + t];
        float w1 = weights[from + t + 1];
        float w2 = weights[from + t + 2];
        float w3 = weights[from + t + 3];
        float w4 = weights[from + t + 4];
        for (int x = 0; x < width; x++) {
            acc[x] = acc[x] + w0 * t0[x] + w1 * t1[x] + w2 * t2[x] + w3 * t3[x] + w4 * t4[x];
        }
    }
}
