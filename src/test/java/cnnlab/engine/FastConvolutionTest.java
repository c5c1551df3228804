package cnnlab.engine;

import static cnnlab.engine.TestTensors.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast convolution path (row buffers, strips, threads) against the naive reference loops and,
 * bit for bit, against the engine's own trace, which adds the terms in the documented order.
 */
class FastConvolutionTest {

    @Test
    void everySizeStridePaddingAndDilationMatchesTheReferenceAndTheTrace() {
        Random random = new Random(2024);
        for (int kernel = 1; kernel <= 6; kernel++) {
            for (int stride = 1; stride <= 3; stride++) {
                for (int dilation = 1; dilation <= 3; dilation++) {
                    for (int trial = 0; trial < 3; trial++) {
                        int kh = trial == 2 ? 1 + random.nextInt(6) : kernel;
                        Padding padding = new Padding(random.nextInt(4), random.nextInt(4), random.nextInt(4),
                                random.nextInt(4));
                        ConvSpec spec = new ConvSpec(kh, kernel, stride, padding, dilation);
                        // from one row or column (often 1 pixel wide) up to odd sizes of about twice the window
                        int h = Math.max(1, spec.spanHeight() - padding.top() - padding.bottom()) + random.nextInt(9);
                        int w = Math.max(1, spec.spanWidth() - padding.left() - padding.right()) + random.nextInt(9);
                        checkRandomLayer(random, spec, 1 + random.nextInt(3), h, w, random.nextInt(3) + 1);
                    }
                }
            }
        }
    }

    @Test
    void onePixelWideAndOnePixelTallInputs() {
        Random random = new Random(5);
        for (int k = 1; k <= 5; k += 2) {
            for (int stride = 1; stride <= 2; stride++) {
                ConvSpec spec = ConvSpec.square(k, stride, k / 2, 1);
                checkRandomLayer(random, spec, 1, 1, 17, 1);
                checkRandomLayer(random, spec, 2, 23, 1, 2);
                checkRandomLayer(random, spec, 1, 1, 1, 1);
            }
        }
    }

    @Test
    void wideRowsCrossStripBoundariesWithoutASeam() {
        Random random = new Random(8);
        int width = 2 * ConvRows.STRIP + 37;
        for (int stride = 1; stride <= 3; stride++) {
            for (int k : new int[] {3, 5}) {
                ConvSpec spec = new ConvSpec(k, k, stride, Padding.same(5, width, k, k, stride, 2), 2);
                Conv2d conv = randomConv(random, spec, 1, 2);
                Tensor input = Tensor.of(TestTensors.random(random, 1, 5, width, false));
                Tensor fast = conv.apply(input, 1);
                assertEqualsReference(conv, input, fast);
                for (int f = 0; f < 2; f++) {
                    for (int y = 0; y < fast.shape().height(); y++) {
                        for (int x = 0; x < fast.shape().width(); x++) {
                            assertBitwise(conv.traceCell(input, f, y, x).sum(), fast.get(f, y, x), f, y, x);
                        }
                    }
                }
            }
        }
    }

    @Test
    void largeMapsComputedOnSeveralThreadsEqualOneThreadBitForBit() {
        Random random = new Random(13);
        for (int stride = 1; stride <= 2; stride++) {
            ConvSpec spec = ConvSpec.square(3, stride, 1, 1);
            Conv2d conv = randomConv(random, spec, 2, 3);
            Tensor input = Tensor.of(TestTensors.random(random, 2, 601, 1090, false));
            Shape out = conv.outputShape(input.shape());
            long work = (long) out.size() * 2 * 9 * stride;
            assertEquals(Math.min(2, RowBands.CORES), RowBands.bandsFor(out.height(), work, 2),
                    "the map must be large enough for the threaded path");
            Tensor threaded = conv.apply(input, 2);
            Tensor single = conv.apply(input, 1);
            assertArrayEquals(single.toArray(), threaded.toArray());
            for (int i = 0; i < 400; i++) {
                int f = random.nextInt(out.channels());
                int y = i < 40 ? (i % 2 == 0 ? 0 : out.height() - 1) : random.nextInt(out.height());
                int x = i < 80 && i >= 40 ? (i % 2 == 0 ? 0 : out.width() - 1) : random.nextInt(out.width());
                assertBitwise(conv.traceCell(input, f, y, x).sum(), threaded.get(f, y, x), f, y, x);
            }
            // the band borders: the middle rows
            for (int y = out.height() / 2 - 2; y <= out.height() / 2 + 2; y++) {
                for (int x = 0; x < out.width(); x += 7) {
                    assertBitwise(conv.traceCell(input, 0, y, x).sum(), threaded.get(0, y, x), 0, y, x);
                }
            }
        }
    }

    @Test
    void signedZerosInfinitiesAndNaNsFollowTheTracedOrder() {
        float[] specials = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 1e30f, -1e30f,
            Float.MIN_VALUE};
        Random random = new Random(21);
        for (int trial = 0; trial < 60; trial++) {
            ConvSpec spec = new ConvSpec(1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(2),
                    Padding.uniform(random.nextInt(3)), 1);
            int h = spec.spanHeight() + random.nextInt(4);
            int w = spec.spanWidth() + random.nextInt(4);
            float[][][] values = TestTensors.random(random, 1, h, w, false);
            float[][][] weights = TestTensors.random(random, 1, spec.kernelHeight(), spec.kernelWidth(), false);
            for (int i = 0; i < 3; i++) {
                values[0][random.nextInt(h)][random.nextInt(w)] = specials[random.nextInt(specials.length)];
                weights[0][random.nextInt(spec.kernelHeight())][random.nextInt(spec.kernelWidth())] =
                        specials[random.nextInt(specials.length)];
            }
            Conv2d conv = new Conv2d(List.of(Tensor.of(weights)), new float[] {random.nextBoolean() ? -0f : 0f},
                    spec, random.nextBoolean());
            Tensor input = Tensor.of(values);
            assertTracedSumsEqual(conv, input, conv.apply(input));
        }
    }

    @Test
    void applyIntoWritesTheSameValuesWithoutAllocatingATensor() {
        Random random = new Random(3);
        Conv2d conv = randomConv(random, ConvSpec.square(3, 2, 1, 1), 3, 4);
        Tensor input = Tensor.of(TestTensors.random(random, 3, 40, 33, false));
        float[] target = new float[conv.outputShape(input.shape()).size() + 5];
        target[target.length - 1] = 42f;
        Shape shape = conv.applyInto(input, target, 1);
        assertEquals(conv.outputShape(input.shape()), shape);
        float[] expected = conv.apply(input).toArray();
        for (int i = 0; i < expected.length; i++) {
            assertBitwise(expected[i], target[i], 0, 0, i);
        }
        assertEquals(42f, target[target.length - 1], "values past the output are left alone");
        assertTrue(assertThrows(EngineException.class, () -> conv.applyInto(input, new float[10], 1))
                .getMessage().contains("target holds only 10"));
        assertTrue(assertThrows(EngineException.class, () -> conv.apply(input, 0))
                .getMessage().contains("threads must be at least 1"));
    }

    private static void checkRandomLayer(Random random, ConvSpec spec, int channels, int h, int w, int filters) {
        Conv2d conv = new Conv2d(randomFilters(random, spec, channels, filters), randomBias(random, filters), spec,
                random.nextBoolean());
        Tensor input = Tensor.of(TestTensors.random(random, channels, h, w, false));
        Tensor fast = conv.apply(input, 1 + random.nextInt(2));
        assertEqualsReference(conv, input, fast);
        assertTracedSumsEqual(conv, input, fast);
    }

    private static Conv2d randomConv(Random random, ConvSpec spec, int channels, int filters) {
        return new Conv2d(randomFilters(random, spec, channels, filters), randomBias(random, filters), spec,
                random.nextBoolean());
    }

    private static List<Tensor> randomFilters(Random random, ConvSpec spec, int channels, int filters) {
        List<Tensor> list = new ArrayList<>();
        for (int f = 0; f < filters; f++) {
            list.add(Tensor.of(TestTensors.random(random, channels, spec.kernelHeight(), spec.kernelWidth(), false)));
        }
        return list;
    }

    private static float[] randomBias(Random random, int filters) {
        float[] bias = new float[filters];
        for (int f = 0; f < filters; f++) {
            bias[f] = random.nextFloat() - 0.5f;
        }
        return bias;
    }

    private static void assertEqualsReference(Conv2d conv, Tensor input, Tensor fast) {
        float[][][][] w = conv.filters().stream().map(Tensor::toNested).toArray(float[][][][]::new);
        Padding p = conv.spec().padding();
        assertClose(ReferenceLoops.convolve(input.toNested(), w, conv.bias(), conv.spec().stride(), p.top(),
                p.bottom(), p.left(), p.right(), conv.spec().dilation(), conv.flip()), fast, 1e-4);
    }

    private static void assertTracedSumsEqual(Conv2d conv, Tensor input, Tensor fast) {
        Shape out = fast.shape();
        for (int f = 0; f < out.channels(); f++) {
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0; x < out.width(); x++) {
                    assertBitwise(conv.traceCell(input, f, y, x).sum(), fast.get(f, y, x), f, y, x);
                }
            }
        }
    }

    private static void assertBitwise(float expected, float actual, int f, int y, int x) {
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(actual),
                "output (" + f + ", " + y + ", " + x + "): expected " + expected + " but was " + actual);
    }
}
