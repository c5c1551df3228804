package cnnlab.engine;

import static cnnlab.engine.TestTensors.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Pool2dTest {

    private static Tensor diagonalMap() {
        return Conv2d.of(TestTensors.filterA(), 1, Padding.NONE, 1).apply(TestTensors.diagonalImage());
    }

    @Test
    void maxPoolingTheDiagonalMapGivesTheCurriculumResult() {
        Tensor pooled = new Pool2d(PoolSpec.of(2, PoolKind.MAX)).apply(diagonalMap());
        assertArrayEquals(new float[][] {{3, 0}, {3, 1}}, pooled.toNested()[0]);
    }

    @Test
    void averagePoolingTheDiagonalMapMatchesTheNaiveMean() {
        Tensor map = diagonalMap();
        Tensor pooled = new Pool2d(PoolSpec.of(2, PoolKind.AVG)).apply(map);
        assertClose(ReferenceLoops.pool(map.toNested(), 2, 2, 0, false), pooled, 0);
        assertEquals(0f, pooled.get(0, 0, 0), "(3 − 1 − 3 + 1) / 4");
    }

    @Test
    void curriculumSizes() {
        assertEquals(Shape.of(13, 13), new Pool2d(PoolSpec.of(2, PoolKind.MAX)).outputShape(Shape.of(26, 26)));
        assertEquals(Shape.of(2, 2), new Pool2d(PoolSpec.of(10, PoolKind.MAX)).outputShape(Shape.of(20, 20)));
    }

    @Test
    void matchesTheNaiveLoopsOnRandomConfigurations() {
        Random random = new Random(9);
        for (int trial = 0; trial < 200; trial++) {
            int size = 1 + random.nextInt(4);
            int stride = 1 + random.nextInt(3);
            int pad = random.nextInt(size / 2 + 1);
            boolean max = random.nextBoolean();
            int h = size + random.nextInt(7);
            int w = size + random.nextInt(7);
            float[][][] values = TestTensors.random(random, 1 + random.nextInt(3), h, w, false);
            Tensor out = new Pool2d(new PoolSpec(size, stride, pad, max ? PoolKind.MAX : PoolKind.AVG))
                    .apply(Tensor.of(values));
            assertClose(ReferenceLoops.pool(values, size, stride, pad, max), out, 1e-6);
        }
    }

    @Test
    void maxPoolingIgnoresPaddingEvenWhenEveryValueIsNegative() {
        Tensor negative = Tensor.of(new float[][] {{-5, -2}, {-3, -4}});
        Tensor pooled = new Pool2d(new PoolSpec(3, 1, 1, PoolKind.MAX)).apply(negative);
        assertArrayEquals(new float[][] {{-2, -2}, {-2, -2}}, pooled.toNested()[0]);
    }

    @Test
    void averagePoolingCountsOnlyRealCells() {
        Tensor ones = Tensor.of(new float[][] {{1, 1}, {1, 1}});
        Tensor pooled = new Pool2d(new PoolSpec(2, 2, 1, PoolKind.AVG)).apply(ones);
        assertArrayEquals(new float[][] {{1, 1}, {1, 1}}, pooled.toNested()[0]);
    }

    @Test
    void traceRecordsTheWinnerAndAgreesWithApply() {
        Tensor map = diagonalMap();
        Pool2d pool = new Pool2d(PoolSpec.of(2, PoolKind.MAX));
        PoolTrace trace = pool.trace(map);
        Tensor fast = pool.apply(map);
        for (int i = 0; i < fast.shape().size(); i++) {
            PoolCell cell = trace.cells().get(i);
            assertEquals(fast.getFlat(i), cell.value());
            assertEquals(cell.value(), cell.winningTap().value());
            for (PoolTap tap : cell.taps()) {
                assertTrue(tap.value() <= cell.value());
            }
        }
        PoolTap winner = trace.cell(0, 1, 0).winningTap();
        assertEquals(3, winner.inputY());
        assertEquals(0, winner.inputX());
    }

    @Test
    void tiesGoToTheFirstCellInReadingOrder() {
        Tensor flat = Tensor.of(new float[][] {{0, 7}, {7, 7}});
        PoolCell cell = new Pool2d(PoolSpec.of(2, PoolKind.MAX)).traceCell(flat, 0, 0, 0);
        assertEquals(1, cell.winner());
    }

    @Test
    void averageHasNoWinner() {
        PoolCell cell = new Pool2d(PoolSpec.of(2, PoolKind.AVG)).traceCell(diagonalMap(), 0, 0, 0);
        assertEquals(-1, cell.winner());
        assertThrows(EngineException.class, cell::winningTap);
    }

    @Test
    void badSpecsAndTooSmallInputsAreRefused() {
        assertThrows(EngineException.class, () -> new PoolSpec(2, 0, 0, PoolKind.MAX));
        assertTrue(assertThrows(EngineException.class, () -> new PoolSpec(2, 2, 2, PoolKind.MAX))
                .getMessage().contains("more than half"));
        Pool2d big = new Pool2d(PoolSpec.of(5, PoolKind.MAX));
        assertTrue(assertThrows(EngineException.class, () -> big.apply(Tensor.zeros(Shape.of(4, 9))))
                .getMessage().contains("output would be empty"));
    }
}
