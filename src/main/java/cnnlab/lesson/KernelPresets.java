package cnnlab.lesson;

import cnnlab.engine.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classic kernels a lesson or the playground can name instead of writing the numbers:
 * {@code {"preset": "sobel-x"}}. All are single-channel.
 */
public final class KernelPresets {
    private static final Map<String, double[][]> KERNELS = new LinkedHashMap<>();

    static {
        KERNELS.put("identity", new double[][] {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}});
        KERNELS.put("box-blur", scaled(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}, 9));
        KERNELS.put("gaussian-3", scaled(new double[][] {{1, 2, 1}, {2, 4, 2}, {1, 2, 1}}, 16));
        KERNELS.put("gaussian-5", scaled(outer(new double[] {1, 4, 6, 4, 1}), 256));
        KERNELS.put("sharpen", new double[][] {{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}});
        KERNELS.put("sobel-x", new double[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});
        KERNELS.put("sobel-y", new double[][] {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}});
        KERNELS.put("prewitt-x", new double[][] {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}});
        KERNELS.put("prewitt-y", new double[][] {{-1, -1, -1}, {0, 0, 0}, {1, 1, 1}});
        KERNELS.put("laplacian", new double[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
        double[][] edge5 = new double[5][5];
        for (double[] row : edge5) {
            java.util.Arrays.fill(row, -1);
        }
        edge5[2][2] = 24;
        KERNELS.put("edge-5", edge5);
        KERNELS.put("diagonal", new double[][] {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}});
        KERNELS.put("vertical-line", new double[][] {{-1, 1, -1}, {-1, 1, -1}, {-1, 1, -1}});
    }

    private KernelPresets() {
    }

    /** Every preset name, e.g. {@code sobel-x}, in the order menus list them. */
    public static List<String> names() {
        return List.copyOf(KERNELS.keySet());
    }

    /** True when {@code name} is a preset. */
    public static boolean contains(String name) {
        return KERNELS.containsKey(name);
    }

    /**
     * The preset as a 1-channel tensor.
     *
     * @throws IllegalArgumentException for an unknown name (check with {@link #contains} first)
     */
    public static Tensor get(String name) {
        double[][] rows = KERNELS.get(name);
        if (rows == null) {
            throw new IllegalArgumentException("unknown kernel preset " + name);
        }
        float[][] values = new float[rows.length][rows[0].length];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length; x++) {
                values[y][x] = (float) rows[y][x];
            }
        }
        return Tensor.of(values);
    }

    private static double[][] scaled(double[][] rows, double divisor) {
        for (double[] row : rows) {
            for (int x = 0; x < row.length; x++) {
                row[x] /= divisor;
            }
        }
        return rows;
    }

    private static double[][] outer(double[] v) {
        double[][] rows = new double[v.length][v.length];
        for (int y = 0; y < v.length; y++) {
            for (int x = 0; x < v.length; x++) {
                rows[y][x] = v[y] * v[x];
            }
        }
        return rows;
    }
}
