package cnnlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReceptiveFieldTest {

    @Test
    void stackedThreeByThreeConvolutionsSeeFiveThenSeven() {
        ConvSpec conv = ConvSpec.square(3, 1, 0, 1);
        assertEquals(3, ReceptiveField.of(List.of(conv)).sizeY());
        assertEquals(5, ReceptiveField.of(List.of(conv, conv)).sizeY());
        assertEquals(7, ReceptiveField.of(List.of(conv, conv, conv)).sizeX());
    }

    @Test
    void poolingAndStrideMakeItGrowFaster() {
        ConvSpec conv = ConvSpec.square(3, 1, 0, 1);
        ConvSpec pool = PoolSpec.of(2, PoolKind.MAX).window();
        ReceptiveField field = ReceptiveField.of(List.of(conv, pool, conv));
        assertEquals(8, field.sizeY(), "3, then 4 after the pool, then 4 + 2·2");
        assertEquals(2, field.jumpY());
    }

    @Test
    void closedFormAgreesWithWalkingBackThroughEveryTap() {
        Random random = new Random(21);
        for (int trial = 0; trial < 300; trial++) {
            List<ConvSpec> layers = new ArrayList<>();
            int depth = 1 + random.nextInt(4);
            for (int l = 0; l < depth; l++) {
                layers.add(new ConvSpec(1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(3),
                        new Padding(random.nextInt(2), random.nextInt(2), random.nextInt(2), random.nextInt(2)),
                        1 + random.nextInt(2)));
            }
            int inputSize = 80;
            ReceptiveField field = ReceptiveField.of(layers);
            int outH = inputSize;
            int outW = inputSize;
            for (ConvSpec s : layers) {
                outH = s.outputHeight(outH);
                outW = s.outputWidth(outW);
            }
            if (outH <= 0 || outW <= 0) {
                continue;
            }
            for (int out = 0; out < outH; out++) {
                BitSet rows = ReceptiveField.rowsBehind(layers, inputSize, out);
                int top = field.topRow(out);
                int bottom = top + field.sizeY() - 1;
                if (top >= 0 && bottom < inputSize) {
                    assertEquals(top, rows.nextSetBit(0), "first row behind " + out + " of " + layers);
                    assertEquals(bottom, rows.length() - 1, "last row behind " + out + " of " + layers);
                } else {
                    assertTrue(rows.isEmpty() || rows.nextSetBit(0) >= top && rows.length() - 1 <= bottom);
                }
            }
            for (int out = 0; out < outW; out++) {
                BitSet cols = ReceptiveField.columnsBehind(layers, inputSize, out);
                int left = field.leftColumn(out);
                if (left >= 0 && left + field.sizeX() <= inputSize) {
                    assertEquals(left, cols.nextSetBit(0));
                    assertEquals(left + field.sizeX() - 1, cols.length() - 1);
                }
            }
        }
    }

    @Test
    void theCellsBehindAreExactlyTheInputsThatChangeTheOutput() {
        List<ConvSpec> layers = List.of(ConvSpec.square(3, 1, 1, 1), PoolSpec.of(2, PoolKind.AVG).window(),
                ConvSpec.square(3, 2, 0, 2));
        Tensor ones = Tensor.of(new float[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});
        int n = 16;
        Tensor base = Tensor.zeros(Shape.of(n, n));
        Tensor reference = forward(base, ones);
        for (int outY = 0; outY < reference.shape().height(); outY++) {
            for (int outX = 0; outX < reference.shape().width(); outX++) {
                BitSet rows = ReceptiveField.rowsBehind(layers, n, outY);
                BitSet cols = ReceptiveField.columnsBehind(layers, n, outX);
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        boolean changes = forward(base.with(0, y, x, 1), ones).get(0, outY, outX)
                                != reference.get(0, outY, outX);
                        assertEquals(rows.get(y) && cols.get(x), changes,
                                "input (" + y + ", " + x + ") for output (" + outY + ", " + outX + ")");
                    }
                }
            }
        }
    }

    private static Tensor forward(Tensor input, Tensor ones) {
        Tensor a = Conv2d.of(ones, 1, Padding.uniform(1), 1).apply(input);
        Tensor b = new Pool2d(PoolSpec.of(2, PoolKind.AVG)).apply(a);
        return Conv2d.of(ones, 2, Padding.NONE, 2).apply(b);
    }

    @Test
    void dilationLeavesHolesInsideTheSpan() {
        BitSet rows = ReceptiveField.rowsBehind(List.of(ConvSpec.square(3, 1, 0, 2)), 10, 0);
        BitSet expected = new BitSet();
        expected.set(0);
        expected.set(2);
        expected.set(4);
        assertEquals(expected, rows);
        assertEquals(5, ReceptiveField.of(List.of(ConvSpec.square(3, 1, 0, 2))).sizeY());
    }
}
