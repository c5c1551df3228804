package cnnlab.timeline;

import static cnnlab.engine.TestTensors.diagonalImage;
import static cnnlab.engine.TestTensors.filterA;
import static cnnlab.engine.TestTensors.filterB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvCell;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.ConvTap;
import cnnlab.engine.ConvTrace;
import cnnlab.engine.Padding;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.engine.TestTensors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConvTimelineTest {

    private static final Pace ONE_SECOND = new Pace(1.0, true, 0.5);

    @Test
    void diagonalDetectorPlaysThroughSixteenCellsWithTheEngineValues() {
        Conv2d conv = Conv2d.of(filterA(), 1, Padding.NONE, 1);
        ConvTimeline timeline = new ConvTimeline(conv.trace(diagonalImage()), Walk.all(), Pace.DEFAULT);
        Playhead<ConvState> playhead = new Playhead<>(timeline);
        List<Integer> walked = new ArrayList<>();
        float[] shown = new float[16];
        playhead.play();
        while (playhead.playing()) {
            playhead.advance(1 / 60.0);
            ConvState state = playhead.state();
            int index = state.cell().outY() * 4 + state.cell().outX();
            if (walked.isEmpty() || walked.get(walked.size() - 1) != index) {
                walked.add(index);
            }
            if (state.slide().phase() == Phase.REVEAL_OUTPUT) {
                shown[index] = state.partialSum();
            }
        }
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), walked);
        assertEquals(32.0, playhead.time(), 1e-9, "16 cells at 2 s each");
        assertTrue(playhead.state().slide().revealed().complete());
        assertArrayEquals(conv.apply(diagonalImage()).toArray(), shown);
        assertArrayEquals(new float[] {3, -1, -3, -1, -3, 1, 0, -3, -3, -3, 0, 1, 3, -2, -2, -1}, shown,
                "the curriculum's hand-checked map");
    }

    @Test
    void seekingAndPlayingReachTheSameState() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            ConvTrace trace = randomConvolution(random).trace;
            Walk walk = trial % 2 == 0 ? Walk.all() : Walk.first(3);
            Pace pace = new Pace(0.3 + random.nextDouble(), random.nextBoolean(), trial % 3 == 0 ? 0.05 : 0.7);
            ConvTimeline timeline = new ConvTimeline(trace, walk, pace);
            ConvTimeline rebuilt = new ConvTimeline(trace, walk, pace);
            Playhead<ConvState> playing = new Playhead<>(timeline);
            Playhead<ConvState> seeking = new Playhead<>(rebuilt);
            playing.play();
            int lastPlayed = -1;
            Phase lastPhase = null;
            while (playing.playing()) {
                playing.advance(0.001 + random.nextDouble() * 0.037);
                seeking.seek(playing.time());
                assertEquals(seeking.state(), playing.state(), "trial " + trial + " at t = " + playing.time());
                ConvState state = playing.state();
                if (lastPhase != null && state.cell().equals(trace.cells().get(lastPlayed))) {
                    assertTrue(state.slide().phase().ordinal() >= lastPhase.ordinal(), "phases run forward");
                }
                lastPlayed = trace.output().index(state.cell().filter(), state.cell().outY(), state.cell().outX());
                lastPhase = state.slide().phase();
            }
            assertEquals(timeline.duration(), playing.time());
        }
    }

    @Test
    void windowNeverLeavesThePaddedInput() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            RandomConvolution conv = randomConvolution(random);
            ConvTimeline timeline = new ConvTimeline(conv.trace, Walk.all(), ONE_SECOND);
            Padding pad = conv.spec.padding();
            for (double t = 0; t <= timeline.duration(); t += 0.09) {
                ConvState state = timeline.stateAt(t);
                List<Window> windows = new ArrayList<>(state.slide().skipped());
                windows.add(state.slide().window());
                windows.add(state.slide().previousWindow());
                for (Window w : windows) {
                    String where = w + " of " + conv.spec + " on " + conv.input + " at t = " + t;
                    assertTrue(w.top() >= -pad.top() && w.left() >= -pad.left(), where);
                    assertTrue(w.bottom() <= conv.input.height() + pad.bottom(), where);
                    assertTrue(w.right() <= conv.input.width() + pad.right(), where);
                }
                Window window = state.slide().window();
                for (ConvTap tap : state.cell().taps()) {
                    assertTrue(tap.inputY() >= window.top() && tap.inputY() < window.bottom());
                    assertTrue(tap.inputX() >= window.left() && tap.inputX() < window.right());
                }
            }
        }
    }

    @Test
    void atTheEndEveryOutputIsRevealedWithTheEngineValues() {
        Random random = new Random(8);
        for (int trial = 0; trial < 50; trial++) {
            RandomConvolution conv = randomConvolution(random);
            Tensor fast = conv.conv.apply(conv.tensor);
            for (Walk walk : List.of(Walk.all(), Walk.first(2), Walk.first(0))) {
                ConvTimeline timeline = new ConvTimeline(conv.trace, walk, new Pace(1, false, 0.01));
                ConvState end = timeline.stateAt(timeline.duration());
                assertTrue(end.slide().revealed().complete());
                for (int i = 0; i < fast.shape().size(); i++) {
                    ConvCell cell = conv.trace.cells().get(i);
                    ConvState atCell = timeline.stateAt(timeline.timeOfCell(cell.filter(), cell.outY(), cell.outX()));
                    assertEquals(cell, atCell.cell());
                    assertTrue(atCell.slide().revealed().contains(i));
                    assertEquals(fast.getFlat(i), atCell.partialSum(), "cell " + i + " of trial " + trial);
                }
            }
        }
    }

    @Test
    void partialSumAtTheEndOfTheProductsIsTheCellSumBitForBit() {
        Random random = new Random(13);
        for (int trial = 0; trial < 50; trial++) {
            ConvTrace trace = randomConvolution(random).trace;
            ConvTimeline timeline = new ConvTimeline(trace, Walk.all(), ONE_SECOND);
            double carry = Phase.CARRY_RESULT.fraction() * ONE_SECOND.secondsPerCell();
            for (ConvCell cell : trace.cells()) {
                double reveal = timeline.timeOfCell(cell.filter(), cell.outY(), cell.outX());
                ConvState lastProducts = timeline.stateAt(reveal - carry - 1e-6);
                assertEquals(Phase.SHOW_TERMS, lastProducts.slide().phase());
                assertTrue(lastProducts.allProductsVisible());
                assertEquals(Float.floatToIntBits(cell.sum()), Float.floatToIntBits(lastProducts.partialSum()));
                assertEquals(Float.floatToIntBits(cell.sum()),
                        Float.floatToIntBits(timeline.stateAt(reveal).partialSum()));
            }
        }
    }

    @Test
    void productsAppearOneByOneInTraceOrder() {
        ConvTrace trace = Conv2d.of(filterA(), 1, Padding.NONE, 1).trace(diagonalImage());
        ConvTimeline timeline = new ConvTimeline(trace, Walk.all(), ONE_SECOND);
        ConvCell first = trace.cells().get(0);
        assertEquals(0, timeline.stateAt(0.1).slide().visibleTerms(), "none while the window moves");
        assertEquals(first.bias(), timeline.stateAt(0.1).partialSum());
        int previous = 0;
        for (double t = 0.2; t < 0.65; t += 0.01) {
            ConvState state = timeline.stateAt(t);
            assertEquals(Phase.SHOW_TERMS, state.slide().phase());
            assertTrue(state.slide().visibleTerms() >= previous && state.slide().visibleTerms() >= 1);
            previous = state.slide().visibleTerms();
            float expected = first.bias();
            for (ConvTap tap : first.taps().subList(0, previous)) {
                expected += tap.product();
            }
            assertEquals(expected, state.partialSum());
            assertEquals(state.visibleTaps(), first.taps().subList(0, previous));
        }
        assertEquals(9, previous);
        ConvTimeline together = new ConvTimeline(trace, Walk.all(), new Pace(1, false, 0.5));
        assertEquals(9, together.stateAt(0.21).slide().visibleTerms());
    }

    @Test
    void threeChannelsShowThreePartialSumsAddingIntoOneOutput() {
        Random random = new Random(3);
        Tensor rgb = Tensor.of(TestTensors.random(random, 3, 5, 5, true));
        Tensor kernel = Tensor.of(TestTensors.random(random, 3, 3, 3, true));
        ConvTrace trace = new Conv2d(List.of(kernel), new float[] {0.5f}, ConvSpec.square(3, 1, 0, 1), false)
                .trace(rgb);
        ConvTimeline timeline = new ConvTimeline(trace, Walk.all(), ONE_SECOND);
        for (ConvCell cell : trace.cells()) {
            ConvState state = timeline.stateAt(timeline.timeOfCell(0, cell.outY(), cell.outX()));
            assertEquals(3, state.channelPartials().size());
            float total = cell.bias();
            for (int c = 0; c < 3; c++) {
                float channelSum = 0;
                for (ConvTap tap : cell.taps()) {
                    if (tap.channel() == c) {
                        channelSum += tap.product();
                    }
                }
                assertEquals(channelSum, state.channelPartials().get(c));
                total += channelSum;
            }
            assertEquals(cell.sum(), total, "small whole numbers add exactly");
        }
        ConvState firstChannelOnly = timeline.stateAt(0.2 + 0.45 * 9.5 / 27);
        assertEquals(10, firstChannelOnly.slide().visibleTerms());
        assertEquals(0f, firstChannelOnly.channelPartials().get(2));
    }

    @Test
    void strideTwoMarksTheSkippedPositions() {
        ConvTrace trace = Conv2d.of(filterA(), 2, Padding.NONE, 1).trace(diagonalImage());
        ConvTimeline timeline = new ConvTimeline(trace, Walk.all(), ONE_SECOND);
        assertEquals(new Shape(1, 2, 2), trace.output());
        assertEquals(List.of(), timeline.stateAt(0.5).slide().skipped(), "the first cell jumps over nothing");
        assertEquals(List.of(new Window(0, 1, 3, 3)), timeline.stateAt(1.5).slide().skipped());
        assertEquals(List.of(new Window(0, 3, 3, 3), new Window(1, 0, 3, 3), new Window(1, 1, 3, 3),
                new Window(1, 2, 3, 3), new Window(1, 3, 3, 3)), timeline.stateAt(2.5).slide().skipped());
        assertEquals(new Window(0, 2, 3, 3), timeline.stateAt(2.5).slide().previousWindow());
        assertEquals(new Window(2, 0, 3, 3), timeline.stateAt(2.5).slide().window());
        float[] shown = new float[4];
        for (int i = 0; i < 4; i++) {
            shown[i] = timeline.stateAt(timeline.timeOfCell(0, i / 2, i % 2)).partialSum();
        }
        assertArrayEquals(new float[] {3, -3, -3, 0}, shown, "the curriculum's stride-2 map");

        ConvTimeline strideOne = new ConvTimeline(Conv2d.of(filterA(), 1, Padding.NONE, 1).trace(diagonalImage()),
                Walk.all(), ONE_SECOND);
        for (double t = 0; t < strideOne.duration(); t += 0.25) {
            assertEquals(List.of(), strideOne.stateAt(t).slide().skipped());
        }
        ConvTimeline chosen = new ConvTimeline(trace, Walk.cells(List.of(new Walk.Cell(0, 1, 1),
                new Walk.Cell(0, 0, 0))), ONE_SECOND);
        assertEquals(List.of(), chosen.stateAt(1.5).slide().skipped(), "a free choice of cells is no stride jump");
    }

    @Test
    void walkingTheFirstThreeCellsThenFastForwardingTheRest() {
        ConvTrace trace = Conv2d.of(filterA(), 1, Padding.NONE, 1).trace(diagonalImage());
        ConvTimeline timeline = new ConvTimeline(trace, Walk.first(3), ONE_SECOND);
        assertEquals(3.5, timeline.duration(), 1e-12);
        double[] steps = timeline.stepStarts();
        assertEquals(17, steps.length, "16 cell starts and the end");
        assertArrayEquals(new double[] {0, 1, 2, 3}, java.util.Arrays.copyOf(steps, 4));
        assertEquals(2, timeline.stateAt(2.5).slide().revealed().count());
        assertEquals(3, timeline.stateAt(2.9).slide().revealed().count(), "the third cell is in its reveal phase");
        ConvState fastForward = timeline.stateAt(3.0);
        assertEquals(Phase.FAST_FORWARD, fastForward.slide().phase());
        assertEquals(trace.cell(0, 0, 3), fastForward.cell());
        assertEquals(4, fastForward.slide().revealed().count());
        assertEquals("conv.fastForward", fastForward.caption().key());
        assertEquals(16, timeline.stateAt(3.5).slide().revealed().count());

        ConvTimeline quick = new ConvTimeline(trace, Walk.first(3), new Pace(1, true, 0.013));
        assertEquals(3, quick.stateAt(2.999).slide().revealed().count());
        assertEquals(9, quick.stateAt(3.0055).slide().revealed().count(), "one more cell every 0.001 s");
        assertEquals(trace.cell(0, 3, 3), quick.stateAt(quick.timeOfCell(0, 3, 3)).cell(),
                "a hover still reaches a fast-forwarded cell");
        assertThrows(IllegalArgumentException.class, () -> new Pace(1, true, 0));
    }

    @Test
    void aChosenWalkPlaysItsCellsInItsOrder() {
        ConvTrace trace = Conv2d.of(filterA(), 1, Padding.NONE, 1).trace(diagonalImage());
        Walk diagonalThrees = Walk.cells(List.of(new Walk.Cell(0, 0, 0), new Walk.Cell(0, 3, 0)));
        ConvTimeline timeline = new ConvTimeline(trace, diagonalThrees, ONE_SECOND);
        assertEquals(trace.cell(0, 0, 0), timeline.stateAt(0.5).cell());
        assertEquals(trace.cell(0, 3, 0), timeline.stateAt(1.5).cell());
        assertEquals(3f, timeline.stateAt(1.9).partialSum());
        assertEquals(List.of(1, 4, 1, 9, 9, 3f, 3f), timeline.stateAt(1.9).caption().args());
        assertEquals(trace.cell(0, 0, 1), timeline.stateAt(2.0).cell(), "then the rest in trace order");

        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> new ConvTimeline(trace,
                Walk.cells(List.of(new Walk.Cell(0, 4, 0))), ONE_SECOND));
        assertEquals("cell (0, 4, 0) is outside the 1×4×4 output", outside.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new ConvTimeline(trace,
                Walk.cells(List.of(new Walk.Cell(0, 1, 1), new Walk.Cell(0, 1, 1))), ONE_SECOND));
        assertEquals("cell (0, 1, 1) is chosen twice", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> timeline.timeOfCell(1, 0, 0));
    }

    @Test
    void twoFiltersPlayOneAfterTheOther() {
        Conv2d conv = new Conv2d(List.of(filterA(), filterB()), new float[0], ConvSpec.square(3, 1, 0, 1), false);
        ConvTimeline timeline = new ConvTimeline(conv.trace(diagonalImage()), Walk.all(), ONE_SECOND);
        assertEquals(0, timeline.stateAt(15.5).cell().filter());
        assertEquals(1, timeline.stateAt(16.5).cell().filter());
        assertEquals(List.of(), timeline.stateAt(16.5).slide().skipped());
        assertEquals(new Window(0, 0, 3, 3), timeline.stateAt(16.5).slide().window());
        assertEquals(16, timeline.stateAt(16.5).slide().revealed().count());
        assertFalse(timeline.stateAt(16.5).slide().revealed().contains(1, 0, 0));
    }

    @Test
    void anInputCellKnowsTheOutputsItFeedsInEveryFilter() {
        Conv2d conv = new Conv2d(List.of(filterA(), filterB()), new float[0], ConvSpec.square(3, 1, 0, 1), false);
        ConvTrace trace = conv.trace(diagonalImage());
        ConvTimeline timeline = new ConvTimeline(trace, Walk.all(), ONE_SECOND);
        assertEquals(18, timeline.inputCellReaders(2, 2).size());
        assertEquals(List.of(trace.cell(0, 0, 0), trace.cell(1, 0, 0)), timeline.inputCellReaders(0, 0));
        assertEquals(List.of(trace.cell(0, 3, 3), trace.cell(1, 3, 3)), timeline.inputCellReaders(5, 5));
    }

    @Test
    void paddingWindowsStartOutsideTheInput() {
        ConvTrace trace = Conv2d.of(filterA(), 1, Padding.uniform(1), 1).trace(diagonalImage());
        ConvTimeline timeline = new ConvTimeline(trace, Walk.all(), ONE_SECOND);
        assertEquals(new Window(-1, -1, 3, 3), timeline.stateAt(0.5).slide().window());
        assertEquals(new Window(4, 4, 3, 3), timeline.stateAt(timeline.duration()).slide().window());
    }

    /** A convolution with random geometry, channels, filters and values. */
    private record RandomConvolution(Conv2d conv, ConvSpec spec, Shape input, Tensor tensor, ConvTrace trace) {
    }

    private static RandomConvolution randomConvolution(Random random) {
        int channels = 1 + random.nextInt(3);
        int kh = 1 + random.nextInt(3);
        int kw = 1 + random.nextInt(3);
        ConvSpec spec = new ConvSpec(kh, kw, 1 + random.nextInt(3),
                new Padding(random.nextInt(3), random.nextInt(3), random.nextInt(3), random.nextInt(3)),
                1 + random.nextInt(2));
        Tensor input = Tensor.of(TestTensors.random(random, channels, spec.spanHeight() + random.nextInt(5),
                spec.spanWidth() + random.nextInt(5), false));
        List<Tensor> filters = new ArrayList<>();
        for (int f = 0; f < 1 + random.nextInt(2); f++) {
            filters.add(Tensor.of(TestTensors.random(random, channels, kh, kw, false)));
        }
        Conv2d conv = new Conv2d(filters, new float[0], spec, random.nextBoolean());
        return new RandomConvolution(conv, spec, input.shape(), input, conv.trace(input));
    }
}
