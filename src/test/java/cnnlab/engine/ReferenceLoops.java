package cnnlab.engine;

/**
 * Naive, obviously correct loops written straight from the textbook formulas, with bounds checks
 * instead of padded copies. The engine's fast code is tested against these, and the benchmarks
 * (src/bench/java) time them as the naive peer.
 */
public final class ReferenceLoops {
    private ReferenceLoops() {
    }

    /** out[f][y][x] = b[f] + Σ in[c][y·s − pt + i·d][x·s − pl + j·d] · w[f][c][i or flipped][j or flipped]. */
    public static double[][][] convolve(float[][][] in, float[][][][] w, float[] b, int stride, int pt, int pb, int pl,
                                 int pr, int dilation, boolean flip) {
        int channels = in.length;
        int h = in[0].length;
        int wd = in[0][0].length;
        int kh = w[0][0].length;
        int kw = w[0][0][0].length;
        int outH = (h + pt + pb - dilation * (kh - 1) - 1) / stride + 1;
        int outW = (wd + pl + pr - dilation * (kw - 1) - 1) / stride + 1;
        double[][][] out = new double[w.length][outH][outW];
        for (int f = 0; f < w.length; f++) {
            for (int y = 0; y < outH; y++) {
                for (int x = 0; x < outW; x++) {
                    double sum = b.length == 0 ? 0 : b[f];
                    for (int c = 0; c < channels; c++) {
                        for (int i = 0; i < kh; i++) {
                            for (int j = 0; j < kw; j++) {
                                int iy = y * stride - pt + i * dilation;
                                int ix = x * stride - pl + j * dilation;
                                if (iy < 0 || iy >= h || ix < 0 || ix >= wd) {
                                    continue;
                                }
                                float weight = flip ? w[f][c][kh - 1 - i][kw - 1 - j] : w[f][c][i][j];
                                sum += (double) in[c][iy][ix] * weight;
                            }
                        }
                    }
                    out[f][y][x] = sum;
                }
            }
        }
        return out;
    }

    /** Max or mean of the real cells under each window, per channel. */
    public static double[][][] pool(float[][][] in, int size, int stride, int pad, boolean max) {
        int h = in[0].length;
        int w = in[0][0].length;
        int outH = (h + 2 * pad - size) / stride + 1;
        int outW = (w + 2 * pad - size) / stride + 1;
        double[][][] out = new double[in.length][outH][outW];
        for (int c = 0; c < in.length; c++) {
            for (int y = 0; y < outH; y++) {
                for (int x = 0; x < outW; x++) {
                    double best = Double.NEGATIVE_INFINITY;
                    double sum = 0;
                    int count = 0;
                    for (int i = 0; i < size; i++) {
                        for (int j = 0; j < size; j++) {
                            int iy = y * stride - pad + i;
                            int ix = x * stride - pad + j;
                            if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                                best = Math.max(best, in[c][iy][ix]);
                                sum += in[c][iy][ix];
                                count++;
                            }
                        }
                    }
                    out[c][y][x] = max ? best : sum / count;
                }
            }
        }
        return out;
    }
}
