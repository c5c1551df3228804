package cnnlab.timeline;

import static cnnlab.engine.TestTensors.diagonalImage;
import static cnnlab.engine.TestTensors.filterA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Conv2d;
import cnnlab.engine.Padding;
import cnnlab.engine.Pool2d;
import cnnlab.engine.PoolCell;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.PoolTrace;
import cnnlab.engine.Tensor;
import cnnlab.engine.TestTensors;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PoolTimelineTest {

    private static final Pace ONE_SECOND = new Pace(1, true, 0.5);
    private final Tensor diagonalMap = Conv2d.of(filterA(), 1, Padding.NONE, 1).apply(diagonalImage());

    @Test
    void maxPoolingTheDiagonalMapShowsTheTraceWinners() {
        Pool2d pool = new Pool2d(PoolSpec.of(2, PoolKind.MAX));
        PoolTrace trace = pool.trace(diagonalMap);
        PoolTimeline timeline = new PoolTimeline(trace, Walk.all(), ONE_SECOND);
        float[] shown = new float[4];
        for (PoolCell cell : trace.cells()) {
            PoolState terms = timeline.stateAt(timeline.timeOfCell(0, cell.outY(), cell.outX()) - 0.5);
            assertEquals(Phase.SHOW_TERMS, terms.slide().phase());
            assertEquals(-1, terms.winner(), "no winner before all four cells are lit");
            PoolState result = timeline.stateAt(timeline.timeOfCell(0, cell.outY(), cell.outX()));
            assertEquals(cell.winner(), result.winner());
            assertEquals(cell.winningTap(), result.cell().taps().get(result.winner()));
            assertTrue(result.resultShown());
            assertEquals(4, result.highlightedTaps().size());
            assertEquals("pool.max.reveal", result.caption().key());
            shown[cell.outY() * 2 + cell.outX()] = (float) result.caption().args().get(5);
        }
        assertArrayEquals(pool.apply(diagonalMap).toArray(), shown);
        assertArrayEquals(new float[] {3, 0, 3, 1}, shown, "the curriculum's [[3, 0], [3, 1]]");
        assertTrue(timeline.stateAt(timeline.duration()).slide().revealed().complete());
    }

    @Test
    void averagePoolingHasNoWinner() {
        PoolTrace trace = new Pool2d(PoolSpec.of(2, PoolKind.AVG)).trace(diagonalMap);
        PoolTimeline timeline = new PoolTimeline(trace, Walk.all(), ONE_SECOND);
        for (double t = 0; t <= timeline.duration(); t += 0.05) {
            PoolState state = timeline.stateAt(t);
            assertEquals(-1, state.winner());
            assertEquals(PoolKind.AVG, state.kind());
            assertTrue(state.caption().key().startsWith("pool.avg."));
        }
        PoolState first = timeline.stateAt(timeline.timeOfCell(0, 0, 0));
        assertEquals(trace.cell(0, 0, 0).value(), (float) first.caption().args().get(5));
        assertEquals(0f, first.cell().value(), "(3 − 1 − 3 + 1) / 4");
    }

    @Test
    void strideSkipsAndPaddingStayOnThePaddedInput() {
        Random random = new Random(17);
        for (int trial = 0; trial < 40; trial++) {
            int size = 1 + random.nextInt(3);
            PoolSpec spec = new PoolSpec(size, 1 + random.nextInt(3), random.nextInt(size / 2 + 1),
                    random.nextBoolean() ? PoolKind.MAX : PoolKind.AVG);
            Tensor input = Tensor.of(TestTensors.random(random, 1 + random.nextInt(2), size + random.nextInt(6),
                    size + random.nextInt(6), true));
            PoolTimeline timeline = new PoolTimeline(new Pool2d(spec).trace(input), Walk.all(), ONE_SECOND);
            for (double t = 0; t <= timeline.duration(); t += 0.1) {
                PoolState state = timeline.stateAt(t);
                for (Window w : state.slide().skipped()) {
                    assertTrue(w.top() >= -spec.padding() && w.left() >= -spec.padding(), w + " of " + spec);
                    assertTrue(w.bottom() <= input.shape().height() + spec.padding(), w + " of " + spec);
                    assertTrue(w.right() <= input.shape().width() + spec.padding(), w + " of " + spec);
                    assertFalse(w.equals(state.slide().window()));
                }
                assertEquals(new Window(state.cell().windowTop(), state.cell().windowLeft(), size, size),
                        state.slide().window());
            }
            assertTrue(timeline.stateAt(timeline.duration()).slide().revealed().complete());
        }
    }

    @Test
    void strideTwoPoolingSkipsTheOddPositions() {
        PoolTimeline timeline = new PoolTimeline(new Pool2d(PoolSpec.of(2, PoolKind.MAX)).trace(diagonalMap),
                Walk.all(), ONE_SECOND);
        assertEquals(List.of(new Window(0, 1, 2, 2)), timeline.stateAt(1.5).slide().skipped());
        assertEquals(List.of(new Window(1, 0, 2, 2), new Window(1, 1, 2, 2), new Window(1, 2, 2, 2)),
                timeline.stateAt(2.5).slide().skipped(),
                "a 2×2 window has three positions per row of 4; row 1 is skipped");
    }
}
