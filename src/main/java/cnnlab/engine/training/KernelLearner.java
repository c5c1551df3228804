package cnnlab.engine.training;

import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.Shape;
import cnnlab.engine.Tensor;
import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.data.ShapeDataset;
import cnnlab.engine.data.ShapeSample;
import cnnlab.engine.data.ShapeStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Learns one 3×3 kernel that fires on a falling diagonal "\" and stays quiet on a rising one,
 * on vertical and horizontal lines and on empty pictures: curriculum row 13, one update per
 * {@link #step()}.
 *
 * <p>The model is a single convolution, {@code m[y][x] = b + Σ_ij w[i][j] · p[y + i][x + j]},
 * and the readout is fixed: the feature map should be 1 wherever the window's centre lies on a
 * "\" stroke and 0 everywhere else (in particular everywhere on the other pictures). The loss
 * is the squared error over the map, {@code L = (1/n) Σ_yx (m[y][x] − t[y][x])²}, averaged over a
 * batch, and each step is plain gradient descent {@code θ ← θ − η·∂L/∂θ} ({@link Sgd} without
 * momentum). This is least squares on 3×3 patches, so from any start the kernel drifts to the
 * same best kernel, with the sign pattern of filter A: diagonal cells positive, the others
 * negative. (The best kernel is not exactly A: windows next to a "\" stroke also want 0, which
 * keeps the off-diagonal weights small; with the defaults the cosine similarity with A ends
 * near 0.83.) A learning rate near 1 makes the steps overshoot and the loss jump about.
 *
 * <p>Pictures are crisp one-pixel strokes from {@link ShapeDataset} ({@link
 * ShapeStyle#crisp(int)}), one kind in five being the "\", cycled in a shuffled order.
 * Everything is seeded; the same config gives the same steps.
 */
public final class KernelLearner {
    /** The class the kernel must fire on. */
    public static final ShapeClass TARGET = ShapeClass.DIAGONAL_DOWN;
    /** The classes it must ignore. */
    public static final List<ShapeClass> OTHERS = List.of(ShapeClass.DIAGONAL_UP, ShapeClass.VERTICAL,
            ShapeClass.HORIZONTAL, ShapeClass.BLANK);

    private final KernelLessonConfig config;
    private final Sequential model;
    private final ConvLayer conv;
    private final Optimiser optimiser;
    private final ShapeDataset pictures;
    private final Random shuffler;
    private final int[] order;
    private int next;
    private int steps;

    /** A random starting kernel and a fresh set of pictures, both from {@code config.seed()}. */
    public KernelLearner(KernelLessonConfig config) {
        this.config = config;
        int size = config.imageSize();
        this.model = Sequential.of(new Network(new Shape(1, size, size), List.of(
                new LayerSpec.Conv("kernel", 1, 3, 3, 1, PaddingRule.VALID, 1, true))), config.seed());
        this.conv = (ConvLayer) model.layers().get(0);
        this.optimiser = new Sgd(config.learningRate(), 0);
        List<ShapeClass> classes = new ArrayList<>();
        classes.add(TARGET);
        classes.addAll(OTHERS);
        this.pictures = ShapeDataset.generate(classes, config.picturesPerClass(), ShapeStyle.crisp(size), config.seed());
        this.shuffler = new Random(config.seed());
        this.order = new int[pictures.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        shuffle();
    }

    /** Filter A of the curriculum, {@code [[1,−1,−1],[−1,1,−1],[−1,−1,1]]}: the "\" detector. */
    public static Tensor diagonalDetector() {
        return Tensor.of(new float[][] {{1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}});
    }

    /**
     * Cosine similarity {@code a·b / (|a|·|b|)} of two tensors with the same number of values,
     * 0 when either is all zeros.
     */
    public static double cosineSimilarity(Tensor a, Tensor b) {
        EngineException.require(a.shape().size() == b.shape().size(),
                "cannot compare " + a.shape() + " with " + b.shape());
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.shape().size(); i++) {
            dot += (double) a.getFlat(i) * b.getFlat(i);
            aa += (double) a.getFlat(i) * a.getFlat(i);
            bb += (double) b.getFlat(i) * b.getFlat(i);
        }
        return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
    }

    /**
     * Where the kernel should fire on a picture: {@code t[y][x] = 1} when the picture is a "\"
     * and the pixel under the window's centre, {@code (y + 1, x + 1)}, is inked; 0 otherwise.
     */
    public static Tensor target(ShapeSample picture) {
        Shape in = picture.clean().shape();
        Shape map = new Shape(1, in.height() - 2, in.width() - 2);
        float[] t = new float[map.size()];
        if (picture.shape() == TARGET) {
            for (int y = 0; y < map.height(); y++) {
                for (int x = 0; x < map.width(); x++) {
                    t[map.index(0, y, x)] = picture.clean().get(0, y + 1, x + 1) >= 0.5f ? 1f : 0f;
                }
            }
        }
        return Tensor.of(map, t);
    }

    public KernelLessonConfig config() {
        return config;
    }

    /** The pictures the kernel learns from. */
    public ShapeDataset pictures() {
        return pictures;
    }

    /** The model (the one convolution), e.g. to show the feature map of a picture. */
    public Sequential model() {
        return model;
    }

    /** The current kernel, {@code 1 × 3 × 3}. */
    public Tensor kernel() {
        return conv.filters().get(0);
    }

    public float bias() {
        return conv.bias().values()[0];
    }

    /** Updates made so far. */
    public int steps() {
        return steps;
    }

    /**
     * One gradient-descent update on the next batch of pictures (class comment).
     * Modified: the kernel, the bias and the position in the pictures.
     */
    public KernelStep step() {
        model.zeroGradients();
        double loss = 0;
        for (int k = 0; k < config.batchSize(); k++) {
            if (next == order.length) {
                shuffle();
                next = 0;
            }
            ShapeSample picture = pictures.samples().get(order[next++]);
            LossGradient error = MeanSquaredError.evaluate(model.forward(picture.image()), target(picture));
            model.backward(error.gradient());
            loss += error.loss();
        }
        for (Parameter p : model.parameters()) {
            p.scaleGradients(1f / config.batchSize());
        }
        optimiser.step(model.parameters());
        steps++;
        Tensor kernel = kernel();
        return new KernelStep(steps, kernel, bias(), loss / config.batchSize(),
                cosineSimilarity(kernel, diagonalDetector()));
    }

    /**
     * The loss of the current kernel averaged over all pictures. Modified: the model's
     * remembered forward pass only.
     */
    public double loss() {
        double sum = 0;
        for (ShapeSample picture : pictures.samples()) {
            sum += MeanSquaredError.evaluate(model.forward(picture.image()), target(picture)).loss();
        }
        return sum / pictures.size();
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffler.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
