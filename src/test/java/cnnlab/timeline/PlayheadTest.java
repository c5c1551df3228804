package cnnlab.timeline;

import static cnnlab.engine.TestTensors.diagonalImage;
import static cnnlab.engine.TestTensors.filterA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.ConvTrace;
import cnnlab.engine.Padding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayheadTest {

    private final ConvTrace trace = Conv2d.of(filterA(), 1, Padding.NONE, 1).trace(diagonalImage());
    private final ConvTimeline timeline = new ConvTimeline(trace, Walk.all(), new Pace(2, true, 1));

    @Test
    void startsPausedAtZeroWithTheFirstCell() {
        Playhead<ConvState> playhead = new Playhead<>(timeline);
        assertEquals(0, playhead.time());
        assertFalse(playhead.playing());
        assertEquals(trace.cell(0, 0, 0), playhead.state().cell());
        playhead.advance(1);
        assertEquals(0, playhead.time(), "a paused playhead ignores the clock");
    }

    @Test
    void nextAndPreviousCellLandOnCellBoundaries() {
        Playhead<ConvState> playhead = new Playhead<>(timeline);
        List<Double> visited = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            playhead.nextCell();
            visited.add(playhead.time());
        }
        assertEquals(2.0, visited.get(0));
        assertEquals(30.0, visited.get(14));
        assertEquals(32.0, visited.get(15), "the last step is the end");
        assertEquals(32.0, visited.get(16), "and stays there");
        playhead.seek(2.0);
        assertEquals(trace.cell(0, 0, 1), playhead.state().cell());
        assertEquals(Phase.MOVE_WINDOW, playhead.state().slide().phase());
        assertEquals(0, playhead.state().slide().phaseProgress());

        playhead.seek(7.3);
        playhead.previousCell();
        assertEquals(6.0, playhead.time(), "back to the start of the current cell");
        playhead.previousCell();
        assertEquals(4.0, playhead.time(), "then to the cell before");
        playhead.seek(0.5);
        playhead.previousCell();
        assertEquals(0, playhead.time());
        playhead.previousCell();
        assertEquals(0, playhead.time());
    }

    @Test
    void stepsWalkThroughFastForwardedCellsOneByOne() {
        ConvTimeline firstTwo = new ConvTimeline(trace, Walk.first(2), new Pace(1, true, 1.4));
        Playhead<ConvState> playhead = new Playhead<>(firstTwo);
        playhead.seek(2.0);
        playhead.nextCell();
        assertEquals(2.1, playhead.time(), 1e-12);
        assertEquals(trace.cell(0, 0, 3), playhead.state().cell());
        assertArrayEquals(firstTwo.stepStarts(), new double[] {0, 1, 2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8,
                2.9, 3.0, 3.1, 3.2, 3.3, 3.4}, 1e-12);
    }

    @Test
    void hoverOnAnOutputCellJumpsToItsCompleteState() {
        Playhead<ConvState> playhead = new Playhead<>(timeline);
        playhead.seekToCell(0, 3, 0);
        ConvState state = playhead.state();
        assertEquals(trace.cell(0, 3, 0), state.cell());
        assertEquals(Phase.REVEAL_OUTPUT, state.slide().phase());
        assertTrue(state.allProductsVisible());
        assertEquals(3f, state.partialSum());
        assertTrue(state.slide().revealed().contains(0, 3, 0));
        assertEquals(13, state.slide().revealed().count());
        assertEquals(new Window(3, 0, 3, 3), state.slide().window());
        assertThrows(IllegalArgumentException.class, () -> playhead.seekToCell(0, 4, 0));
    }

    @Test
    void playingStopsAtTheEndAndPlayStartsAgain() {
        Playhead<ConvState> playhead = new Playhead<>(timeline);
        playhead.play();
        playhead.advance(40);
        assertEquals(32, playhead.time());
        assertFalse(playhead.playing());
        assertTrue(playhead.state().slide().revealed().complete());
        playhead.play();
        assertEquals(0, playhead.time());
        assertTrue(playhead.playing());
    }

    @Test
    void rateTwoHalvesTheWallTime() {
        assertEquals(2048, framesToTheEnd(1), "32 s at 64 frames a second (an exact binary step)");
        assertEquals(1024, framesToTheEnd(2));
        assertEquals(4096, framesToTheEnd(0.5));
        assertThrows(IllegalArgumentException.class, () -> new Playhead<>(timeline).setRate(0));
    }

    private int framesToTheEnd(double rate) {
        Playhead<ConvState> playhead = new Playhead<>(timeline);
        playhead.setRate(rate);
        playhead.play();
        int frames = 0;
        while (playhead.playing()) {
            playhead.advance(1 / 64.0);
            frames++;
        }
        return frames;
    }

    @Test
    void loopWrapsAroundAndKeepsPlaying() {
        Playhead<ConvState> playhead = new Playhead<>(timeline);
        playhead.setLoop(true);
        playhead.seek(31.9);
        playhead.play();
        playhead.advance(0.35);
        assertEquals(0.25, playhead.time(), 1e-9);
        assertTrue(playhead.playing());
        assertEquals(timeline.stateAt(playhead.time()), playhead.state());
        assertEquals(0, playhead.state().slide().revealed().count(), "a new round starts empty");
    }

    @Test
    void seekClampsHomeAndEndAndRestart() {
        Playhead<ConvState> playhead = new Playhead<>(timeline);
        playhead.seek(-3);
        assertEquals(0, playhead.time());
        playhead.seek(1e9);
        assertEquals(32, playhead.time());
        playhead.home();
        assertEquals(0, playhead.time());
        playhead.end();
        assertEquals(32, playhead.time());
        playhead.restart();
        assertEquals(0, playhead.time());
        assertTrue(playhead.playing());
        assertThrows(IllegalArgumentException.class, () -> playhead.advance(-0.1));
    }

    @Test
    void listenersHearEveryChange() {
        Playhead<ConvState> playhead = new Playhead<>(timeline);
        List<Double> heard = new ArrayList<>();
        Runnable listener = () -> heard.add(playhead.time());
        playhead.addListener(listener);
        playhead.play();
        playhead.advance(0.5);
        playhead.seek(3);
        playhead.removeListener(listener);
        playhead.seek(4);
        assertEquals(List.of(0.0, 0.5, 3.0), heard);
    }

    @Test
    void aTimelineWithoutOutputCellsRefusesACellJump() {
        FieldTimeline field = new FieldTimeline(List.of(ConvSpec.square(3, 1, 0, 1)), 5, 5, 1, 1, 1, 1);
        Playhead<FieldState> playhead = new Playhead<>(field);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> playhead.seekToCell(0, 0, 0));
        assertEquals("this animation has no output cells to jump to", e.getMessage());
    }
}
