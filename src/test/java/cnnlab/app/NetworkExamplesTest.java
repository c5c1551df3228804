package cnnlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.Network;
import cnnlab.lesson.NetworkReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The network files the README's command-line examples use exist and hold the networks it describes. */
class NetworkExamplesTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    @Test
    void theKerasMnistExampleHasTheCurriculumsParameterCount() throws Exception {
        Network mnist = NetworkReader.read(BASE.resolve("networks/mnist.json"));

        assertEquals(1_199_882, mnist.summarize().totalParams());
    }

    @Test
    void theShapesNetworkEndsInOneScorePerShapeClass() throws Exception {
        Network shapes = NetworkReader.read(BASE.resolve("networks/shapes-cnn.json"));

        var layers = shapes.summarize().layers();
        assertEquals(java.util.List.of(7), layers.get(layers.size() - 1).outputShape());
        assertEquals(1_703, shapes.summarize().totalParams());
    }

    @Test
    void theReadmeRunsTheExamplesFromTheNetworksFolder() throws IOException {
        String readme = Files.readString(BASE.resolve("README.md"));

        assertTrue(readme.contains("summary --network networks/mnist.json"));
        assertTrue(readme.contains("train --network networks/shapes-cnn.json"));
    }
}
