package cnnlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private static LayerSpec.Conv conv(int filters, int kernel) {
        return new LayerSpec.Conv(null, filters, kernel, kernel, 1, PaddingRule.VALID, 1, true);
    }

    @Test
    void theKerasExampleSummary() {
        Network net = new Network(new Shape(1, 28, 28), List.of(conv(32, 3), new LayerSpec.Relu(null), conv(64, 3),
                new LayerSpec.Relu(null), new LayerSpec.Pool(null, PoolSpec.of(2, PoolKind.MAX)),
                new LayerSpec.Dropout(null, 0.25), new LayerSpec.Flatten(null), new LayerSpec.Dense(null, 128, true),
                new LayerSpec.Dense(null, 10, true), new LayerSpec.Softmax(null)));
        NetworkSummary summary = net.summarize();
        List<LayerSummary> rows = summary.layers();
        assertEquals(List.of(32, 26, 26), rows.get(0).outputShape());
        assertEquals(320, rows.get(0).params());
        assertEquals(List.of(64, 24, 24), rows.get(2).outputShape());
        assertEquals(18_496, rows.get(2).params());
        assertEquals(List.of(64, 12, 12), rows.get(4).outputShape());
        assertEquals(List.of(9_216), rows.get(6).outputShape());
        assertEquals(1_179_776, rows.get(7).params());
        assertEquals(1_290, rows.get(8).params());
        assertEquals(1_199_882, summary.totalParams());
        assertEquals("conv_1", rows.get(0).name());
        assertEquals("conv_2", rows.get(2).name());
        assertEquals(6, rows.get(4).field().sizeY(), "3, 5, then 6 after the 2×2 pool");
        assertEquals(2, rows.get(4).field().jumpY());
        assertNull(rows.get(6).field());
    }

    @Test
    void channelCurriculumParameterCount() {
        Network net = new Network(new Shape(64, 32, 32),
                List.of(new LayerSpec.Conv(null, 128, 3, 3, 1, PaddingRule.of(1), 1, true)));
        assertEquals(73_856, net.summarize().totalParams());
        assertEquals(List.of(128, 32, 32), net.summarize().layers().get(0).outputShape());
    }

    @Test
    void denseAfterALargeMapAndFlattenOfVgg() {
        Network net = new Network(new Shape(64, 22, 22), List.of(new LayerSpec.Flatten(null),
                new LayerSpec.Dense(null, 512, false)));
        assertEquals(30_976L * 512, net.summarize().totalParams(), "about 15.9 M weights");
        Network vgg = new Network(new Shape(512, 7, 7), List.of(new LayerSpec.Flatten(null)));
        assertEquals(List.of(25_088), vgg.summarize().layers().get(0).outputShape());
    }

    @Test
    void samePaddingKeepsTheSize() {
        Network net = new Network(new Shape(3, 30, 31),
                List.of(new LayerSpec.Conv("c", 8, 5, 3, 1, PaddingRule.SAME, 1, true)));
        assertEquals(List.of(8, 30, 31), net.summarize().layers().get(0).outputShape());
        assertEquals("c", net.summarize().layers().get(0).name());
    }

    @Test
    void errorsNameTheLayer() {
        Network tooSmall = new Network(new Shape(1, 4, 4), List.of(conv(8, 3), conv(8, 3), conv(8, 3)));
        EngineException e = assertThrows(EngineException.class, tooSmall::summarize);
        assertTrue(e.getMessage().startsWith("layer 2 (conv_2): the window is 3 rows tall but the padded input"
                + " is only 2"), e.getMessage());
        Network denseFirst = new Network(new Shape(1, 4, 4), List.of(new LayerSpec.Dense(null, 3, true)));
        assertTrue(assertThrows(EngineException.class, denseFirst::summarize).getMessage()
                .contains("needs a flatten layer before it"));
        Network convAfterFlatten = new Network(new Shape(1, 4, 4), List.of(new LayerSpec.Flatten(null), conv(1, 1)));
        assertTrue(assertThrows(EngineException.class, convAfterFlatten::summarize).getMessage()
                .contains("layer 2 (conv_1)"));
    }
}
