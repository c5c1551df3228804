package cnnlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TensorTest {

    @Test
    void layoutIsChannelRowColumn() {
        Tensor t = Tensor.of(new float[][][] {{{1, 2, 3}, {4, 5, 6}}, {{7, 8, 9}, {10, 11, 12}}});
        assertEquals(new Shape(2, 2, 3), t.shape());
        assertEquals(6f, t.get(0, 1, 2));
        assertEquals(7f, t.getFlat(6));
        assertEquals(t.get(1, 1, 0), t.getFlat(t.shape().index(1, 1, 0)));
        assertArrayEquals(new float[][] {{7, 8, 9}, {10, 11, 12}}, t.channel(1).toNested()[0]);
    }

    @Test
    void valueSemantics() {
        float[] values = {1, 2, 3, 4};
        Tensor t = Tensor.of(Shape.of(2, 2), values);
        values[0] = 99;
        assertEquals(1f, t.get(0, 0, 0), "the tensor copied its input");
        t.toArray()[1] = 99;
        assertEquals(2f, t.get(0, 0, 1), "toArray returns a copy");
        Tensor changed = t.with(0, 1, 1, 8);
        assertEquals(4f, t.get(0, 1, 1));
        assertEquals(8f, changed.get(0, 1, 1));
        assertNotEquals(t, changed);
        assertEquals(t, Tensor.of(new float[][] {{1, 2}, {3, 4}}));
    }

    @Test
    void raggedRowsAreNamed() {
        EngineException e = assertThrows(EngineException.class,
                () -> Tensor.of(new float[][] {{1, 2, 3}, {4, 5, 6}, {7, 8}}));
        assertEquals("row 3 has 2 values but row 1 has 3", e.getMessage());
    }

    @Test
    void stackJoinsChannels() {
        Tensor a = Tensor.of(new float[][] {{1}});
        Tensor b = Tensor.of(new float[][] {{2}});
        Tensor s = Tensor.stack(List.of(a, b));
        assertEquals(new Shape(2, 1, 1), s.shape());
        assertEquals(2f, s.get(1, 0, 0));
        assertThrows(EngineException.class, () -> Tensor.stack(List.of(a, Tensor.zeros(Shape.of(2, 2)))));
    }

    @Test
    void hugeShapesAreRefusedBeforeAllocating() {
        EngineException e = assertThrows(EngineException.class, () -> new Shape(3, 40_000, 40_000));
        assertTrue(e.getMessage().contains("more than"), e.getMessage());
        assertThrows(EngineException.class, () -> new Shape(0, 1, 1));
    }

    @Test
    void minMaxAndRelu() {
        Tensor t = Tensor.of(new float[][] {{-2, 0.5f}, {3, -0.25f}});
        assertEquals(-2f, t.min());
        assertEquals(3f, t.max());
        assertArrayEquals(new float[][] {{0, 0.5f}, {3, 0}}, Activations.relu(t).toNested()[0]);
        assertEquals(-2f, t.get(0, 0, 0), "relu does not modify its input");
    }
}
