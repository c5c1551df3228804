package cnnlab.engine;

import static cnnlab.engine.TestTensors.assertClose;
import static cnnlab.engine.TestTensors.diagonalImage;
import static cnnlab.engine.TestTensors.filterA;
import static cnnlab.engine.TestTensors.filterB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Conv2dTest {

    @Test
    void diagonalDetectorGivesTheCurriculumMap() {
        Tensor map = Conv2d.of(filterA(), 1, Padding.NONE, 1).apply(diagonalImage());
        assertArrayEquals(new float[][] {{3, -1, -3, -1}, {-3, 1, 0, -3}, {-3, -3, 0, 1}, {3, -2, -2, -1}},
                map.toNested()[0]);
    }

    @Test
    void strideTwoGivesTheCurriculumTwoByTwoMap() {
        Tensor map = Conv2d.of(filterA(), 2, Padding.NONE, 1).apply(diagonalImage());
        assertArrayEquals(new float[][] {{3, -3}, {-3, 0}}, map.toNested()[0]);
    }

    @Test
    void twoFiltersStackIntoTwoChannels() {
        Conv2d conv = new Conv2d(List.of(filterA(), filterB()), new float[0], ConvSpec.square(3, 1, 0, 1), false);
        Tensor maps = conv.apply(diagonalImage());
        assertEquals(new Shape(2, 4, 4), maps.shape());
        assertEquals(Conv2d.of(filterA(), 1, Padding.NONE, 1).apply(diagonalImage()), maps.channel(0));
        assertEquals(Conv2d.of(filterB(), 1, Padding.NONE, 1).apply(diagonalImage()), maps.channel(1));
    }

    @Test
    void slidingWindowLessonGivesThreeByThree() {
        Tensor image = TestTensors.fromRows("11100", "01110", "00111", "00110", "01100");
        Tensor kernel = Tensor.of(new float[][] {{1, 0, 1}, {0, 1, 0}, {1, 0, 1}});
        Tensor out = Conv2d.of(kernel, 1, Padding.NONE, 1).apply(image);
        assertClose(reference(image, List.of(kernel), new float[0], 1, Padding.NONE, 1, false), out, 0);
        assertEquals(new Shape(1, 3, 3), out.shape());
    }

    @Test
    void matchesTheNaiveLoopsOnRandomConfigurations() {
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int channels = 1 + random.nextInt(3);
            int kh = 1 + random.nextInt(4);
            int kw = 1 + random.nextInt(4);
            int dilation = 1 + random.nextInt(2);
            Padding padding = new Padding(random.nextInt(3), random.nextInt(3), random.nextInt(3), random.nextInt(3));
            int stride = 1 + random.nextInt(3);
            int h = dilation * (kh - 1) + 1 + random.nextInt(8);
            int w = dilation * (kw - 1) + 1 + random.nextInt(8);
            boolean flip = random.nextBoolean();
            Tensor input = Tensor.of(TestTensors.random(random, channels, h, w, false));
            List<Tensor> filters = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            float[] bias = new float[random.nextBoolean() ? count : 0];
            for (int f = 0; f < count; f++) {
                filters.add(Tensor.of(TestTensors.random(random, channels, kh, kw, false)));
                if (bias.length > 0) {
                    bias[f] = random.nextFloat() - 0.5f;
                }
            }
            Conv2d conv = new Conv2d(filters, bias, new ConvSpec(kh, kw, stride, padding, dilation), flip);
            assertClose(reference(input, filters, bias, stride, padding, dilation, flip), conv.apply(input), 1e-5);
        }
    }

    @Test
    void everyTracedSumEqualsTheFastOutputBitForBit() {
        Random random = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            int channels = 1 + random.nextInt(3);
            int k = 1 + random.nextInt(3);
            ConvSpec spec = new ConvSpec(k, k, 1 + random.nextInt(2), Padding.uniform(random.nextInt(2)),
                    1 + random.nextInt(2));
            int h = spec.spanHeight() + random.nextInt(6);
            Tensor input = Tensor.of(TestTensors.random(random, channels, h, h + 1, false));
            Conv2d conv = new Conv2d(List.of(Tensor.of(TestTensors.random(random, channels, k, k, false)),
                    Tensor.of(TestTensors.random(random, channels, k, k, false))),
                    new float[] {0.25f, -0.5f}, spec, random.nextBoolean());
            Tensor fast = conv.apply(input);
            ConvTrace trace = conv.trace(input);
            assertEquals(fast.shape(), trace.output());
            for (int i = 0; i < fast.shape().size(); i++) {
                ConvCell cell = trace.cells().get(i);
                assertEquals(Float.floatToIntBits(fast.getFlat(i)), Float.floatToIntBits(cell.sum()),
                        "cell " + i + " of trial " + trial);
                float products = cell.bias();
                for (ConvTap tap : cell.taps()) {
                    assertEquals(tap.input() * tap.weight(), tap.product());
                    products += tap.product();
                }
                assertEquals(cell.sum(), products);
            }
        }
    }

    @Test
    void traceMarksPaddingAndRecordsWindowPositions() {
        Conv2d conv = Conv2d.of(filterA(), 2, Padding.uniform(1), 1);
        ConvTrace trace = conv.trace(diagonalImage());
        assertEquals(new Shape(1, 3, 3), trace.output());
        ConvCell corner = trace.cell(0, 0, 0);
        assertEquals(-1, corner.windowTop());
        assertEquals(-1, corner.windowLeft());
        assertEquals(9, corner.taps().size());
        long paddingTaps = corner.taps().stream().filter(ConvTap::padding).count();
        assertEquals(5, paddingTaps, "top row and left column of a 3×3 window at (−1, −1)");
        for (ConvTap tap : corner.taps()) {
            assertEquals(tap.padding(), !diagonalImage().shape().contains(tap.inputY(), tap.inputX()));
            if (tap.padding()) {
                assertEquals(0f, tap.input());
            }
        }
        ConvCell middle = trace.cell(0, 1, 1);
        assertEquals(1, middle.windowTop());
        assertTrue(middle.reads(1, 1));
        assertFalse(middle.reads(0, 0));
    }

    @Test
    void readersOfAnInputCellAreTheWindowsCoveringIt() {
        ConvTrace trace = Conv2d.of(filterA(), 1, Padding.NONE, 1).trace(diagonalImage());
        assertEquals(1, trace.readersOf(0, 0, 0).size());
        assertEquals(9, trace.readersOf(0, 2, 2).size());
    }

    @Test
    void flipUsesTheKernelRotatedHalfATurn() {
        Tensor kernel = Tensor.of(new float[][] {{1, 2}, {3, 4}});
        Tensor rotated = Tensor.of(new float[][] {{4, 3}, {2, 1}});
        Tensor input = Tensor.of(TestTensors.random(new Random(3), 1, 5, 5, true));
        ConvSpec spec = ConvSpec.square(2, 1, 0, 1);
        Tensor convolution = new Conv2d(List.of(kernel), new float[0], spec, true).apply(input);
        Tensor correlation = new Conv2d(List.of(rotated), new float[0], spec, false).apply(input);
        assertEquals(correlation, convolution);
        ConvTap firstTap = new Conv2d(List.of(kernel), new float[0], spec, true).traceCell(input, 0, 0, 0).taps().get(0);
        assertEquals(4f, firstTap.weight(), "the top-left tap multiplies the bottom-right weight");
        assertEquals(1, firstTap.kernelY());
        assertEquals(1, firstTap.kernelX());
    }

    @Test
    void symmetricKernelsGiveTheSameResultWithAndWithoutFlip() {
        Tensor blur = Tensor.of(new float[][] {{1, 2, 1}, {2, 4, 2}, {1, 2, 1}});
        Tensor input = Tensor.of(TestTensors.random(new Random(5), 1, 6, 6, false));
        ConvSpec spec = ConvSpec.square(3, 1, 1, 1);
        assertEquals(new Conv2d(List.of(blur), new float[0], spec, false).apply(input),
                new Conv2d(List.of(blur), new float[0], spec, true).apply(input));
    }

    @Test
    void samePaddingKeepsTheSizeAtStrideOneAndGivesCeilingAtStrideTwo() {
        Tensor input = Tensor.zeros(Shape.of(7, 8));
        Tensor k = Tensor.zeros(Shape.of(3, 3));
        assertEquals(Shape.of(7, 8), Conv2d.of(k, 1, Padding.same(7, 8, 3, 3, 1, 1), 1).apply(input).shape());
        assertEquals(Shape.of(4, 4), Conv2d.of(k, 2, Padding.same(7, 8, 3, 3, 2, 1), 1).apply(input).shape());
    }

    @Test
    void outputSizeFormulaMatchesTheCurriculum() {
        assertEquals(28, ConvSpec.outputSize(32, 5, 1, 0, 0, 1));
        int n = 32;
        for (int layer = 0; layer < 7; layer++) {
            n = ConvSpec.outputSize(n, 5, 1, 0, 0, 1);
        }
        assertEquals(4, n, "seven 5×5 layers take 32×32 to 4×4");
        int layers = 0;
        for (n = 224; n > 4; layers++) {
            n = ConvSpec.outputSize(n, 5, 1, 0, 0, 1);
        }
        // The seed notes and CURRICULUM.md say 44; each 5×5 layer removes 4 cells, so (224 − 4) / 4 = 55.
        assertEquals(55, layers, "224×224 needs 55 layers of 5×5 to reach 4×4");
        assertEquals(13, ConvSpec.outputSize(13, 3, 1, 1, 1, 1), "p = (k−1)/2 keeps the size");
        assertEquals(7, ConvSpec.outputSize(13, 3, 1, 0, 0, 3), "dilation 3 spans 7 cells: 13 − 7 + 1");
    }

    @Test
    void emptyOutputIsAnErrorThatSaysWhy() {
        Conv2d conv = Conv2d.of(Tensor.zeros(Shape.of(5, 5)), 1, Padding.NONE, 1);
        EngineException e = assertThrows(EngineException.class, () -> conv.apply(Tensor.zeros(Shape.of(3, 8))));
        assertTrue(e.getMessage().contains("window is 5 rows tall but the padded input is only 3"), e.getMessage());
    }

    @Test
    void badConfigurationsAreRefusedWithReasons() {
        assertTrue(assertThrows(EngineException.class, () -> ConvSpec.square(3, 0, 0, 1))
                .getMessage().contains("stride must be at least 1, got 0"));
        assertTrue(assertThrows(EngineException.class, () -> ConvSpec.square(3, 1, -1, 1))
                .getMessage().contains("padding cannot be negative"));
        assertTrue(assertThrows(EngineException.class, () -> ConvSpec.square(3, 1, 0, 0))
                .getMessage().contains("dilation"));
        Conv2d rgb = new Conv2d(List.of(Tensor.zeros(new Shape(3, 3, 3))), new float[0], ConvSpec.square(3, 1, 0, 1), false);
        assertTrue(assertThrows(EngineException.class, () -> rgb.apply(Tensor.zeros(Shape.of(5, 5))))
                .getMessage().contains("input has 1 channel(s) but the kernel expects 3"));
        assertThrows(EngineException.class, () -> new Conv2d(List.of(filterA(), Tensor.zeros(Shape.of(2, 2))),
                new float[0], ConvSpec.square(3, 1, 0, 1), false));
        assertThrows(EngineException.class, () -> new Conv2d(List.of(filterA()), new float[] {1, 2},
                ConvSpec.square(3, 1, 0, 1), false));
    }

    @Test
    void aTraceTooLargeIsRefusedButSingleCellsStillWork() {
        Tensor big = Tensor.zeros(new Shape(3, 600, 600));
        Conv2d conv = new Conv2d(List.of(Tensor.zeros(new Shape(3, 3, 3))), new float[0], ConvSpec.square(3, 1, 1, 1), false);
        assertThrows(EngineException.class, () -> conv.trace(big));
        assertEquals(27, conv.traceCell(big, 0, 300, 300).taps().size());
    }

    @Test
    void rgbChannelsAddIntoOneOutput() {
        Random random = new Random(11);
        Tensor rgb = Tensor.of(TestTensors.random(random, 3, 4, 4, true));
        Tensor kernel = Tensor.of(TestTensors.random(random, 3, 3, 3, true));
        Tensor whole = new Conv2d(List.of(kernel), new float[0], ConvSpec.square(3, 1, 0, 1), false).apply(rgb);
        assertEquals(1, whole.shape().channels());
        float[] sum = new float[4];
        for (int c = 0; c < 3; c++) {
            Tensor part = Conv2d.of(kernel.channel(c), 1, Padding.NONE, 1).apply(rgb.channel(c));
            for (int i = 0; i < 4; i++) {
                sum[i] += part.getFlat(i);
            }
        }
        assertArrayEquals(sum, whole.toArray());
    }

    private static double[][][] reference(Tensor input, List<Tensor> filters, float[] bias, int stride, Padding p,
                                          int dilation, boolean flip) {
        float[][][][] w = filters.stream().map(Tensor::toNested).toArray(float[][][][]::new);
        return ReferenceLoops.convolve(input.toNested(), w, bias, stride, p.top(), p.bottom(), p.left(), p.right(),
                dilation, flip);
    }
}
