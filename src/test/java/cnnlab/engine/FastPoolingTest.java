package cnnlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast pooling path against the naive reference loops and, bit for bit, against the trace. */
class FastPoolingTest {

    @Test
    void everySizeStrideAndPaddingMatchesTheReferenceAndTheTrace() {
        Random random = new Random(31);
        for (int size = 1; size <= 4; size++) {
            for (int stride = 1; stride <= 3; stride++) {
                for (int pad = 0; pad <= size / 2; pad++) {
                    for (PoolKind kind : PoolKind.values()) {
                        int h = Math.max(1, size - 2 * pad) + random.nextInt(8);
                        int w = Math.max(1, size - 2 * pad) + random.nextInt(8);
                        check(random, new PoolSpec(size, stride, pad, kind), 1 + random.nextInt(3), h, w);
                    }
                }
            }
        }
    }

    @Test
    void twoByTwoStrideTwoOnOddAndOnePixelSizes() {
        Random random = new Random(4);
        for (PoolKind kind : PoolKind.values()) {
            for (int[] size : new int[][] {{2, 2}, {3, 5}, {7, 2}, {2, 9}, {101, 67}}) {
                check(random, PoolSpec.of(2, kind), 2, size[0], size[1]);
            }
            check(random, new PoolSpec(1, 1, 0, kind), 1, 1, 13);
            check(random, new PoolSpec(3, 2, 1, kind), 1, 1, 1);
        }
    }

    @Test
    void nanAndSignedZerosFollowTheFirstWinsRule() {
        float[] specials = {0f, -0f, Float.NaN, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 1f, -1f};
        Random random = new Random(17);
        for (int trial = 0; trial < 200; trial++) {
            float[][][] values = new float[1][4][6];
            for (float[] row : values[0]) {
                for (int x = 0; x < row.length; x++) {
                    row[x] = specials[random.nextInt(specials.length)];
                }
            }
            PoolSpec spec = trial % 2 == 0 ? PoolSpec.of(2, PoolKind.MAX) : new PoolSpec(3, 1, 1, PoolKind.MAX);
            Tensor input = Tensor.of(values);
            assertTraceEqual(new Pool2d(spec), input, new Pool2d(spec).apply(input));
        }
    }

    @Test
    void largeMapsOnSeveralThreadsEqualOneThread() {
        Random random = new Random(6);
        Tensor input = Tensor.of(TestTensors.random(random, 3, 700, 1301, false));
        for (PoolKind kind : PoolKind.values()) {
            for (PoolSpec spec : new PoolSpec[] {PoolSpec.of(2, kind), new PoolSpec(3, 2, 1, kind)}) {
                Pool2d pool = new Pool2d(spec);
                Shape out = pool.outputShape(input.shape());
                assertEquals(Math.min(2, RowBands.CORES), RowBands.bandsFor(out.channels() * out.height(),
                        (long) out.size() * spec.size() * spec.size(), 2), "large enough for the threaded path");
                Tensor threaded = pool.apply(input, 2);
                assertArrayEquals(pool.apply(input, 1).toArray(), threaded.toArray());
                for (int i = 0; i < 300; i++) {
                    int c = random.nextInt(3);
                    int y = random.nextInt(out.height());
                    int x = random.nextInt(out.width());
                    assertEquals(pool.traceCell(input, c, y, x).value(), threaded.get(c, y, x));
                }
            }
        }
    }

    private static void check(Random random, PoolSpec spec, int channels, int h, int w) {
        float[][][] values = TestTensors.random(random, channels, h, w, false);
        Pool2d pool = new Pool2d(spec);
        Tensor input = Tensor.of(values);
        Tensor fast = pool.apply(input, 1 + random.nextInt(2));
        TestTensors.assertClose(ReferenceLoops.pool(values, spec.size(), spec.stride(), spec.padding(),
                spec.kind() == PoolKind.MAX), fast, 1e-6);
        assertTraceEqual(pool, input, fast);
    }

    private static void assertTraceEqual(Pool2d pool, Tensor input, Tensor fast) {
        Shape out = fast.shape();
        for (int c = 0; c < out.channels(); c++) {
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0; x < out.width(); x++) {
                    assertEquals(Float.floatToIntBits(pool.traceCell(input, c, y, x).value()),
                            Float.floatToIntBits(fast.get(c, y, x)), "pooled (" + c + ", " + y + ", " + x + ")");
                }
            }
        }
    }
}
