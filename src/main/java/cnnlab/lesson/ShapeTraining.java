package cnnlab.lesson;

import cnnlab.engine.EngineException;
import cnnlab.engine.LayerSummary;
import cnnlab.engine.Network;
import cnnlab.engine.Shape;
import cnnlab.engine.data.ShapeClass;
import java.util.List;

/**
 * A classifier to train on the generated shapes (curriculum row 15): the network, the shape
 * classes its outputs stand for, and how to train it. Adam minimises the softmax cross-entropy
 * in batches of {@link #BATCH_SIZE}; a quarter of the pictures is held out.
 *
 * @param network          the network; input {@code 1 × N × N} with N from 8 to 64, ending in 7 or 8 values
 * @param classes          the stroke classes, plus blank when the network has 8 outputs
 * @param epochs           passes over the training pictures
 * @param seed             seeds the pictures, the starting weights and the order
 * @param learningRate     Adam's step size
 * @param picturesPerClass pictures of each class, a quarter of them held out
 */
public record ShapeTraining(Network network, List<ShapeClass> classes, int epochs, long seed, double learningRate,
                            int picturesPerClass) {
    /** Pictures per update. */
    public static final int BATCH_SIZE = 16;
    /** Pictures of each class in a lesson: enough for about 90 % on held-out pictures in a few seconds. */
    public static final int LESSON_PICTURES_PER_CLASS = 80;

    public ShapeTraining {
        classes = List.copyOf(classes);
    }

    /**
     * The shape classes the outputs of {@code network} stand for: the seven strokes for 7 outputs,
     * all eight kinds (blank too) for 8.
     *
     * @throws EngineException saying what the input or the output should be instead
     */
    public static List<ShapeClass> classesFor(Network network) {
        Shape input = network.input();
        EngineException.require(input.channels() == 1 && input.height() == input.width() && input.height() >= 8
                        && input.height() <= 64, "the shapes data are grayscale pictures 1×N×N with N from 8 to 64,"
                        + " but the network's input is " + input);
        List<LayerSummary> layers = network.summarize().layers();
        LayerSummary last = layers.isEmpty() ? null : layers.get(layers.size() - 1);
        int outputs = last == null || last.spatial() ? -1 : last.outputShape().get(0);
        if (outputs == ShapeClass.strokes().size()) {
            return ShapeClass.strokes();
        }
        if (outputs == ShapeClass.values().length) {
            return List.of(ShapeClass.values());
        }
        String end = outputs >= 0 ? outputs + " values" : last == null ? "the bare input"
                : "a " + String.join("×", last.outputShape().stream().map(String::valueOf).toList()) + " map";
        throw new EngineException("the network must end in 7 values (one per shape class; 8 to add blank"
                + " pictures), e.g. a dense layer of 7 units, but it ends in " + end);
    }
}
