package cnnlab.imaging;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.Arrays;

/**
 * Resizes the planes of a tensor, each axis on its own, with exact integer geometry so the
 * result is the same on every machine.
 *
 * <ul>
 *   <li>Shrinking an axis from {@code n} to {@code m ≤ n} cells averages areas: output cell
 *       {@code i} covers source span {@code [i·n/m, (i+1)·n/m)} and is the mean of the source
 *       cells under it, each weighted by how much of it lies inside the span.</li>
 *   <li>Growing an axis from {@code n} to {@code m > n} cells takes the nearest source cell:
 *       output cell {@code i} copies source cell {@code ⌊(i + ½)·n/m⌋}. Nearest, not bilinear,
 *       so binary teaching images stay binary and every source cell stays a crisp block.</li>
 * </ul>
 */
public final class Resampling {

    private Resampling() {
    }

    /**
     * Resizes every channel to {@code height × width}. Not modified: {@code input}.
     *
     * @param input the tensor to resize
     * @param height rows of the result, at least 1
     * @param width columns of the result, at least 1
     * @return a new {@code C × height × width} tensor (the same values when the size already fits)
     */
    public static Tensor resize(Tensor input, int height, int width) {
        Shape in = input.shape();
        Shape out = new Shape(in.channels(), height, width);
        if (in.equals(out)) {
            return input;
        }
        AxisWeights rows = AxisWeights.between(in.height(), height);
        AxisWeights columns = AxisWeights.between(in.width(), width);
        float[] result = new float[out.size()];
        double[] rowMix = new double[in.width()];
        for (int c = 0; c < in.channels(); c++) {
            for (int y = 0; y < height; y++) {
                Arrays.fill(rowMix, 0);
                for (int k = 0; k < rows.count(y); k++) {
                    int sourceRow = rows.source(y, k);
                    double weight = rows.weight(y, k);
                    for (int x = 0; x < in.width(); x++) {
                        rowMix[x] += weight * input.get(c, sourceRow, x);
                    }
                }
                for (int x = 0; x < width; x++) {
                    double sum = 0;
                    for (int k = 0; k < columns.count(x); k++) {
                        sum += columns.weight(x, k) * rowMix[columns.source(x, k)];
                    }
                    result[out.index(c, y, x)] = (float) sum;
                }
            }
        }
        return Tensor.of(out, result);
    }

    /** For each output cell along one axis: the source cells it reads and their weights. */
    private static final class AxisWeights {
        private final int[] first;
        private final double[][] weights;

        private AxisWeights(int[] first, double[][] weights) {
            this.first = first;
            this.weights = weights;
        }

        /** Area weights when shrinking (or keeping) {@code n} cells to {@code m}, nearest when growing. */
        static AxisWeights between(int n, int m) {
            int[] first = new int[m];
            double[][] weights = new double[m][];
            for (int i = 0; i < m; i++) {
                if (m > n) {
                    first[i] = (int) ((2L * i + 1) * n / (2L * m));
                    weights[i] = new double[] {1};
                    continue;
                }
                // In units of 1/m source cells: output i spans [i·n, (i+1)·n), source j spans [j·m, (j+1)·m).
                long start = (long) i * n;
                long end = start + n;
                int from = (int) (start / m);
                int to = (int) ((end - 1) / m);
                first[i] = from;
                weights[i] = new double[to - from + 1];
                for (int j = from; j <= to; j++) {
                    long overlap = Math.min(end, (long) (j + 1) * m) - Math.max(start, (long) j * m);
                    weights[i][j - from] = (double) overlap / n;
                }
            }
            return new AxisWeights(first, weights);
        }

        int count(int i) {
            return weights[i].length;
        }

        int source(int i, int k) {
            return first[i] + k;
        }

        double weight(int i, int k) {
            return weights[i][k];
        }
    }
}
