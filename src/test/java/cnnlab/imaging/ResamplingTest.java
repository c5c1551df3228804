package cnnlab.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResamplingTest {

    @Test
    void halvingAveragesEachTwoByTwoBlock() {
        Tensor input = Tensor.of(new float[][] {
            {1, 3, 0, 0},
            {5, 7, 0, 4},
            {2, 2, 8, 8},
            {2, 2, 8, 8}});

        assertEquals(Tensor.of(new float[][] {{4, 1}, {2, 8}}), Resampling.resize(input, 2, 2));
    }

    @Test
    void shrinkingByANonIntegerFactorWeighsPartlyCoveredCells() {
        Tensor input = Tensor.of(new float[][] {{3, 6, 9}});

        // Output cell 0 covers source [0, 1.5): all of 3 and half of 6; cell 1 covers [1.5, 3).
        Tensor resized = Resampling.resize(input, 1, 2);

        assertEquals((3 + 0.5f * 6) / 1.5f, resized.get(0, 0, 0), 1e-6f);
        assertEquals((0.5f * 6 + 9) / 1.5f, resized.get(0, 0, 1), 1e-6f);
    }

    @Test
    void areaAveragingKeepsTheMean() {
        Random random = new Random(7);
        float[] values = new float[2 * 9 * 7];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat();
        }
        Tensor input = Tensor.of(new Shape(2, 9, 7), values);

        Tensor resized = Resampling.resize(input, 4, 3);

        for (int c = 0; c < 2; c++) {
            assertEquals(mean(input.channel(c)), mean(resized.channel(c)), 1e-5);
        }
    }

    @Test
    void growingRepeatsTheNearestCellSoBinaryStaysBinary() {
        Tensor input = Tensor.of(new float[][] {{1, 0}, {0, 1}});

        assertEquals(Tensor.of(new float[][] {
            {1, 1, 0, 0},
            {1, 1, 0, 0},
            {0, 0, 1, 1},
            {0, 0, 1, 1}}), Resampling.resize(input, 4, 4));
        // Output column i copies source column ⌊(i + ½)·2/3⌋: 0, 1, 1.
        assertEquals(Tensor.of(new float[][] {{1, 0, 0}, {0, 1, 1}}), Resampling.resize(input, 2, 3));
    }

    @Test
    void axesResizeIndependently() {
        Tensor input = Tensor.of(new float[][] {{2, 4}, {6, 8}});

        assertEquals(Tensor.of(new float[][] {{4, 4, 6, 6}}), Resampling.resize(input, 1, 4));
    }

    @Test
    void sameSizeReturnsTheInput() {
        Tensor input = Tensor.of(new float[][] {{1, 2}});

        assertSame(input, Resampling.resize(input, 1, 2));
    }

    private static double mean(Tensor plane) {
        double sum = 0;
        for (float v : plane.toArray()) {
            sum += v;
        }
        return sum / plane.shape().size();
    }
}
