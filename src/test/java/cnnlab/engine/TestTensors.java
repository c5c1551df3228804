package cnnlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

/** Small helpers shared by the tests of the engine and of the layers above it. */
public final class TestTensors {
    private TestTensors() {
    }

    /** The curriculum's 6×6 image with a diagonal, rows 100001 / 010010 / 001100 / 100010 / 010010 / 001010. */
    public static Tensor diagonalImage() {
        return fromRows("100001", "010010", "001100", "100010", "010010", "001010");
    }

    /** Filter A of the curriculum: the main-diagonal detector. */
    public static Tensor filterA() {
        return Tensor.of(new float[][] {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}});
    }

    /** Filter B of the curriculum: the vertical-line detector. */
    public static Tensor filterB() {
        return Tensor.of(new float[][] {{-1, 1, -1}, {-1, 1, -1}, {-1, 1, -1}});
    }

    public static Tensor fromRows(String... rows) {
        float[][] values = new float[rows.length][];
        for (int y = 0; y < rows.length; y++) {
            values[y] = new float[rows[y].length()];
            for (int x = 0; x < rows[y].length(); x++) {
                values[y][x] = rows[y].charAt(x) - '0';
            }
        }
        return Tensor.of(values);
    }

    /** Uniform random values in [−1, 1), or small whole numbers when {@code integers}. */
    public static float[][][] random(Random random, int c, int h, int w, boolean integers) {
        float[][][] values = new float[c][h][w];
        for (float[][] plane : values) {
            for (float[] row : plane) {
                for (int x = 0; x < w; x++) {
                    row[x] = integers ? random.nextInt(7) - 3 : random.nextFloat() * 2 - 1;
                }
            }
        }
        return values;
    }

    static void assertClose(double[][][] expected, Tensor actual, double tolerance) {
        assertEquals(expected.length, actual.shape().channels(), "channels");
        assertEquals(expected[0].length, actual.shape().height(), "height");
        assertEquals(expected[0][0].length, actual.shape().width(), "width");
        for (int c = 0; c < expected.length; c++) {
            for (int y = 0; y < expected[c].length; y++) {
                for (int x = 0; x < expected[c][y].length; x++) {
                    assertEquals(expected[c][y][x], actual.get(c, y, x), tolerance,
                            "value at (" + c + ", " + y + ", " + x + ")");
                }
            }
        }
    }
}
