package cnnlab.ui.flip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.Padding;
import cnnlab.engine.Tensor;
import cnnlab.lesson.ConvolutionSetup;
import cnnlab.ui.grid.Mark;
import cnnlab.ui.i18n.Language;
import cnnlab.ui.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlipComparisonViewModelTest {
    private static final Messages MESSAGES = new Messages(Language.ENGLISH);
    private static final Tensor INPUT = Tensor.of(new float[][] {{1, 2, 0, 1}, {0, 1, 3, 1}, {2, 0, 1, 0}, {1, 1, 0, 2}});

    private static FlipComparisonViewModel of(Tensor kernel) {
        Conv2d conv = new Conv2d(List.of(kernel), new float[0], new ConvSpec(kernel.shape().height(),
                kernel.shape().width(), 1, Padding.NONE, 1), false);
        return new FlipComparisonViewModel(new ConvolutionSetup(INPUT, conv, false), MESSAGES);
    }

    /** out[y][x] = Σ in[y+i][x+j]·k[i][j], with the kernel turned when flipping: the definitions, by hand. */
    private static Tensor naive(Tensor kernel, boolean flip) {
        int k = kernel.shape().height();
        int n = INPUT.shape().height() - k + 1;
        float[][] out = new float[n][n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        float w = flip ? kernel.get(0, k - 1 - i, k - 1 - j) : kernel.get(0, i, j);
                        out[y][x] += INPUT.get(0, y + i, x + j) * w;
                    }
                }
            }
        }
        return Tensor.of(out);
    }

    @Test
    void aNonSymmetricKernelGivesTwoDifferentMaps() {
        Tensor sobel = Tensor.of(new float[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});
        FlipComparisonViewModel model = of(sobel);
        assertEquals(Tensor.of(new float[][] {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}}), model.turnedKernel());
        assertEquals(naive(sobel, false), model.crossOutput());
        assertEquals(naive(sobel, true), model.convOutput());
        assertFalse(model.same());
        assertTrue(model.verdictProperty().get().startsWith("The two maps differ"));
        model.select(1, 0);
        assertEquals("Output (1, 0): cross-correlation gives " + fmt(naive(sobel, false).get(0, 1, 0))
                + ", convolution gives " + fmt(naive(sobel, true).get(0, 1, 0))
                + ". Click a cell of either map to compare another.", model.captionProperty().get());
        assertEquals(List.of(new Mark(1, 0, 3, 3, Mark.Style.WINDOW)), model.inputPictureProperty().get().marks());
    }

    @Test
    void aSymmetricKernelGivesTheSameMap() {
        FlipComparisonViewModel model = of(Tensor.of(new float[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}}));
        assertTrue(model.same());
        assertEquals(model.kernel(), model.turnedKernel());
    }

    private static String fmt(float v) {
        return v == (int) v ? String.valueOf((int) v) : String.valueOf(v);
    }
}
