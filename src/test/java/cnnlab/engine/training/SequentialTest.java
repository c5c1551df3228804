package cnnlab.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SequentialTest {

    @Test
    void buildsOneLayerPerSpecWithTheSummaryNamesShapesAndParameterCounts() {
        Network network = ModelFixtures.tinyCnn(16, 7);
        Sequential model = Sequential.of(network, 1);
        List<String> names = model.layers().stream().map(Layer::name).toList();
        assertEquals(List.of("conv_1", "relu_1", "maxpool_1", "conv_2", "relu_2", "maxpool_2", "flatten_1", "dense_1",
                "softmax_1"), names);
        assertEquals(network.summarize().totalParams(), model.parameterCount());
        var rows = network.summarize().layers();
        for (int i = 0; i < rows.size(); i++) {
            Shape out = model.layers().get(i).outputShape();
            List<Integer> expected = rows.get(i).outputShape();
            assertEquals(expected, expected.size() == 1 ? List.of(out.channels())
                    : List.of(out.channels(), out.height(), out.width()), names.get(i));
        }
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        Network network = ModelFixtures.tinyCnn(16, 7);
        float[] a = Sequential.of(network, 5).parameters().get(0).values();
        assertEquals(java.util.Arrays.toString(a),
                java.util.Arrays.toString(Sequential.of(network, 5).parameters().get(0).values()));
        assertNotEquals(java.util.Arrays.toString(a),
                java.util.Arrays.toString(Sequential.of(network, 6).parameters().get(0).values()));
    }

    @Test
    void heBeforeReluXavierOtherwiseAndZeroBiases() {
        Network network = new Network(new Shape(4, 12, 12), List.of(
                new LayerSpec.Conv(null, 64, 3, 3, 1, PaddingRule.VALID, 1, true),
                new LayerSpec.Relu(null),
                new LayerSpec.Flatten(null),
                new LayerSpec.Dense(null, 50, true)));
        Sequential model = Sequential.of(network, 3);
        ConvLayer conv = (ConvLayer) model.layers().get(0);
        DenseLayer dense = (DenseLayer) model.layers().get(3);
        // He normal: σ = √(2 / (4·3·3)) = 1/3
        assertEquals(Math.sqrt(2.0 / 36), standardDeviation(conv.weights().values()), 0.01);
        // Xavier uniform on ±a has σ = a/√3 = √(2 / (fanIn + fanOut)), fanIn = 64·10·10
        float[] w = dense.weights().values();
        double limit = Math.sqrt(6.0 / (6400 + 50));
        assertEquals(Math.sqrt(2.0 / (6400 + 50)), standardDeviation(w), 0.001);
        for (float v : w) {
            assertTrue(Math.abs(v) <= limit, v + " beyond the Xavier limit " + limit);
        }
        for (float b : conv.bias().values()) {
            assertEquals(0f, b);
        }
    }

    @Test
    void scoresStopBeforeTheFinalSoftmaxAndForwardEndsInProbabilities() {
        Sequential model = Sequential.of(ModelFixtures.tinyCnn(16, 7), 2);
        Tensor image = Tensor.of(model.inputShape(), GradientCheck.uniform(new Random(1), 256, 1));
        Tensor scores = model.scores(image);
        Tensor probabilities = model.forward(image);
        float[] expected = SoftmaxLayer.probabilities(scores.toArray());
        double sum = 0;
        for (int i = 0; i < 7; i++) {
            assertEquals(expected[i], probabilities.getFlat(i), 1e-7);
            sum += probabilities.getFlat(i);
        }
        assertEquals(1.0, sum, 1e-6);
        List<Tensor> activations = model.activations(image);
        assertEquals(9, activations.size());
        assertEquals(scores, activations.get(7));
    }

    @Test
    void aCopyHasTheSameValuesAndLivesApart() {
        Sequential model = Sequential.of(ModelFixtures.tinyCnn(16, 7), 2);
        Sequential copy = model.copy();
        Tensor image = Tensor.of(model.inputShape(), GradientCheck.uniform(new Random(1), 256, 1));
        assertEquals(model.scores(image), copy.scores(image));
        copy.parameters().get(0).values()[0] += 1f;
        assertNotEquals(model.parameters().get(0).values()[0], copy.parameters().get(0).values()[0]);
    }

    @Test
    void gradientsHaveOneEntryPerLayerBoundary() {
        Sequential model = Sequential.of(ModelFixtures.tinyCnn(16, 7), 2);
        Tensor image = Tensor.of(model.inputShape(), GradientCheck.uniform(new Random(1), 256, 1));
        Tensor scores = model.scores(image);
        List<Tensor> gradients = model.gradients(SoftmaxCrossEntropy.evaluate(scores, 0).gradient());
        assertEquals(9, gradients.size(), "8 layers before the softmax, plus the scores");
        for (int i = 0; i < 8; i++) {
            assertEquals(model.layers().get(i).inputShape(), gradients.get(i).shape());
        }
    }

    @Test
    void clearMessagesForMisuse() {
        Sequential model = Sequential.of(ModelFixtures.tinyCnn(16, 7), 2);
        EngineException early = assertThrows(EngineException.class, () -> model.backward(Tensor.zeros(new Shape(7, 1, 1))));
        assertEquals("the model: backward needs a forward pass first", early.getMessage());
        EngineException wrong = assertThrows(EngineException.class, () -> model.forward(Tensor.zeros(Shape.of(12, 12))));
        assertEquals("conv_1: the input is 1×12×12 but the layer was built for 1×16×16", wrong.getMessage());
        EngineException tooSmall = assertThrows(EngineException.class,
                () -> Sequential.of(ModelFixtures.tinyCnn(6, 7), 1));
        assertTrue(tooSmall.getMessage().startsWith("layer 4 (conv_2): "), tooSmall.getMessage());
        assertNull(new DenseLayer("d", 2, false, new Shape(3, 1, 1)).bias());
    }

    private static double standardDeviation(float[] values) {
        double mean = 0;
        for (float v : values) {
            mean += v;
        }
        mean /= values.length;
        double sq = 0;
        for (float v : values) {
            sq += (v - mean) * (v - mean);
        }
        return Math.sqrt(sq / values.length);
    }
}
