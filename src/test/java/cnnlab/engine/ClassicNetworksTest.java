package cnnlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The classic networks have the parameter counts and shapes their papers (and Keras) report. */
class ClassicNetworksTest {

    private static List<Integer> shapeOf(NetworkSummary summary, String name) {
        return summary.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow().outputShape();
    }

    @Test
    void kerasMnistIsTheCurriculumsSummary() {
        NetworkSummary summary = ClassicNetworks.kerasMnist().summarize();
        assertEquals(1_199_882, summary.totalParams());
        assertEquals(List.of(9_216), shapeOf(summary, "flatten_1"));
    }

    @Test
    void leNet5() {
        NetworkSummary summary = ClassicNetworks.leNet5().summarize();
        assertEquals(61_706, summary.totalParams());
        assertEquals(List.of(16, 5, 5), shapeOf(summary, "avgpool_2"));
        assertEquals(List.of(400), shapeOf(summary, "flatten_1"));
    }

    @Test
    void alexNet() {
        NetworkSummary summary = ClassicNetworks.alexNet().summarize();
        assertEquals(62_378_344, summary.totalParams());
        assertEquals(List.of(96, 55, 55), shapeOf(summary, "conv_1"));
        assertEquals(List.of(256, 6, 6), shapeOf(summary, "maxpool_3"));
    }

    @Test
    void vgg16() {
        NetworkSummary summary = ClassicNetworks.vgg16().summarize();
        assertEquals(138_357_544, summary.totalParams());
        assertEquals(List.of(25_088), shapeOf(summary, "flatten_1"), "7×7×512 (curriculum row 10)");
        assertEquals(13, summary.layers().stream().filter(l -> l.type().equals("conv")).count());
    }
}
