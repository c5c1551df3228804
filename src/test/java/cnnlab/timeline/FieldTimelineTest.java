package cnnlab.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.ConvSpec;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.ReceptiveField;
import cnnlab.engine.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldTimelineTest {

    private static final ConvSpec CONV3 = ConvSpec.square(3, 1, 0, 1);

    @Test
    void twoStackedThreeByThreeConvolutionsSeeFiveByFive() {
        FieldState state = new FieldTimeline(List.of(CONV3, CONV3), 9, 9, 2, 2, 2, 1).complete();
        assertEquals(2, state.lit().size());
        FieldState.LitLayer input = state.lit().get(1);
        assertEquals(0, input.layer());
        assertEquals(25, input.cellCount());
        assertEquals(9, state.lit().get(0).cellCount(), "one layer down: the 3×3 window");
        assertTrue(state.isLit(0, 2, 2) && state.isLit(0, 6, 6));
        assertFalse(state.isLit(0, 1, 2) || state.isLit(0, 7, 6));
        assertEquals(List.of(0, 2, 5, 5, 1, 1, 25), state.caption().args());
    }

    @Test
    void threeStackedThreeByThreeConvolutionsSeeSevenBySeven() {
        FieldState state = new FieldTimeline(List.of(CONV3, CONV3, CONV3), 9, 9, 3, 1, 1, 1).complete();
        assertEquals(49, state.lit().get(2).cellCount());
        assertEquals(7, state.lit().get(2).field().sizeY());
        assertEquals(List.of(2, 1, 0), state.lit().stream().map(FieldState.LitLayer::layer).toList());
        assertEquals(List.of(9, 25, 49), state.lit().stream().map(FieldState.LitLayer::cellCount).toList());
    }

    @Test
    void theFieldGrowsOneLayerPerStep() {
        FieldTimeline timeline = new FieldTimeline(List.of(CONV3, CONV3, CONV3), 9, 9, 3, 1, 1, 0.5);
        assertEquals(1.5, timeline.duration());
        int[] expectedCells = {9, 25, 49};
        double[] steps = timeline.stepStarts();
        assertEquals(4, steps.length);
        for (int step = 0; step < 3; step++) {
            FieldState state = timeline.stateAt(steps[step]);
            assertEquals(step + 1, state.lit().size(), "at " + steps[step]);
            FieldState.LitLayer growing = state.lit().get(step);
            assertEquals(2 - step, growing.layer());
            assertEquals(expectedCells[step], growing.cellCount());
            assertEquals(0, state.progress());
            assertEquals(growing.field().sizeY(), state.caption().args().get(2));
        }
        assertEquals(0.5, timeline.stateAt(1.0 + 0.25).progress(), 1e-12);
        assertEquals(timeline.complete(), timeline.stateAt(99));
    }

    @Test
    void paddingCellsAreNotLit() {
        ConvSpec padded = ConvSpec.square(3, 1, 1, 1);
        FieldState corner = new FieldTimeline(List.of(padded, padded), 6, 6, 2, 0, 0, 1).complete();
        assertEquals(9, corner.lit().get(1).cellCount(), "rows 0–2 and columns 0–2; the rest is padding");
        assertEquals(5, corner.lit().get(1).field().sizeY(), "the closed form still spans 5");
        assertEquals(-2, corner.lit().get(1).field().firstY());
    }

    @Test
    void cellsBehindTheFocusMatchTheClosedFormOnEveryLayer() {
        List<ConvSpec> windows =
                List.of(CONV3, PoolSpec.of(2, PoolKind.MAX).window(), ConvSpec.square(3, 2, 0, 2), CONV3);
        FieldTimeline timeline = new FieldTimeline(windows, 40, 40, 4, 1, 2, 1);
        for (FieldState.LitLayer layer : timeline.complete().lit()) {
            ReceptiveField field = layer.field();
            assertEquals(field.topRow(1), layer.rows().nextSetBit(0), "layer " + layer.layer());
            assertEquals(field.topRow(1) + field.sizeY() - 1, layer.rows().length() - 1, "layer " + layer.layer());
            assertEquals(field.leftColumn(2), layer.columns().nextSetBit(0), "layer " + layer.layer());
        }
    }

    @Test
    void windowsOfANetworkKeepItsLayerNumbers() {
        Network network = new Network(new Shape(1, 28, 28), List.of(
                new LayerSpec.Conv(null, 32, 3, 3, 1, PaddingRule.VALID, 1, true),
                new LayerSpec.Relu(null),
                new LayerSpec.Conv(null, 64, 3, 3, 1, PaddingRule.SAME, 1, true),
                new LayerSpec.Pool(null, PoolSpec.of(2, PoolKind.MAX)),
                new LayerSpec.Flatten(null),
                new LayerSpec.Dense(null, 10, true)));
        List<ConvSpec> windows = FieldTimeline.windowsOf(network);
        assertEquals(4, windows.size(), "everything before flatten");
        assertEquals(ConvSpec.square(1, 1, 0, 1), windows.get(1));
        assertEquals(1, windows.get(2).padding().top(), "same padding resolved for the 26×26 input");
        FieldState state = new FieldTimeline(windows, 28, 28, 4, 6, 6, 1).complete();
        ReceptiveField summaryField = network.summarize().layers().get(3).field();
        assertEquals(summaryField.sizeY(), state.lit().get(3).field().sizeY());
        assertEquals(36, state.lit().get(3).cellCount(), "6×6 of the input behind one pooled cell");
    }

    @Test
    void aFocusOutsideTheStackIsRefusedWithAReason() {
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> new FieldTimeline(List.of(CONV3), 5, 5, 1, 3, 0, 1));
        assertEquals("cell (3, 0) is outside layer 1 (3×3)", outside.getMessage());
        IllegalArgumentException layer = assertThrows(IllegalArgumentException.class,
                () -> new FieldTimeline(List.of(CONV3), 5, 5, 2, 0, 0, 1));
        assertEquals("the focus layer must be between 1 and 1, got 2", layer.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new FieldTimeline(List.of(CONV3, CONV3), 4, 4, 2, 0, 0, 1));
        assertEquals("layer 2 is empty: its window does not fit the 2×2 layer before it", empty.getMessage());
    }
}
