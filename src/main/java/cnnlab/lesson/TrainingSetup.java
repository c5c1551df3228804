package cnnlab.lesson;

import cnnlab.engine.ClassicNetworks;
import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSpec;
import cnnlab.engine.Network;
import cnnlab.engine.PaddingRule;
import cnnlab.engine.Shape;
import cnnlab.engine.data.ShapeClass;
import cnnlab.engine.training.KernelLessonConfig;

/**
 * A training step made into what the engine trains: for {@code diagonals}, one 3×3 kernel
 * ({@link KernelLessonConfig}); for {@code shapes}, a classifier ({@link ShapeTraining}).
 */
public final class TrainingSetup {
    /** The {@code diagonals} data set. */
    public static final String DIAGONALS = "diagonals";
    /** Pictures per update when learning a kernel. */
    static final int KERNEL_BATCH = 10;
    /** Pictures of each of the five kinds when learning a kernel. */
    static final int KERNEL_PICTURES_PER_KIND = 40;

    private TrainingSetup() {
    }

    /**
     * The kernel lesson of a {@code diagonals} step: the pictures are the network's input size.
     *
     * @throws ProblemsException when the step is not a single 3×3 kernel on square pictures
     */
    public static KernelLessonConfig kernel(TrainingStep step) throws ProblemsException {
        Problems problems = new Problems("<step>");
        KernelLessonConfig config = kernel(step, "", problems);
        problems.throwIfErrors();
        return config;
    }

    /**
     * Updates in a kernel run: {@code epochs} passes over the pictures, {@code 5 · 40 / 10 = 20}
     * updates each.
     */
    public static int kernelSteps(TrainingStep step) {
        return step.epochs() * (5 * KERNEL_PICTURES_PER_KIND / KERNEL_BATCH);
    }

    /**
     * The classifier of a {@code shapes} step.
     *
     * @throws ProblemsException when the network does not fit the shapes data
     */
    public static ShapeTraining shapes(TrainingStep step) throws ProblemsException {
        Problems problems = new Problems("<step>");
        ShapeTraining training = shapes(step.network(), step.epochs(), step.seed(), step.learningRate(), "", problems);
        problems.throwIfErrors();
        return training;
    }

    /**
     * The classifier of an insight step: its network, or the tiny CNN on 16×16 pictures of the
     * seven strokes.
     *
     * @throws ProblemsException when the network does not fit the shapes data
     */
    public static ShapeTraining insight(InsightStep step) throws ProblemsException {
        Problems problems = new Problems("<step>");
        ShapeTraining training = insight(step, "", problems);
        problems.throwIfErrors();
        return training;
    }

    static ShapeTraining insight(InsightStep step, String path, Problems problems) {
        Network network = step.network() != null ? step.network()
                : ClassicNetworks.tinyCnn(InsightStep.DEFAULT_SIZE, ShapeClass.strokes().size());
        ShapeTraining training = shapes(network, step.epochs(), step.seed(), step.learningRate(), path, problems);
        if (training != null && step.shape() != null && !training.classes().contains(InsightStep.shapeClass(step.shape()))) {
            problems.error(SourceNode.join(path, "shape"), "the network tells apart " + training.classes().stream()
                    .map(InsightStep::word).toList() + "; \"" + step.shape() + "\" is not among them");
            return null;
        }
        return training;
    }

    /** Checks a training step as the validator does, reporting at {@code path}. */
    static void check(TrainingStep step, String path, Problems problems) {
        if (DIAGONALS.equals(step.dataset())) {
            kernel(step, path, problems);
        } else {
            shapes(step.network(), step.epochs(), step.seed(), step.learningRate(), path, problems);
        }
    }

    private static KernelLessonConfig kernel(TrainingStep step, String path, Problems problems) {
        int before = problems.errorCount();
        Network network = step.network();
        Shape input = network.input();
        boolean oneKernel = network.layers().size() == 1 && network.layers().get(0) instanceof LayerSpec.Conv conv
                && conv.filters() == 1 && conv.kernelHeight() == 3 && conv.kernelWidth() == 3 && conv.stride() == 1
                && conv.dilation() == 1 && conv.padding().equals(PaddingRule.VALID);
        if (!oneKernel) {
            problems.error(SourceNode.join(path, "network.layers"), "the diagonals data set trains one 3×3 kernel:"
                    + " write exactly one layer, {\"type\": \"conv\", \"filters\": 1, \"kernel\": 3}");
        }
        if (input.channels() != 1 || input.height() != input.width() || input.height() < 8 || input.height() > 64) {
            problems.error(SourceNode.join(path, "network.input"), "the diagonal pictures are grayscale and square,"
                    + " 8 to 64 pixels: write \"input\": [1, 10, 10], not " + input);
        }
        if (problems.errorCount() > before) {
            return null;
        }
        return new KernelLessonConfig(step.seed(), step.learningRate(), input.height(), KERNEL_BATCH,
                KERNEL_PICTURES_PER_KIND);
    }

    /** The classifier on the shapes, or null after a problem reported at {@code path}'s network. */
    static ShapeTraining shapes(Network network, int epochs, long seed, double learningRate, String path,
                                Problems problems) {
        try {
            return new ShapeTraining(network, ShapeTraining.classesFor(network), epochs, seed, learningRate,
                    ShapeTraining.LESSON_PICTURES_PER_CLASS);
        } catch (EngineException e) {
            problems.error(SourceNode.join(path, "network"), e.getMessage());
            return null;
        }
    }
}
