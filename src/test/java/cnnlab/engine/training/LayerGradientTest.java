package cnnlab.engine.training;

import static cnnlab.engine.training.GradientCheck.awayFromZero;
import static cnnlab.engine.training.GradientCheck.checkInput;
import static cnnlab.engine.training.GradientCheck.checkLayer;
import static cnnlab.engine.training.GradientCheck.distinct;
import static cnnlab.engine.training.GradientCheck.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cnnlab.engine.Conv2d;
import cnnlab.engine.ConvSpec;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Padding;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.PoolKind;
import cnnlab.engine.PoolSpec;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every layer's backward pass against central finite differences ({@link GradientCheck}). */
class LayerGradientTest {

    @ParameterizedTest(name = "{0} in {1}×{2}×{3}, {4} filters {5}×{6}, stride {7}, padding {8}, dilation {9}, bias {10}")
    @CsvSource({
            "plain,            1, 6, 6, 1, 3, 3, 1, 0,    1, true",
            "multi-channel,    3, 5, 5, 2, 3, 3, 1, 1,    1, true",
            "strided,          2, 7, 7, 3, 3, 3, 2, 0,    1, true",
            "stride remainder, 1, 8, 7, 2, 2, 3, 3, 0,    1, false",
            "dilated,          2, 7, 7, 2, 3, 3, 1, 2,    2, true",
            "same stride 2,    2, 6, 5, 2, 3, 3, 2, same, 1, true",
            "wide padding,     1, 3, 3, 2, 1, 1, 1, 2,    1, true",
            "everything,       2, 9, 8, 3, 2, 3, 2, 1,    2, true"})
    void convolution(String label, int c, int h, int w, int filters, int kh, int kw, int stride, String padding,
                     int dilation, boolean bias) {
        PaddingRule rule = padding.equals("same") ? PaddingRule.SAME : PaddingRule.of(Integer.parseInt(padding));
        Random random = new Random(label.hashCode());
        ConvLayer layer = new ConvLayer("conv", new LayerSpec.Conv(null, filters, kh, kw, stride, rule, dilation, bias),
                new Shape(c, h, w));
        fillRandom(layer.parameters(), random);
        checkLayer(layer, Tensor.of(new Shape(c, h, w), uniform(random, c * h * w, 1)), random);
    }

    @Test
    void trueConvolutionGradientsRotateWithTheKernel() {
        Random random = new Random(12);
        Shape in = new Shape(2, 6, 5);
        List<Tensor> filters = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            filters.add(Tensor.of(new Shape(2, 3, 2), uniform(random, 12, 1)));
        }
        ConvSpec spec = new ConvSpec(3, 2, 2, new Padding(1, 0, 0, 1), 1);
        Conv2d conv = new Conv2d(filters, new float[0], spec, true);
        Tensor x = Tensor.of(in, uniform(random, in.size(), 1));
        Tensor out = conv.apply(x);
        float[] r = uniform(random, out.shape().size(), 1);
        Tensor g = Tensor.of(out.shape(), r);

        checkInput(t -> GradientCheck.dot(r, conv.apply(t)), x, ConvGradients.inputGradient(conv, g, in), "input");
        List<Tensor> dw = ConvGradients.weightGradient(conv, x, g);
        for (int f = 0; f < 2; f++) {
            int filter = f;
            checkInput(k -> {
                List<Tensor> changed = new ArrayList<>(filters);
                changed.set(filter, k);
                return GradientCheck.dot(r, new Conv2d(changed, new float[0], spec, true).apply(x));
            }, filters.get(f), dw.get(f), "filter " + f);
        }
    }

    @ParameterizedTest(name = "{0} pooling, size {1}, stride {2}, padding {3} on {4}×{5}×{6}")
    @CsvSource({
            "MAX, 2, 2, 0, 2, 6, 6",
            "MAX, 3, 2, 1, 2, 7, 6",
            "MAX, 2, 1, 0, 1, 5, 5",
            "MAX, 3, 3, 1, 1, 7, 8",
            "AVG, 2, 2, 0, 2, 6, 6",
            "AVG, 3, 2, 1, 2, 7, 6",
            "AVG, 2, 1, 0, 1, 5, 5",
            "AVG, 3, 3, 1, 1, 7, 8"})
    void pooling(PoolKind kind, int size, int stride, int padding, int c, int h, int w) {
        Random random = new Random(size * 100 + stride * 10 + padding);
        Shape in = new Shape(c, h, w);
        checkLayer(new PoolLayer("pool", new PoolSpec(size, stride, padding, kind), in), distinct(random, in), random);
    }

    @Test
    void maxPoolingSendsTheGradientToTheFirstOfTiedWinnersOnly() {
        PoolLayer layer = new PoolLayer("pool", PoolSpec.of(2, PoolKind.MAX), Shape.of(2, 2));
        layer.forward(Tensor.of(new float[][] {{1, 5}, {5, 5}}));
        Tensor dx = layer.backward(Tensor.of(new float[][] {{3}}));
        assertArrayEquals(new float[][] {{0, 3}, {0, 0}}, dx.toNested()[0]);
    }

    @Test
    void averagePoolingSpreadsOverTheRealCellsOnly() {
        PoolLayer layer = new PoolLayer("pool", new PoolSpec(2, 2, 1, PoolKind.AVG), Shape.of(2, 2));
        layer.forward(Tensor.of(new float[][] {{1, 2}, {3, 4}}));
        Tensor dx = layer.backward(Tensor.of(new float[][] {{4, 8}, {12, 16}}));
        // with padding 1 every 2×2 window holds exactly one real cell, which receives the whole gradient
        assertArrayEquals(new float[][] {{4, 8}, {12, 16}}, dx.toNested()[0]);
    }

    @Test
    void relu() {
        Random random = new Random(3);
        Shape shape = new Shape(2, 4, 5);
        checkLayer(new ReluLayer("relu", shape), awayFromZero(random, shape), random);
    }

    @Test
    void flatten() {
        Random random = new Random(4);
        Shape shape = new Shape(3, 2, 4);
        FlattenLayer layer = new FlattenLayer("flatten", shape);
        assertEquals(new Shape(24, 1, 1), layer.outputShape());
        checkLayer(layer, Tensor.of(shape, uniform(random, 24, 1)), random);
    }

    @ParameterizedTest(name = "bias {0}")
    @CsvSource({"true", "false"})
    void dense(boolean bias) {
        Random random = new Random(5);
        Shape in = new Shape(7, 1, 1);
        DenseLayer layer = new DenseLayer("dense", 4, bias, in);
        fillRandom(layer.parameters(), random);
        checkLayer(layer, Tensor.of(in, uniform(random, 7, 1)), random);
    }

    @Test
    void softmaxLayer() {
        Random random = new Random(6);
        Shape shape = new Shape(5, 1, 1);
        checkLayer(new SoftmaxLayer("softmax", shape), Tensor.of(shape, uniform(random, 5, 2)), random);
    }

    @Test
    void softmaxCrossEntropy() {
        Random random = new Random(7);
        Tensor scores = Tensor.of(new Shape(6, 1, 1), uniform(random, 6, 3));
        for (int label = 0; label < 6; label++) {
            int y = label;
            checkInput(z -> SoftmaxCrossEntropy.evaluate(z, y).loss(), scores,
                    SoftmaxCrossEntropy.evaluate(scores, y).gradient(), "class " + y);
        }
    }

    @Test
    void meanSquaredError() {
        Random random = new Random(8);
        Shape shape = new Shape(2, 3, 3);
        Tensor target = Tensor.of(shape, uniform(random, 18, 1));
        Tensor output = Tensor.of(shape, uniform(random, 18, 1));
        checkInput(o -> MeanSquaredError.evaluate(o, target).loss(), output,
                MeanSquaredError.evaluate(output, target).gradient(), "output");
    }

    @Test
    void dropoutInEvaluationIsTheIdentityAndInTrainingUsesItsMaskBothWays() {
        Random random = new Random(9);
        Shape shape = new Shape(40, 1, 1);
        DropoutLayer layer = new DropoutLayer("dropout", 0.25, shape, 1);
        checkLayer(layer, Tensor.of(shape, uniform(random, 40, 1)), random);

        layer.setTraining(true);
        Tensor ones = Tensor.of(shape, filled(40, 1f));
        Tensor out = layer.forward(ones);
        Tensor back = layer.backward(Tensor.of(shape, filled(40, 2f)));
        int dropped = 0;
        for (int i = 0; i < 40; i++) {
            float kept = out.getFlat(i);
            dropped += kept == 0f ? 1 : 0;
            assertEquals(kept == 0f ? 0f : 1f / 0.75f, kept, 1e-6);
            assertEquals(2 * kept, back.getFlat(i), 1e-6);
        }
        assertEquals(10, dropped, 6, "about a quarter of 40 values dropped");
    }

    @Test
    void wholeTinyCnnAgainstFiniteDifferencesOfTheLoss() {
        Random random = new Random(10);
        Sequential model = Sequential.of(ModelFixtures.tinyCnn(12, 4), 3);
        Tensor image = Tensor.of(model.inputShape(), uniform(random, model.inputShape().size(), 1));
        int label = 2;
        model.zeroGradients();
        Tensor dx = model.backward(SoftmaxCrossEntropy.evaluate(model.scores(image), label).gradient());
        // a whole network has kinks everywhere, so a smaller step: 1e-3 crosses none for this seed
        checkInput(x -> SoftmaxCrossEntropy.evaluate(model.scores(x), label).loss(), image, dx, "image", 1e-3);
        for (Parameter p : model.parameters()) {
            Tensor values = Tensor.of(new Shape(p.size(), 1, 1), p.values());
            Tensor analytic = Tensor.of(values.shape(), p.gradients());
            checkInput(v -> {
                v.copyTo(p.values());
                return SoftmaxCrossEntropy.evaluate(model.scores(image), label).loss();
            }, values, analytic, p.name(), 1e-3);
            values.copyTo(p.values());
        }
    }

    private static void fillRandom(List<Parameter> parameters, Random random) {
        for (Parameter p : parameters) {
            float[] v = uniform(random, p.size(), 1);
            System.arraycopy(v, 0, p.values(), 0, v.length);
        }
    }

    private static float[] filled(int n, float value) {
        float[] values = new float[n];
        java.util.Arrays.fill(values, value);
        return values;
    }
}
